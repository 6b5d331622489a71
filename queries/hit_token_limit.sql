-- invariant: answers and captions end on their own, not cut at the max_new_tokens limit
-- severity: warning
-- threshold: 0.05
SELECT sku, question_id, 'cut at ' || num_tokens || ' tokens: ' || left(answer_en, 60) AS detail
FROM answers WHERE hit_limit
UNION ALL
SELECT sku, 'caption', 'cut at ' || caption_tokens || ' tokens: ' || left(caption_en, 60)
FROM items WHERE caption_hit_limit
