-- invariant: the answered color is among the colors the product's pixels show (items.pixel_colors)
-- severity: warning
-- threshold: 0.05
-- param: min_share = 0.1
-- requires: items.pixel_colors
SELECT a.sku, a.question_id,
       'answered ' || a.answer_en || '; pixels show ' ||
       array_to_string(list_transform(i.pixel_colors, lambda p: p.color || ' ' || round(100 * p.share) || '%'), ', ') AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'color' AND a.status = 'ok' AND len(i.pixel_colors) > 0
  AND NOT list_contains(list_transform(list_filter(i.pixel_colors, lambda p: p.share >= $min_share), lambda p: p.color),
                        lower(a.answer_en))
