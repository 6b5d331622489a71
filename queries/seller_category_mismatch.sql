-- invariant: the seller's category, mapped to a garment type of the questionnaire, is the garment_type answer
-- severity: warning
-- threshold: 0.1
-- requires: items.seller_garment_type
-- requires: items.seller_garment_type_raw
-- The seller mapping gives seller_garment_type (the questionnaire's value, NULL when unmapped) and
-- seller_garment_type_raw (the seller's text): "Tshirts" is t-shirt, never "shirt" found inside it. Unmapped seller
-- values are listed by seller_unmapped, not here.
-- A seller's generic class that no one value is ("Tops", "Running Tops", "T-Shirts & Tops", "Bottoms"; unmapped,
-- so never a mismatch as a value) still excludes garments: a top is no jeans, jacket or dress ($generic: the class's
-- word, and the values that fit it; a category is of the class when every alternative ends in one of them as a
-- word: "&", "/", "and", "e", "with", "com" join alternatives, so "Top with Shorts", a set, is none). Swimwear is
-- none ("Bikini Tops", "Swimsuit Bottoms" are swimwear).
-- A category of underwear no garment type of the questionnaire is ($no_value: Bras, Panties, Sutiãs, Calcinhas;
-- Sports Bras and bralettes are tank tops to it) is answered no garment type: "shorts" for panties and "tank top"
-- for a bra are wrong, however near. With the ranking engine, which can only answer a value, every such item is
-- flagged: add a value for it to the questionnaire, as version 3 did for a kurta.
-- A kurta or a saree is no dress ($not_dresses): a kurta is a long tunic worn over trousers, a saree a drape over a
-- blouse and petticoat. Since questionnaire version 3 both are values, and a seller's Kurtas are compared as any
-- category; where a questionnaire or a map leaves them unmapped, a dress answer is still flagged and any other
-- stands (a short kurta is a "shirt").
-- A bottom no value is ($bottoms_alone: Tights, Churidar, Salwar, Patiala; unmapped on purpose) is still a bottom:
-- answered a garment that is none of the bottom class's values ($generic), a top ("a jacket", "a sweatshirt" for
-- "Training Tights", the photo's top named) is wrong (blind writers: 5 in 814 sets, none right). Its color questions
-- keep their own garment (the generic class would make "the tights" any bottom).
-- param: no_value = bra|panty|panties|knickers|thong|sutia|calcinha
-- param: not_dresses = kurta|kurti|saree|sari
-- param: bottoms_alone = tights|churidar|churidars|salwar|salwars|patiala|patialas
-- param: near_garments = jeans~trousers, shirt~t-shirt, shirt~tank top, shirt~sweater, shirt~kurta, kurta~dress, sweater~jacket, cardigan~sweater, cardigan~jacket, saree~dress, jumpsuit~dress, overalls~jumpsuit, overalls~jeans, overalls~trousers
-- param: holds = swimwear>shorts, sweater>cardigan, cardigan>sweater, jeans>trousers, t-shirt>tank top
-- param: generic = top|topwear|tee: t-shirt|tank top|shirt|sweater|cardigan|kurta; bottom|bottomwear: jeans|trousers|shorts|skirt
-- param: swimwear = swim|swimming|swimsuit|swimsuits|swimwear|bathing|bikini|bikinis|tankini|tankinis|beach|beachwear|biquini|biquinis|maio|maios|sunga|sungas|praia|banho
WITH unmapped AS (SELECT DISTINCT seller_garment_type_raw AS raw FROM items WHERE seller_garment_type IS NULL),
    -- generic class: begin (the same block in seller_category_mismatch and seller_color_mismatch)
categories AS (  -- each unmapped category once, not swimwear ("Bikini Tops"): its alternatives ("Top with Shorts" is a
    -- top and shorts, a set)
    SELECT raw, list_filter(regexp_split_to_array(strip_accents(lower(trim(raw))),
                                                  '\s*(?:&|/|,|\+|_|\band\b|\be\b|\bwith\b|\bcom\b|\bc/)\s*'), lambda p: trim(p) <> '') AS parts
    FROM unmapped
    WHERE NOT regexp_matches(strip_accents(lower(raw)), '\b(?:' || $swimwear || ')\b')
),
classes AS (  -- a category whose every alternative ends in the class's word or one of its values ("t-shirts" is
    -- tshirts, "overshirts" no shirt)
    SELECT c.raw, split_part(trim(split_part(g.entry, ':', 1)), '|', 1) AS class,
           list_transform(string_split(trim(split_part(g.entry, ':', 2)), '|'), lambda v: trim(v)) AS fits
    FROM categories c JOIN (SELECT trim(unnest(string_split($generic, ';'))) AS entry) g
      ON list_bool_and(list_transform(c.parts, lambda p:
             regexp_matches(trim(p), '\b(?:' || trim(split_part(g.entry, ':', 1)) || ')s?$')
             OR regexp_matches(regexp_replace(trim(p), '\b(t|tank)[\s-]+(shirt|top)', '\1\2', 'g'),
                               '\b(?:' || regexp_replace(trim(split_part(g.entry, ':', 2)), '[\s-]', '', 'g') || ')s?$')))
),
    -- generic class: end
