-- invariant: pronouns and gendered words in the generated text agree with the catalog's gender
-- severity: warning
-- threshold: 0.02
-- requires: items.gender
-- Each text is judged alone and flagged by its own question_id (the caption as 'caption'), so a reviewer sees which
-- text says "he" of a women's item, and the other texts of that item stay unflagged. The caption adapter says
-- "the gentleman" and "the lady"; Myntra's genders include Boys and Girls.
WITH texts AS (
    SELECT i.sku, lower(i.gender) AS gender, 'caption' AS question_id, lower(i.caption_en) AS t
    FROM items i WHERE i.status = 'ok'
    UNION ALL
    SELECT a.sku, lower(i.gender), a.question_id, lower(a.answer_en)
    FROM answers a JOIN items i ON i.sku = a.sku AND i.status = 'ok'
    WHERE a.kind = 'open'
)
SELECT sku, question_id,
       'catalog gender ' || gender || ', text says "' || regexp_extract(t, '\b(he|him|his|man|men|boy|male|gentleman|gentlemen|she|her|hers|woman|women|girl|female|lady|ladies)\b', 1) || '"' AS detail
FROM texts
WHERE (gender IN ('female', 'women', 'woman', 'f', 'feminino', 'girls', 'girl') AND regexp_matches(t, '\b(he|him|his|man|men|boy|male|gentleman|gentlemen)\b'))
   OR (gender IN ('male', 'men', 'man', 'm', 'masculino', 'boys', 'boy') AND regexp_matches(t, '\b(she|her|hers|woman|women|girl|female|lady|ladies)\b'))
