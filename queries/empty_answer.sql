-- invariant: every ok item has a caption and a non-empty answer to every question
-- severity: blocking
-- threshold: 0.02
SELECT sku, question_id, 'empty answer' AS detail
FROM answers
WHERE status = 'empty' OR coalesce(trim(answer_en), '') = ''
UNION ALL
SELECT sku, 'caption', 'empty caption' FROM items WHERE status = 'ok' AND coalesce(trim(caption_en), '') = ''
