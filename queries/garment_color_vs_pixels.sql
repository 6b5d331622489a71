-- invariant: a color answer about a garment its question names ("What is the color of the jeans?") is among the colors the pixels show where that garment is worn: the product's own region (items.pixel_colors) or the body's other half (items.pixel_other_colors: the jeans under a t-shirt)
-- severity: warning
-- threshold: 0.05
-- param: min_share = 0.1
-- param: upper = t-shirts?|t shirts?|tshirts?|tees?|tank tops?|polo shirts?|polos?|shirts?|blouses?|tops?|sweaters?|sweatshirts?|hoodies?|jackets?|coats?|blazers?|cardigans?|pullovers?|jumpers?|camisoles?
-- param: lower = track pants|jeans|trousers|shorts|skirts?|pants|leggings|joggers|capris|jeggings|tights|palazzos?|churidars?|salwars?
-- requires: items.pixel_colors
-- requires: items.pixel_other_colors
-- The experiments asked "What is the color of the shirt / jeans / pants / shorts?" and BLIP-2 answered one color for
-- every garment ("grey" shirt, "grey" jeans for a white-and-black outfit: ../shared/CONTEXT.md). The pixel colors of
-- the body's other half are read only below or above a waist the colors change at (enrich/colors.py), so a top
-- cropped at the hips has none, and is not judged. The question's first garment word ($upper, $lower) says where the
-- garment is; a question about the product's own region is judged against its pixel colors, one about the other half
-- against the other garment's. The product's color question (`color`) is pixel_color_absent's; a garment of neither
-- half (a dress, a kurta) and a region with no pixel colors are not judged. Navy is a blue, as in pixel_color_absent.
WITH asked AS (
    SELECT a.sku, a.question_id, a.answer_en,
           CASE lower(a.answer_en) WHEN 'navy' THEN 'blue' ELSE lower(a.answer_en) END AS answered,
           regexp_extract(lower(a.prompt), '\b(' || $upper || '|' || $lower || ')\b', 1) AS garment
    FROM answers a
    WHERE a.kind = 'closed' AND a.status = 'ok' AND a.question_id <> 'color'
      AND regexp_matches(lower(a.prompt), '\bcolou?r\b')
),
judged AS (
    SELECT q.sku, q.question_id, q.answer_en, q.answered, q.garment, region,
           CASE region WHEN i.pixel_region THEN i.pixel_colors WHEN i.pixel_other_region THEN i.pixel_other_colors END AS shown
    FROM (SELECT *, CASE WHEN regexp_full_match(garment, $upper) THEN 'upper' WHEN regexp_full_match(garment, $lower) THEN 'lower' END AS region
          FROM asked WHERE garment <> '') q
    JOIN items i USING (sku)
)
SELECT sku, question_id,
       'answered ' || answer_en || ' for the ' || garment || '; the pixels of the ' || region || ' body show ' ||
       array_to_string(list_transform(shown, lambda p: p.color || ' ' || round(100 * p.share) || '%'), ', ') AS detail
FROM judged
WHERE len(shown) > 0
  AND coalesce(list_sum(list_transform(
          list_filter(shown, lambda p: CASE p.color WHEN 'navy' THEN 'blue' ELSE p.color END = answered),
          lambda p: p.share)), 0) < $min_share
