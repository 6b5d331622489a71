-- invariant: the seller's color, mapped to a color of the questionnaire, is the color answer
-- severity: warning
-- threshold: 0.1
-- requires: items.seller_color
-- requires: items.seller_color_raw
-- The seller mapping gives seller_color (the questionnaire's value, NULL when unmapped) and seller_color_raw (the
-- seller's text): "Charcoal" is grey, so a grey answer agrees with it. Unmapped seller colors are listed by
-- seller_unmapped, not here. A seller's word that names either of two colors (the same $colors as the audits that
-- bind colors to garments: Teal is blue or green, Cream white or beige, Charcoal grey or black) agrees with both;
-- so does such a word of the model's ("teal", which the questionnaire maps to blue, against the seller's Green).
-- $seller_either: a seller's word that names one more color here, though a text uses it for one: a seller's Khaki
-- is beige or olive (a "khaki" in a caption is the beige of khaki pants, so $colors keeps it beige).
-- param: seller_either = green: khaki
-- param: colors = black: jet black|black|charcoal; white: off-white|off white|white|ivory|cream; grey: heather grey|heather gray|grey melange|grey|gray|charcoal|silver|steel; red: wine red|cherry red|red|burgundy|maroon|crimson|scarlet|wine; blue: light blue|royal blue|sky blue|baby blue|turquoise blue|blue|turquoise|teal|aqua|sea green|cobalt|indigo; navy: navy blue|dark blue|midnight blue|navy; green: olive green|khaki green|mint green|lime green|sea green|dark green|army green|bottle green|forest green|fluorescent green|green|olive|mint|lime|emerald|turquoise|teal|aqua; yellow: yellow|mustard|lemon|golden|gold; orange: orange|rust|coral|tangerine; pink: light pink|hot pink|pink|magenta|fuchsia|rose|peach|salmon|blush; purple: purple|violet|lilac|lavender|mauve|plum; brown: chocolate brown|coffee brown|dark brown|light brown|brown|tan|camel; beige: off-white|off white|beige|cream|ivory|sand|khaki|nude|taupe
WITH color_word AS (  -- word -> color value, from $colors
    SELECT trim(split_part(entry, ':', 1)) AS color, trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS word
    FROM (SELECT unnest(string_split($colors, ';')) AS entry)
),
seller_word AS (  -- and for the seller's own word, $seller_either too
    SELECT color, word FROM color_word
    UNION ALL
    SELECT trim(split_part(entry, ':', 1)), trim(unnest(string_split(split_part(entry, ':', 2), '|')))
    FROM (SELECT unnest(string_split($seller_either, ';')) AS entry)
)
SELECT a.sku, a.question_id,
       'seller says ' || i.seller_color_raw || ' (' || i.seller_color || '), model says ' || a.answer_en AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'color' AND a.status = 'ok' AND i.seller_color IS NOT NULL
  AND lower(trim(a.answer_en)) <> lower(trim(i.seller_color))
  AND NOT EXISTS (SELECT 1 FROM seller_word c WHERE c.color = lower(trim(a.answer_en)) AND c.word = lower(trim(i.seller_color_raw)))
  -- and so does a word of the model's that names either ("dark teal", stored blue, against Green)
  AND NOT EXISTS (SELECT 1 FROM color_word c
                  WHERE c.color = lower(trim(i.seller_color)) AND regexp_matches(lower(a.raw_en), '\b' || c.word || '\b')
                    AND c.word IN (SELECT word FROM color_word WHERE color = lower(trim(a.answer_en))))
