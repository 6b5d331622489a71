-- invariant: pronouns and gendered words in the generated text agree with the catalog's gender
-- severity: warning
-- threshold: 0.02
-- requires: items.gender
WITH texts AS (
    SELECT i.sku, lower(i.gender) AS gender,
           lower(coalesce(i.caption_en, '') || ' ' || coalesce(string_agg(a.answer_en, ' '), '')) AS t
    FROM items i LEFT JOIN answers a ON a.sku = i.sku AND a.kind = 'open'
    WHERE i.status = 'ok'
    GROUP BY i.sku, i.gender, i.caption_en
)
SELECT sku, NULL AS question_id,
       'catalog gender ' || gender || ', text says "' || regexp_extract(t, '\b(he|him|his|man|men|boy|male|she|her|hers|woman|women|girl|female|lady)\b', 1) || '"' AS detail
FROM texts
WHERE (gender IN ('female', 'women', 'woman', 'f', 'feminino') AND regexp_matches(t, '\b(he|him|his|man|men|boy|male)\b'))
   OR (gender IN ('male', 'men', 'man', 'm', 'masculino') AND regexp_matches(t, '\b(she|her|hers|woman|women|girl|female|lady)\b'))
