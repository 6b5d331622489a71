-- invariant: neither the caption nor the "wearing" answer names another garment than the garment_type answer
-- severity: warning
-- threshold: 0.05
-- param: garments = t-shirt,tank top,shirt,sweater,jacket,dress,skirt,jeans,trousers,shorts
WITH vocabulary AS (SELECT unnest(string_split($garments, ',')) AS garment),
texts AS (
    SELECT sku, 'caption' AS source, lower(caption_en) AS t FROM items WHERE status = 'ok'
    UNION ALL
    SELECT sku, 'wearing answer', lower(answer_en) FROM answers WHERE question_id = 'wearing'
),
named AS (
    SELECT sku, source, t, list(garment ORDER BY garment) AS named
    FROM texts, vocabulary WHERE regexp_matches(t, '\b' || garment || 's?\b') GROUP BY ALL
)
SELECT DISTINCT ON (a.sku) a.sku, a.question_id,
       'answered ' || a.answer_en || '; the ' || n.source || ' names ' || array_to_string(n.named, ', ') AS detail
FROM answers a JOIN named n USING (sku)
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND NOT regexp_matches(n.t, '\b' || lower(a.answer_en) || 's?\b')
