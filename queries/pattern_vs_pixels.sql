-- invariant: the pattern answer agrees with the product's pixel texture (items.pixel_texture): no "solid" where the garment's region is busy with edges, no stripes, checks, dots or flowers where it is plain
-- severity: warning
-- threshold: 0.05
-- param: busy = 0.3
-- param: plain = 0.05
-- param: drawn = striped|checked|dotted|floral
-- requires: items.pixel_texture
-- The texture is the share of the region's pixels on a light-dark edge (enrich/texture.py). On the shared real
-- photos (docs/colors.md) a garment its title calls solid has a median of 0.10 and 2% of them exceed 0.3; a printed,
-- striped or checked one a median of 0.34, and 1 of 37 stripes, checks and flowers is under 0.05. Only a region of the garment (upper, lower, figure) is judged: the whole
-- frame holds a face, hair and other garments. A graphic answer is never called plain (a chest logo is a small share
-- of the region), nor a color block (few edges by nature).
WITH judged AS (
    SELECT a.sku, a.question_id, lower(a.answer_en) AS answered, i.pixel_texture AS texture, i.pixel_region AS region
    FROM answers a JOIN items i USING (sku)
    WHERE a.question_id = 'pattern' AND a.status = 'ok' AND i.pixel_texture IS NOT NULL
      AND coalesce(i.pixel_region, 'frame') <> 'frame'
)
SELECT sku, question_id,
       'answered ' || answered || '; ' || CAST(round(100 * texture) AS INTEGER) || '% of the ' || region || ' region is on a light-dark edge ('
       || CASE WHEN answered = 'solid' THEN 'a plain garment has under ' || CAST(round(100 * $busy) AS INTEGER) || '%: a print, stripe or check?)'
               ELSE 'a pattern drawn in lines or motifs has over ' || CAST(round(100 * $plain) AS INTEGER) || '%: a plain garment?)' END AS detail
FROM judged
WHERE (answered = 'solid' AND texture > $busy)
   OR (regexp_full_match(answered, $drawn) AND texture < $plain)
