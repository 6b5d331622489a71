-- invariant: a closed question gets a short value, and no answer restates its question
-- severity: warning
-- threshold: 0.02
-- param: max_closed_words = 3
WITH answered AS (
    SELECT *, lower(trim(regexp_extract(prompt, 'Question:\s*(.*?)\??\s*Answer:', 1))) AS question
    FROM answers
)
SELECT sku, question_id,
       CASE WHEN kind = 'closed' AND len(string_split(trim(raw_en), ' ')) > $max_closed_words
            THEN 'a description where a short value was asked: ' ELSE 'restates the question: ' END
       || left(raw_en, 80) AS detail
FROM answered
WHERE (kind = 'closed' AND len(string_split(trim(raw_en), ' ')) > $max_closed_words)
   OR (question <> '' AND strpos(lower(raw_en), question) > 0)
