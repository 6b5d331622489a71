-- invariant: the sleeve answer agrees with the model's arms in the photo (items.pixel_bare_arms): no "long" where the arms are bare skin, no "short", "three-quarter" or "sleeveless" where they are covered to the hands, no "not applicable" for a top or a dress worn on a person
-- severity: warning
-- threshold: 0.05
-- param: bare = 0.12
-- param: covered = 0.03
-- param: title_long = (?:full|long)[- ]?sleeves?d?|mangas? longas?
-- param: title_short = (?:half|short|cap)[- ]?sleeves?d?|mangas? curtas?
-- param: title_three_quarter = (?:3/4|3/4th|three[- ]quarter|elbow)(?:[- ]length)?[- ]?sleeves?d?|mangas? 3/4
-- param: title_sleeveless = sleeveless|sem mangas?
-- param: sleeveless_garments = sleeveless|gilets?|vests?|waistcoats?|nehru jackets?|body ?warmers?|slipovers?|tank tops?|tanks?|camisoles?|camis?|singlets?|strapless|tube tops?|bandeau|coletes?|regatas?
-- param: layer_words = jackets?|coats?|blazers?|parkas?|overcoats?|windcheaters?|windbreakers?|cardigans?|shrugs?|kimonos?|capes?|ponchos?|overshirts?|open shirt|unbuttoned shirt|jaquetas?|casacos?|cardigãs?
-- param: layer_garments = jacket|cardigan|sweater
-- requires: items.pixel_bare_arms
-- The share of the arms' pixels that are skin (enrich/sleeves.py: the outer quarters of the figure, from the
-- shoulders down; NULL when no person shows, for a garment partly skin-colored, and for a bottom). On the shared real
-- photos (docs/colors.md), labelled by two viewers, long sleeves read 0.00 at the median and at most 0.10 (the hands
-- alone, on the hips), so $bare sits above that; short sleeves and none read 0.31 at the median, and 1 of the 72 such
-- photos read is under $covered (a knitted vest over a shirt, exempt by its title). Three-quarter sleeves fall between (median 0.13) and are judged only
-- when the arms are covered. "Not applicable" (the value for bottoms) is wrong wherever the share is read: the product
-- is then a top or a whole figure (its region) on a person. Not judged:
-- - an answer the catalog's title gives too ("Half Sleeves" for short, "Sleeveless"; the seller's word outranks the
--   pixels, and a title that says otherwise is pattern_or_sleeves_contradict's to judge, or this audit's);
-- - covered arms where the catalog (title, category) names a sleeveless garment: a sweater vest or a gilet worn over
--   a long-sleeved shirt covers the arms and has no sleeves. The catalog's word only: a model that hallucinates a
--   tank top would otherwise clear its own "sleeveless";
-- - covered arms where a text names a layer over the product ($layer_words: a t-shirt under an open jacket, a sleeveless
--   kurta under a shrug), unless the product is such a layer itself ($layer_garments, the seller's garment type, else
--   the garment_type answer: a jacket's own sleeves cover the arms).
WITH catalog AS (
    SELECT * FROM items UNION ALL BY NAME
    SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS product_name, NULL::VARCHAR AS category,
           NULL::VARCHAR AS seller_garment_type, NULL::VARCHAR AS seller_garment_type_raw WHERE false
),
titles AS (SELECT sku, lower(concat_ws(' ', title, product_name)) AS title FROM catalog),
vested AS (  -- the catalog sells a garment without sleeves
    SELECT sku FROM catalog
    WHERE regexp_matches(lower(concat_ws(' ', title, product_name, category, seller_garment_type_raw)), '\b(?:' || $sleeveless_garments || ')\b')
),
product AS (  -- the product's garment: the seller's, else the model's answer
    SELECT c.sku, lower(coalesce(c.seller_garment_type, a.answer_en)) AS garment
    FROM catalog c LEFT JOIN answers a ON a.sku = c.sku AND a.question_id = 'garment_type' AND a.status = 'ok'
),
layered AS (  -- a text names a layer worn over the product
    SELECT t.sku FROM (
        SELECT sku, lower(coalesce(caption_en, '')) AS text FROM items
        UNION ALL SELECT sku, lower(coalesce(answer_en, '')) FROM answers WHERE status = 'ok' AND kind = 'open'
    ) t JOIN product p USING (sku)
    WHERE regexp_matches(t.text, '\b(?:' || $layer_words || ')\b') AND NOT regexp_full_match(coalesce(p.garment, ''), $layer_garments)
),
judged AS (
    SELECT a.sku, a.question_id, lower(a.answer_en) AS answered, i.pixel_bare_arms AS arms, i.pixel_region AS region, t.title
    FROM answers a JOIN items i USING (sku) JOIN titles t USING (sku)
    WHERE a.question_id = 'sleeve_length' AND a.status = 'ok' AND i.pixel_bare_arms IS NOT NULL
      AND i.pixel_region IN ('upper', 'figure')
)
SELECT sku, question_id,
       'answered ' || answered || '; ' || CAST(round(100 * arms) AS INTEGER) || '% of the arms in the photo is bare skin ('
       || CASE WHEN answered = 'long' THEN 'long sleeves leave only the hands: under ' || CAST(round(100 * $bare) AS INTEGER) || '%)'
               WHEN answered = 'not applicable' THEN 'the product is ' || CASE WHEN region = 'upper' THEN 'a top' ELSE 'a whole-figure garment' END || ' on a person: it has sleeves, or none)'
               ELSE 'sleeves that stop above the wrist leave more than ' || CAST(round(100 * $covered) AS INTEGER) || '%: long sleeves?)' END AS detail
FROM judged
WHERE NOT regexp_matches(title, '\b(?:' || CASE answered WHEN 'long' THEN $title_long WHEN 'short' THEN $title_short
          WHEN 'three-quarter' THEN $title_three_quarter WHEN 'sleeveless' THEN $title_sleeveless ELSE '$^' END || ')\b')
  AND ((answered = 'long' AND arms > $bare) OR answered = 'not applicable'
       OR (answered IN ('short', 'three-quarter', 'sleeveless') AND arms < $covered
           AND sku NOT IN (SELECT sku FROM vested) AND sku NOT IN (SELECT sku FROM layered)))
