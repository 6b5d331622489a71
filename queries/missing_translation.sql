-- invariant: every English answer and caption has its Portuguese translation
-- severity: warning
-- threshold: 0.0
-- An empty Portuguese text is no translation either: an MT model that returned nothing for a text it could not read
-- (a loop, a stray script) stored '' before enrich kept it NULL with its reason
SELECT sku, question_id,
       CASE WHEN answer_pt IS NULL THEN 'no answer_pt: ' || coalesce(answer_pt_missing, 'no reason recorded')
            ELSE 'empty answer_pt' END AS detail
FROM answers
WHERE coalesce(trim(answer_en), '') <> '' AND coalesce(trim(answer_pt), '') = ''
UNION ALL
SELECT sku, 'caption',
       CASE WHEN caption_pt IS NULL THEN 'no caption_pt: ' || coalesce(caption_pt_missing, 'no reason recorded')
            ELSE 'empty caption_pt' END
FROM items
WHERE status = 'ok' AND coalesce(trim(caption_en), '') <> '' AND coalesce(trim(caption_pt), '') = ''
