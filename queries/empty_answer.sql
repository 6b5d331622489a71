-- invariant: every ok item has a caption and a non-empty answer to every question
-- severity: blocking
-- threshold: 0.02
-- A text of nothing a reader sees is empty too: spaces of any kind, zero-width and other format characters (a
-- byte-order mark, bidirectional marks), controls and the replacement character a decode leaves for broken bytes.
SELECT sku, question_id, 'empty answer' AS detail
FROM answers
WHERE status = 'empty' OR regexp_matches(coalesce(answer_en, ''), '^[\s\p{Z}\p{Cc}\p{Cf}\x{FFFD}]*$')
UNION ALL
SELECT sku, 'caption', 'empty caption' FROM items
WHERE status = 'ok' AND regexp_matches(coalesce(caption_en, ''), '^[\s\p{Z}\p{Cc}\p{Cf}\x{FFFD}]*$')
