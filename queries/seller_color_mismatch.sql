-- invariant: the seller's catalog color agrees with the model's color answer
-- severity: warning
-- threshold: 0.1
-- requires: items.color
SELECT a.sku, a.question_id, 'seller says ' || i.color || ', model says ' || a.answer_en AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'color' AND a.status = 'ok' AND i.color IS NOT NULL
  AND lower(trim(i.color)) <> lower(a.answer_en)
