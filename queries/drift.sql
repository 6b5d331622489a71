-- invariant: no closed answer's share moves by more than max_points percentage points against the previous run
-- severity: warning
-- threshold: 0.0
-- param: max_points = 10
WITH newest AS (SELECT max(run_id) AS run_id FROM answers_history),
-- the items still listed: vacuum keeps the last result of every item ever dropped, which is no previous run's
earlier AS (  -- each item's previous answer, whatever its status
    SELECT sku, question_id, answer_en, status FROM answers_history SEMI JOIN items USING (sku)
    WHERE run_id < (SELECT run_id FROM newest) AND kind = 'closed'
    QUALIFY row_number() OVER (PARTITION BY sku, question_id ORDER BY processed_at DESC, run_id DESC) = 1
),
before AS (SELECT sku, question_id, answer_en FROM earlier WHERE status = 'ok'),
now AS (SELECT sku, question_id, answer_en FROM answers WHERE kind = 'closed' AND status = 'ok'),
shares AS (
    SELECT 'now' AS side, question_id, answer_en, count(*) / sum(count(*)) OVER (PARTITION BY question_id) AS share
    FROM now GROUP BY question_id, answer_en
    UNION ALL
    SELECT 'before', question_id, answer_en, count(*) / sum(count(*)) OVER (PARTITION BY question_id)
    FROM before GROUP BY question_id, answer_en
),
drift AS (
    SELECT question_id, answer_en,
           100 * (coalesce(max(share) FILTER (WHERE side = 'now'), 0)
                  - coalesce(max(share) FILTER (WHERE side = 'before'), 0)) AS points
    FROM shares GROUP BY question_id, answer_en
    -- (per question: one the previous run did not ask, added or renamed, has no share to move from)
    HAVING abs(points) > $max_points AND question_id IN (SELECT question_id FROM before)
)
SELECT DISTINCT ON (n.sku, n.question_id) n.sku, n.question_id,
       d.answer_en || ' ' || CASE WHEN d.points > 0 THEN '+' ELSE '' END || round(d.points, 1)
       || ' pp vs the previous run; this item: '
       -- an answer out of the vocabulary before, mapped since (an alias added to the questionnaire), is no new item
       || CASE WHEN e.status = 'ok' THEN e.answer_en WHEN e.status IS NOT NULL THEN '"' || coalesce(e.answer_en, '')
               || '" (' || replace(e.status, '_', ' ') || ')' ELSE 'new' END || ' -> ' || n.answer_en AS detail
FROM now n LEFT JOIN earlier e USING (sku, question_id)
JOIN drift d ON d.question_id = n.question_id AND (d.answer_en = n.answer_en OR d.answer_en = e.answer_en)
WHERE e.status IS DISTINCT FROM 'ok' OR e.answer_en IS DISTINCT FROM n.answer_en
ORDER BY n.sku, n.question_id, detail
