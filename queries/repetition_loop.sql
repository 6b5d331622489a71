-- invariant: generated text does not loop: no caption or answer is mostly one repeated word or phrase, repeats a phrase three times running, or is a run of one character
-- severity: blocking
-- threshold: 0.02
-- param: min_words = 3
-- param: max_distinct_share = 0.5
-- Every generated text: captions, open answers, and closed answers as generated (raw_en: `--engine reference` keeps
-- "Cream-black-black-black" as an out-of-vocabulary answer) and as stored.
WITH texts AS (
    SELECT sku, question_id, raw_en AS text FROM answers
    UNION ALL
    SELECT sku, question_id, answer_en FROM answers WHERE answer_en IS DISTINCT FROM raw_en
    UNION ALL
    SELECT sku, 'caption', caption_en FROM items WHERE status = 'ok'
), words AS (
    SELECT sku, question_id, text,
           list_filter(regexp_split_to_array(lower(coalesce(text, '')), '[^a-z0-9]+'), lambda w: w <> '') AS w
    FROM texts
)
SELECT DISTINCT ON (sku, question_id) sku, question_id, 'loops: ' || left(text, 80) AS detail
FROM words
WHERE (len(w) >= $min_words AND len(list_distinct(w)) <= len(w) * $max_distinct_share)
   -- a phrase of one to four words three times running: "black black black", "with a t-shirt with a t-shirt with a t-shirt"
   OR len(list_filter(range(1, len(w) + 1), lambda i: len(list_filter(range(1, 5), lambda n:
          i + 3 * n - 1 <= len(w) AND w[i:i + n - 1] = w[i + n:i + 2 * n - 1]
          AND w[i:i + n - 1] = w[i + 2 * n:i + 3 * n - 1])) > 0)) > 0
   OR len(list_filter(w, lambda x: length(x) >= 6 AND len(list_distinct(string_split(x, ''))) <= 2)) > 0
