-- invariant: every catalog item was enriched (no error rows)
-- severity: blocking
-- threshold: 0.02
SELECT sku, NULL AS question_id, error_code || ': ' || error AS detail
FROM items
WHERE status = 'error'
