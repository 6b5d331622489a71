-- invariant: generated text does not loop: no answer or caption is mostly one repeated word or a run of one character
-- severity: blocking
-- threshold: 0.02
-- param: min_words = 3
-- param: max_distinct_share = 0.5
WITH texts AS (
    SELECT sku, question_id, answer_en AS text FROM answers WHERE kind = 'open'
    UNION ALL
    SELECT sku, 'caption', caption_en FROM items WHERE status = 'ok'
), words AS (
    SELECT sku, question_id, text,
           list_filter(regexp_split_to_array(lower(coalesce(text, '')), '[^a-z0-9]+'), lambda w: w <> '') AS w
    FROM texts
)
SELECT sku, question_id, 'loops: ' || left(text, 80) AS detail
FROM words
WHERE (len(w) >= $min_words AND len(list_distinct(w)) <= len(w) * $max_distinct_share)
   OR len(list_filter(w, lambda x: length(x) >= 6 AND len(list_distinct(string_split(x, ''))) <= 2)) > 0
