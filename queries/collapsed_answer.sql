-- invariant: no closed question gets one answer for (nearly) every item, the sign of a collapsed model
-- severity: warning
-- threshold: 0.0
-- param: min_items = 20
-- param: max_share = 0.9
WITH counts AS (
    SELECT question_id, answer_en, count(*) AS n, sum(count(*)) OVER (PARTITION BY question_id) AS total
    FROM answers WHERE kind = 'closed' AND status = 'ok'
    GROUP BY question_id, answer_en
)
SELECT a.sku, a.question_id,
       '"' || a.answer_en || '" for ' || round(100.0 * c.n / c.total, 1) || '% of ' || c.total || ' items' AS detail
FROM answers a JOIN counts c USING (question_id, answer_en)
WHERE a.kind = 'closed' AND a.status = 'ok' AND c.total >= $min_items AND c.n >= c.total * $max_share
