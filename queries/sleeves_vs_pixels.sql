-- invariant: the sleeve answer agrees with the model's arms in the photo (items.pixel_bare_arms): no "long" where the arms are bare skin, no "short", "three-quarter" or "sleeveless" where they are covered to the hands
-- severity: warning
-- threshold: 0.05
-- param: bare = 0.1
-- param: covered = 0.03
-- param: title_sleeves = sleeveless|(?:full|half|short|long|cap|elbow|3/4|3/4th|three[- ]quarter)[- ]?(?:length )?sleeves?d?|sem mangas?|mangas? (?:curtas?|longas?|3/4)
-- param: sleeveless = sleeveless|gilets?|vests?|waistcoats?|nehru jackets?|body ?warmers?|slipovers?|tank tops?|tanks?|camisoles?|camis?|singlets?|strapless|tube tops?|bandeau|coletes?|regatas?
-- requires: items.pixel_bare_arms
-- The share of the arms' pixels that are skin (enrich/sleeves.py: the outer quarters of the figure, from the
-- shoulders down; NULL when no person shows, for a skin-colored garment and for a bottom). On the shared real photos
-- (docs/colors.md), labelled by two viewers, a garment with long sleeves has a median of 0.00 and none of 79 is over
-- 0.1; short sleeves and none have a median of 0.31 and 1 of 74 is under 0.03. Three-quarter sleeves fall between
-- (median 0.13) and are judged only when the arms are covered. Not judged: an item whose catalog title names its
-- sleeves ($title_sleeves: the seller's word outranks the pixels, and pattern_or_sleeves_contradict judges the answer
-- against it), and a covered arm where a text names a sleeveless garment ($sleeveless: a sweater vest or a gilet worn
-- over a long-sleeved shirt covers the arms and has no sleeves).
WITH texts AS (  -- every text of an item but the answer judged: its title, its caption, its answers
    SELECT sku, lower(concat_ws(' ', title, product_name, caption_en)) AS text
    FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false)
    UNION ALL SELECT sku, lower(coalesce(answer_en, '')) FROM answers WHERE status = 'ok' AND question_id <> 'sleeve_length'
),
titled AS (
    SELECT sku FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false)
    WHERE regexp_matches(lower(concat_ws(' ', title, product_name)), '\b(?:' || $title_sleeves || ')\b')
),
vested AS (SELECT DISTINCT sku FROM texts WHERE regexp_matches(text, '\b(?:' || $sleeveless || ')\b')),
judged AS (
    SELECT a.sku, a.question_id, lower(a.answer_en) AS answered, i.pixel_bare_arms AS arms
    FROM answers a JOIN items i USING (sku)
    WHERE a.question_id = 'sleeve_length' AND a.status = 'ok' AND i.pixel_bare_arms IS NOT NULL
      AND i.pixel_region IN ('upper', 'figure') AND i.sku NOT IN (SELECT sku FROM titled)
)
SELECT sku, question_id,
       'answered ' || answered || '; ' || CAST(round(100 * arms) AS INTEGER) || '% of the arms in the photo is bare skin ('
       || CASE WHEN answered = 'long' THEN 'long sleeves leave only the hands: under ' || CAST(round(100 * $bare) AS INTEGER) || '%)'
               ELSE 'sleeves that stop above the wrist leave more than ' || CAST(round(100 * $covered) AS INTEGER) || '%: long sleeves?)' END AS detail
FROM judged
WHERE (answered = 'long' AND arms > $bare)
   OR (answered IN ('short', 'three-quarter', 'sleeveless') AND arms < $covered AND sku NOT IN (SELECT sku FROM vested))
