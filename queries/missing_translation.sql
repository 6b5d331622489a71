-- invariant: every English answer and caption has its Portuguese translation
-- severity: warning
-- threshold: 0.0
SELECT sku, question_id, 'no answer_pt: ' || coalesce(answer_pt_missing, 'no reason recorded') AS detail
FROM answers
WHERE coalesce(trim(answer_en), '') <> '' AND answer_pt IS NULL
UNION ALL
SELECT sku, 'caption', 'no caption_pt: ' || coalesce(caption_pt_missing, 'no reason recorded')
FROM items
WHERE status = 'ok' AND coalesce(trim(caption_en), '') <> '' AND caption_pt IS NULL
