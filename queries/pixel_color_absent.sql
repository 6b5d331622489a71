-- invariant: the answered color is among the colors the product's pixels show (items.pixel_colors), in its color group
-- severity: warning
-- threshold: 0.05
-- param: min_share = 0.1
-- param: colors = black: jet black|black|charcoal|dark grey|dark gray; white: off-white|off white|white|ivory|cream; grey: heather grey|heather gray|grey melange|dark grey|dark gray|grey|gray|charcoal|silver|steel; red: wine red|cherry red|red|burgundy|maroon|crimson|scarlet|wine; blue: light blue|royal blue|sky blue|baby blue|turquoise blue|denim blue|light indigo|light wash|mid wash|medium wash|blue|turquoise|teal|aqua|sea green|cobalt|indigo; navy: navy blue|dark blue|midnight blue|dark wash|dark indigo|raw indigo|rinse wash|rinsed indigo|navy; green: olive green|khaki green|mint green|lime green|sea green|dark green|army green|bottle green|forest green|fluorescent green|neon green|neon yellow|volt|green|olive|mint|lime|emerald|turquoise|teal|aqua; yellow: neon yellow|neon green|volt|yellow|mustard|lemon|golden|gold; orange: orange|rust|coral|tangerine; pink: light pink|hot pink|pink|magenta|fuchsia|rose|peach|salmon|blush; purple: purple|violet|lilac|lavender|mauve|plum; brown: chocolate brown|coffee brown|dark brown|light brown|brown|tan|camel; beige: off-white|off white|beige|cream|ivory|sand|khaki|nude|taupe
-- requires: items.pixel_colors
-- The pixels name the palette's thirteen colors; the answer is read through $colors, the vocabulary the text audits
-- share, so a questionnaire's own names are judged too: "gray" by grey pixels, "teal" by blue or green ones, "cream"
-- by white or beige ones (the shares of its groups add up). Navy is a blue: a navy answer over pixels read as blue (or
-- the other way round) is not absent, and navy 6% and blue 7% show blue. An answer naming no color of the vocabulary
-- ("multicolor") is not judged: the pixels have no name for it.
WITH color_group AS (  -- word -> the palette group the pixels name it by
    SELECT CASE trim(split_part(entry, ':', 1)) WHEN 'navy' THEN 'blue' ELSE trim(split_part(entry, ':', 1)) END AS grp,
           trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS word
    FROM (SELECT unnest(string_split($colors, ';')) AS entry)
), judged AS (
    SELECT a.sku, a.question_id, a.answer_en, i.pixel_colors,
           (SELECT list(DISTINCT g.grp ORDER BY g.grp) FROM color_group g WHERE g.word = lower(trim(a.answer_en))) AS answered
    FROM answers a JOIN items i USING (sku)
    WHERE a.question_id = 'color' AND a.status = 'ok' AND len(i.pixel_colors) > 0
)
SELECT sku, question_id,
       'answered ' || answer_en || '; pixels show ' ||
       array_to_string(list_transform(pixel_colors, lambda p: p.color || ' ' || round(100 * p.share) || '%'), ', ') AS detail
FROM judged
WHERE len(answered) > 0
  AND coalesce(list_sum(list_transform(
          list_filter(pixel_colors, lambda p: list_contains(answered, CASE p.color WHEN 'navy' THEN 'blue' ELSE p.color END)),
          lambda p: p.share)), 0) < $min_share
