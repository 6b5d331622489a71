-- invariant: the pattern answer agrees with the product's pixel texture (items.pixel_texture): no "solid" where the garment's region is busy with edges, no stripes, checks, dots or flowers where it is plain
-- severity: warning
-- threshold: 0.05
-- param: busy = 0.3
-- param: plain = 0.05
-- param: drawn = striped|checked|dotted|floral
-- param: title_patterns = solid|plain|stripes?|striped|checks?|checked|checkered|plaid|tartan|gingham|floral|flowers?|polka|dots|dotted|printed|print|graphic|lis[oa]s?|listrad[oa]s?|listras|xadrez|quadriculad[oa]s?|estampad[oa]s?|estampa|florid[oa]s?|poás?|bolinhas
-- param: textured = knit|knitted|cable|ribbed|waffle|sequin|sequins|sequined|sequinned|quilted|padded|puffer|lace|crochet|crocheted|ripped|distressed|embroidered|embroidery|corduroy|fleece|sherpa|teddy|boucle|tweed|pleated|ruffled|ruffles|smocked|mesh|metallic|glitter|fringe|fringed|marl|melange|heather|textured|faded|washed
-- requires: items.pixel_texture
-- The texture is the share of the region's pixels on a light-dark edge (enrich/texture.py). On the shared real
-- photos (docs/colors.md) a garment its title calls solid has a median of 0.10 and 2% of them exceed 0.3; a printed,
-- striped or checked one a median of 0.34, and 1 of 37 stripes, checks and flowers is under 0.05. Only a region of
-- the garment (upper, lower, figure) is judged: the whole frame holds a face, hair and other garments. A graphic
-- answer is never called plain (a chest logo is a small share of the region), nor a color block (few edges by
-- nature). Not judged either: an item whose catalog title names a pattern or says solid ($title_patterns; the
-- seller's word outranks the pixels, and pattern_or_sleeves_contradict judges the answer against it), and a "solid"
-- answer where a text of the item names a texture ($textured: a cable knit, sequins, quilting, distressed denim are
-- busy and solid).
WITH titled AS (
    SELECT sku FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false)
    WHERE regexp_matches(lower(concat_ws(' ', title, product_name)), '\b(?:' || $title_patterns || ')\b')
),
textured AS (  -- items a text of which names a texture: the caption, an open answer, the title
    SELECT sku FROM items WHERE regexp_matches(lower(coalesce(caption_en, '')), '\b(?:' || $textured || ')\b')
    UNION SELECT sku FROM answers WHERE kind = 'open' AND regexp_matches(lower(coalesce(answer_en, '')), '\b(?:' || $textured || ')\b')
    UNION SELECT sku FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false)
          WHERE regexp_matches(lower(concat_ws(' ', title, product_name)), '\b(?:' || $textured || ')\b')
),
judged AS (
    SELECT a.sku, a.question_id, lower(a.answer_en) AS answered, i.pixel_texture AS texture, i.pixel_region AS region
    FROM answers a JOIN items i USING (sku)
    WHERE a.question_id = 'pattern' AND a.status = 'ok' AND i.pixel_texture IS NOT NULL
      AND coalesce(i.pixel_region, 'frame') <> 'frame' AND i.sku NOT IN (SELECT sku FROM titled)
)
SELECT sku, question_id,
       'answered ' || answered || '; ' || CAST(round(100 * texture) AS INTEGER) || '% of the ' || region || ' region is on a light-dark edge ('
       || CASE WHEN answered = 'solid' THEN 'a plain garment has under ' || CAST(round(100 * $busy) AS INTEGER) || '%: a print, stripe or check?)'
               ELSE 'a pattern drawn in lines or motifs has over ' || CAST(round(100 * $plain) AS INTEGER) || '%: a plain garment?)' END AS detail
FROM judged
WHERE (answered = 'solid' AND texture > $busy AND sku NOT IN (SELECT sku FROM textured))
   OR (regexp_full_match(answered, $drawn) AND texture < $plain)
