-- invariant: neither the caption nor the "wearing" answer names another color or garment than the closed answers
-- severity: warning
-- threshold: 0.05
-- param: colors = black,white,grey,gray,red,blue,navy,green,yellow,orange,pink,purple,brown,beige
-- param: garments = t-shirt,tank top,shirt,sweater,jacket,dress,skirt,jeans,trousers,shorts
WITH vocabulary AS (
    SELECT 'color' AS question_id, unnest(string_split($colors, ',')) AS term
    UNION ALL
    SELECT 'garment_type', unnest(string_split($garments, ','))
),
texts AS (
    SELECT sku, 'caption' AS source, lower(caption_en) AS t FROM items WHERE status = 'ok'
    UNION ALL
    SELECT sku, 'wearing answer', lower(answer_en) FROM answers WHERE question_id = 'wearing'
),
named AS (
    SELECT texts.sku, vocabulary.question_id, texts.source, texts.t, list(vocabulary.term ORDER BY vocabulary.term) AS terms
    FROM texts, vocabulary WHERE regexp_matches(texts.t, '\b' || vocabulary.term || 's?\b')
    GROUP BY texts.sku, vocabulary.question_id, texts.source, texts.t
)
SELECT DISTINCT ON (a.sku, a.question_id) a.sku, a.question_id,
       'answered ' || a.answer_en || '; the ' || n.source || ' names ' || array_to_string(n.terms, ', ') AS detail
FROM answers a JOIN named n ON n.sku = a.sku AND n.question_id = a.question_id
WHERE a.status = 'ok' AND NOT regexp_matches(n.t, '\b' || lower(a.answer_en) || 's?\b')
