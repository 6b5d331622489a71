-- invariant: the seller's catalog category agrees with the model's garment_type answer
-- severity: warning
-- threshold: 0.1
-- requires: items.category
SELECT a.sku, a.question_id, 'seller says ' || i.category || ', model says ' || a.answer_en AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.category IS NOT NULL
  AND strpos(replace(replace(lower(i.category), '-', ''), ' ', ''),
             replace(replace(lower(a.answer_en), '-', ''), ' ', '')) = 0
