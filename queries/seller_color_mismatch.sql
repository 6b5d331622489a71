-- invariant: the seller's color, mapped to a color of the questionnaire, is the color answer
-- severity: warning
-- threshold: 0.1
-- requires: items.seller_color
-- requires: items.seller_color_raw
-- The seller mapping gives seller_color (the questionnaire's value, NULL when unmapped) and seller_color_raw (the
-- seller's text): "Charcoal" is grey, so a grey answer agrees with it. Unmapped seller colors are listed by
-- seller_unmapped, not here.
SELECT a.sku, a.question_id,
       'seller says ' || i.seller_color_raw || ' (' || i.seller_color || '), model says ' || a.answer_en AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'color' AND a.status = 'ok' AND i.seller_color IS NOT NULL
  AND lower(trim(a.answer_en)) <> lower(trim(i.seller_color))
