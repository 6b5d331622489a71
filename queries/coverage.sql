-- invariant: every catalog item has a result
-- severity: blocking
-- threshold: 0.0
SELECT sku, NULL AS question_id, 'no result for this catalog item' AS detail
FROM catalog ANTI JOIN items USING (sku)