underwear AS (  -- every alternative ends in one of its words ("Bras", "Lace Bras & Panties")
    SELECT raw FROM categories
    WHERE list_bool_and(list_transform(parts, lambda p: regexp_matches(trim(p), '\b(?:' || $no_value || ')s?$')))
),
not_dresses AS (  -- the same for a kurta or a saree ("Kurtas", "Kurtis", "Sarees"; not "Kurta Sets" nor "Kurta with
    -- Palazzos", sold with their bottoms)
    SELECT raw FROM categories
    WHERE list_bool_and(list_transform(parts, lambda p: regexp_matches(trim(p), '\b(?:' || $not_dresses || ')s?$')))
),
bottoms_alone AS (  -- the same for a bottom no value is ("Tights", "Churidar"), with the bottom class's values
    SELECT c.raw, list_transform(string_split(trim(split_part(g.entry, ':', 2)), '|'), lambda v: trim(v)) AS fits
    FROM categories c JOIN (SELECT trim(unnest(string_split($generic, ';'))) AS entry) g
      ON split_part(trim(split_part(g.entry, ':', 1)), '|', 1) = 'bottom'
    WHERE list_bool_and(list_transform(c.parts, lambda p: regexp_matches(trim(p), '\b(?:' || $bottoms_alone || ')$')))
)
SELECT a.sku, a.question_id,
       'seller says ' || i.seller_garment_type_raw || ' (' || i.seller_garment_type || '), model says ' || a.answer_en
           AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.seller_garment_type IS NOT NULL
  AND lower(trim(a.answer_en)) <> lower(trim(i.seller_garment_type))
  -- a category that holds another value's garments: a seller's Swimwear holds men's swim shorts, Sweaters its
  -- cardigans and Cardigans are sweaters to a model, Jeans are trousers ("pants"; trousers answered jeans are not),
  -- Tshirts hold sleeveless tees (a tank top; a zipped hoodie of a seller's Sweatshirts answered jacket stays a
  -- mismatch, as blind writers judge it)
  -- (Dresses do not hold rompers: retailers file them apart, and a dress answered "romper" is a mismatch)
  AND NOT list_contains(list_transform(string_split($holds, ','), lambda h: trim(h)),
                        lower(trim(i.seller_garment_type)) || '>' || lower(trim(a.answer_en)))
  -- the seller's own title, of one product, names the answer, a garment near the category's: it says more than the
  -- category ("Calça Jeans Infantil" filed under Calças, "Cardigan Infantil Tricô" under Casacos). A garment far from
  -- it is the seller's mistake to find ("Dotted pink jeans" filed under Shirts)
  AND NOT EXISTS (SELECT 1 FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title WHERE false) t
                  WHERE t.sku = a.sku
                    AND list_has_any(list_transform(string_split($near_garments, ','), lambda pair: trim(pair)),
                                     [lower(trim(i.seller_garment_type)) || '~' || lower(trim(a.answer_en)),
                                      lower(trim(a.answer_en)) || '~' || lower(trim(i.seller_garment_type))])
                    AND regexp_matches(lower(t.title), '(?:^|[^a-z-])' || regexp_escape(lower(trim(a.answer_en))) || '(?:e?s)?(?:[^a-z-]|$)')
                    -- (not a brand's word: a Myntra title names the brand before the department, "Kraus Jeans Women")
                    AND NOT regexp_matches(lower(t.title), '(?:^|[^a-z-])' || regexp_escape(lower(trim(a.answer_en))) || '(?:e?s)?\s+(?:men|women|boys|girls|kids|unisex)\b')
                    AND NOT regexp_matches(lower(t.title), '\b(?:with|and|set|sets|com|e|kit)\b|&|\+'))
UNION ALL  -- a generic class: the answer is none of its values
SELECT a.sku, a.question_id,
       'seller says ' || i.seller_garment_type_raw || ' (' || g.class || '), model says ' || a.answer_en
FROM answers a JOIN items i USING (sku) JOIN classes g ON g.raw = i.seller_garment_type_raw
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.seller_garment_type IS NULL
  AND NOT list_contains(g.fits, lower(trim(a.answer_en)))
UNION ALL  -- underwear no value is
SELECT a.sku, a.question_id,
       'seller says ' || i.seller_garment_type_raw || ' (no garment type of the questionnaire), model says ' || a.answer_en
FROM answers a JOIN items i USING (sku) JOIN underwear u ON u.raw = i.seller_garment_type_raw
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.seller_garment_type IS NULL
  -- (unless the answer as generated names the category itself: "sports bra", stored tank top, for a seller's Bra)
  AND NOT list_has_any(regexp_split_to_array(lower(coalesce(a.raw_en, a.answer_en)), '[^a-zà-ÿ]+'),
                       [lower(trim(i.seller_garment_type_raw)), regexp_replace(lower(trim(i.seller_garment_type_raw)), 'e?s$', '')])
UNION ALL  -- a kurta or a saree answered dress
SELECT a.sku, a.question_id, 'seller says ' || i.seller_garment_type_raw || ', which is no dress; model says ' || a.answer_en
FROM answers a JOIN items i USING (sku) JOIN not_dresses n ON n.raw = i.seller_garment_type_raw
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.seller_garment_type IS NULL AND lower(trim(a.answer_en)) = 'dress'
UNION ALL  -- a bottom no value is answered a garment that is no bottom
SELECT a.sku, a.question_id, 'seller says ' || i.seller_garment_type_raw || ' (a bottom), model says ' || a.answer_en
FROM answers a JOIN items i USING (sku) JOIN bottoms_alone b ON b.raw = i.seller_garment_type_raw
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.seller_garment_type IS NULL
  AND NOT list_contains(b.fits, lower(trim(a.answer_en)))
