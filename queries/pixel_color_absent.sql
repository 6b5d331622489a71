-- invariant: the answered color is among the colors the product's pixels show (items.pixel_colors), in its color group
-- severity: warning
-- threshold: 0.05
-- param: min_share = 0.1
-- requires: items.pixel_colors
-- Navy is a blue: a navy answer over pixels read as blue (or the other way round) is not absent, and the shares of
-- one group add up (navy 6% and blue 7% show blue). Every other palette name is a group of its own.
WITH judged AS (
    SELECT a.sku, a.question_id, a.answer_en, i.pixel_colors,
           CASE lower(a.answer_en) WHEN 'navy' THEN 'blue' ELSE lower(a.answer_en) END AS answered
    FROM answers a JOIN items i USING (sku)
    WHERE a.question_id = 'color' AND a.status = 'ok' AND len(i.pixel_colors) > 0
)
SELECT sku, question_id,
       'answered ' || answer_en || '; pixels show ' ||
       array_to_string(list_transform(pixel_colors, lambda p: p.color || ' ' || round(100 * p.share) || '%'), ', ') AS detail
FROM judged
WHERE coalesce(list_sum(list_transform(
          list_filter(pixel_colors, lambda p: CASE p.color WHEN 'navy' THEN 'blue' ELSE p.color END = answered),
          lambda p: p.share)), 0) < $min_share
