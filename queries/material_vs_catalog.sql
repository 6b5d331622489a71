-- invariant: what a text says the garment is made of agrees with the catalog's composition, else with the fiber or fabric its title names
-- severity: warning
-- threshold: 0.05
-- requires: items.title | items.product_name | items.composition | items.material | items.materials | items.fabric
-- param: fiber_kinds = cotton: cotton|denim|corduroy|chambray|algodão|algodao; linen: linen|linho; wool: wool|woollen|woolen|merino|cashmere; silk: silk|seda; leather: leather|suede|sheepskin|couro|camurça|camurca; cellulose: viscose|rayon|modal|lyocell|tencel; synthetic: polyester|microfibre|microfiber|nylon|polyamide|acrylic|spandex|lycra|elastane|poliéster|poliester|poliamida|elastano
-- param: fabrics = denim: denim|chambray|jeans|jean|jeggings|dungarees|dungaree|wash; corduroy: corduroy; velvet: velvet|velour; satin: satin; sheer: chiffon|georgette; net: organza|tulle|net|mesh; lace: lace|crochet|eyelet|broderie; leather: leather|suede|nubuck|sheepskin|couro|camurça|camurca; fleece: fleece|sherpa|borg|shearling; tweed: tweed|boucle|bouclé
-- param: other_fabrics = poplin|twill|oxford|canvas|crepe|knit|knitted|ribbed|seersucker|gingham|madras|muslin|mulmul|khadi|voile|cambric|terry|waffle|pique|ponte|jacquard|brocade|chanderi|flannel
-- param: performance_fabrics = dri-fit|dri fit|drifit|dryfit|dry-fit|drycell|dry-ex|climalite|climacool|aeroready|heatgear|coolmax|rapid-dry|quick-dry|dry-tech
-- param: bottoms = pants|trousers|trouser|shorts|skirt|skirts|jeans|leggings|joggers|jogger|palazzos|palazzo|pyjamas|pajamas|chinos|trunks|briefs|boxers|lehenga|salwar|churidar|dhoti|sharara|culottes
-- A photo shows denim, leather, lace or velvet, and the seller knows the fiber: what the model says a garment is made
-- of is checked against what the catalog says. Against the catalog's composition column (`composition`, `material`,
-- `materials` or `fabric`), every fiber an answer names; else against its title:
-- - a fiber ("cotton" for a "Linen Shirt", "silk" for a "Pure Cotton Kurta"), where the title names one fiber and is
--   no blend. A title's georgette, chiffon or satin of no named fiber is a synthetic or a viscose ("silk" for a "Satin
--   Slip Dress": 14 failures of 17 in the blind sets; a "Pure Georgette" may be silk), its art or poly silk a silk, a
--   viscose or a synthetic, its fleece a synthetic or cotton, its sherpa a synthetic;
-- - a fabric of $fabrics ("denim" for a "Pure Cotton Kurta", "leather" for a "Washed Denim Jacket", "velvet" for
--   "Rayon Palazzos", "lace" for a "Mesh Maxi Dress"), where the title names a fiber or a fabric and none of the
--   answer's kind: a seller names a denim, a velvet or a lace in the title.
-- An answer that names several is judged by the best of them ("velvet and tulle" for a "Velvet Party Dress" stands).
-- Judged are the answers to a question that asks for the material, and the fabric the caption adapter's template
-- gives a garment in any generated text ("The dress is with chiffon fabric" for a "Silk Saree"). A fiber's look,
-- touch or trim ("Denim-Look Jeggings", "Lace Trim Cami"), a part's fabric ("Cotton Lining", "Silk Border") and what
-- the product is sold with ("Kurta with Silk Dupatta") name no fabric of the product. Portuguese titles' fibers count
-- too ("Vestido Midi Linho"; couro sintético is faux leather). A warning: catalogs err too, and a photo cannot tell
-- cotton from polyester, so the finding asks a reviewer to look.
WITH title_texts AS (  -- the catalog's title, lowercased (a `title` or `product_name` column)
    SELECT sku, lower(concat_ws(' ', title, product_name)) AS t
    FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false)
    WHERE status = 'ok' AND coalesce(title, product_name) IS NOT NULL
),
fiber_word AS (  -- word -> fiber, from $fiber_kinds
    SELECT trim(split_part(entry, ':', 1)) AS fiber, trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS word
    FROM (SELECT unnest(string_split($fiber_kinds, ';')) AS entry)
),
fabric_word AS (  -- word -> kind of fabric, from $fabrics
    SELECT trim(split_part(entry, ':', 1)) AS fabric, trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS word
    FROM (SELECT unnest(string_split($fabrics, ';')) AS entry)
),
title_fiber AS (  -- the one fiber a title names, unless it is a blend: faux leather is polyester or leather, a fiber's look,
    -- touch or trim ("Denim-Look Jeggings", "Leather-Trim Sweater"), a part's fiber ("Cotton Lining", "Silk Border"),
    -- what it is sold with ("Kurta with Silk Dupatta"), art or poly silk (below) and the brand Cotton On name no fiber of
    -- the garment;
    -- a Portuguese title's fibers too ("Vestido Midi Linho"; couro sintético is faux leather)
    SELECT t.sku, [any_value(f.fiber)] AS fibers, any_value(x.word) AS word
    FROM (SELECT sku, t, unnest(regexp_extract_all(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(t, '\bwith\b.*$', ''), '\b(?:art|poly)[\s-]*silk\b', ' ', 'g'), '\b(couro|camurça|camurca)\s+(?:sint[eé]tic[oa]|ecol[oó]gic[oa]|vegan[oa]|fake)\b', 'polyester \1', 'g'), '\b(?:faux|vegan|pu|imitation|fake|artificial)[\s-]+(leather|suede|fur|silk|wool)\b', 'polyester \1', 'g'), '\b(?:cotton|linen|wool|silk|leather|suede|denim|corduroy|cashmere|merino)[\s-]+(?:look|effect|touch|feel|trim|trimmed|patch|patches|panel|panels|detail|details|detailing|piping|elbow|binding|lining|linings|lined|border|borders|yoke|yokes|sleeves|collar|cuffs)\b', ' ', 'g'), '\bcotton on\b', ' ', 'g'), '\b(' || replace(regexp_replace($fiber_kinds, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b', 1)) AS word
          FROM title_texts WHERE NOT regexp_matches(t, '\b(blend|blended|mix|mixed|(cotton|linen|wool|silk)[\s-]rich|poly[\s-]?cotton)\b')) x
    JOIN title_texts t ON t.sku = x.sku JOIN fiber_word f ON f.word = x.word
    GROUP BY t.sku HAVING count(DISTINCT f.fiber) = 1
    UNION ALL  -- a title whose only fabric is a georgette, chiffon or satin of the product (not of what it is sold with:
    -- "Kurta with Palazzos & Chiffon Dupatta", "Top with Chiffon Sleeves", "Satin Trim") names a synthetic or a
    -- viscose: the sheer and shiny weaves a catalog sells are those unless it says silk ("Silk Georgette", "Silk Satin"),
    -- and a photo cannot tell them apart ("silk" for a "Floral Printed Georgette Saree": 6 failures of 6 in 109 blind
    -- sets; "chiffon" or "georgette" answered names no fiber); a "Pure Georgette" may be silk. A "Georgette Dupatta"
    -- is the product where it ends the title, and what a set is sold with where it does not ("Kurta Palazzo &
    -- Chiffon Dupatta Set"). A fleece is a synthetic
    -- or cotton, a sherpa, net, tulle or mesh a synthetic and an organza a synthetic or silk ("wool" for a "Fleece
    -- Jacket", "cotton" for a "Sherpa Jacket" or a "Tulle Skirt", "silk" for a "Net Anarkali Gown")
    SELECT sku, CASE WHEN regexp_matches(t, '\bpure\s+(?:georgette|chiffon)') THEN ['synthetic', 'cellulose', 'silk']
                     WHEN regexp_matches(t, '\b(?:georgettes?|chiffons?|satins?)\b') THEN ['synthetic', 'cellulose']
                     WHEN regexp_matches(t, '\bfleece\b') THEN ['synthetic', 'cotton']
                     WHEN regexp_matches(t, '\borganza\b') THEN ['synthetic', 'silk'] ELSE ['synthetic'] END,
           regexp_extract(t, '\b(georgettes?|chiffons?|satins?|fleece|sherpa|organza|tulle|net|mesh)\b', 1)
    FROM (SELECT sku, regexp_replace(regexp_replace(t, '\bwith\b.*$', ''), '\b(?:georgettes?|chiffons?|satins?|fleece|sherpa|organza|tulle|net|mesh)[\s-]+(?:sleeves?|overlays?|yokes?|linings?|lined|borders?|panels?|trims?|trimmed|collars?|finish|look|effect|details?|bows?|belts?|ties?)\b|\b(?:georgettes?|chiffons?|satins?|net|organza)[\s-]+(?:dupattas?|stoles?|shawls?)\s+\S.*$', ' ', 'g') AS t
          FROM title_texts)
    WHERE regexp_matches(t, '\b(?:georgettes?|chiffons?|satins?|fleece|sherpa|organza|tulle|net|mesh)\b')
      AND NOT regexp_matches(t, '\b(' || replace(regexp_replace($fiber_kinds, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')
    UNION ALL  -- a title whose only fabric is a sportswear brand's performance fabric, a polyester by another name
    -- ("cotton" for a "Men's Dri-FIT Running Tee")
    SELECT sku, ['synthetic'], regexp_extract(t, '\b(' || $performance_fabrics || ')\b', 1)
    FROM (SELECT sku, regexp_replace(t, '\bwith\b.*$', '') AS t FROM title_texts)
    WHERE regexp_matches(t, '\b(?:' || $performance_fabrics || ')\b')
      AND NOT regexp_matches(t, '\b(' || replace(regexp_replace($fiber_kinds, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')
    UNION ALL  -- a title whose only fabric is art or poly silk: a viscose or a synthetic made to look like silk, which
    -- "silk" answered may name (writers called it right 10 times of 10), and "cotton" may not
    SELECT sku, ['silk', 'synthetic', 'cellulose'], regexp_extract(t, '\b((?:art|poly)[\s-]*silk)\b', 1)
    FROM (SELECT sku, regexp_replace(t, '\bwith\b.*$', '') AS t FROM title_texts)
    WHERE regexp_matches(t, '\b(?:art|poly)[\s-]*silk\b')
      AND NOT regexp_matches(regexp_replace(t, '\b(?:art|poly)[\s-]*silk\b', ' ', 'g'),
                             '\b(' || replace(regexp_replace($fiber_kinds, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')
),
composition_said AS (  -- the catalog's composition, where a column gives one (`composition`, `material`, `materials`
    -- or `fabric`: "92% Polyamide, 8% Elastane", "Cotton/Polyester fleece"), read as the title's fibers are: faux, PU
    -- or vegan leather is polyester that looks like leather, art or poly silk a silk, viscose or synthetic
    SELECT sku, said,
           regexp_replace(regexp_replace(lower(said), '\b(?:faux|vegan|pu|imitation|fake|artificial)[\s-]+(leather|suede|fur|silk|wool)\b', 'polyester \1', 'g'),
                          '\b(?:art|poly)[\s-]*silk\b', 'silk polyester viscose', 'g') AS t
    FROM (SELECT sku, nullif(concat_ws(', ', composition, material, materials, fabric), '') AS said
          FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS composition, NULL::VARCHAR AS material,
                                                         NULL::VARCHAR AS materials, NULL::VARCHAR AS fabric WHERE false))
    WHERE said IS NOT NULL
),
composition AS (  -- every fiber it names
    SELECT c.sku, list(DISTINCT f.fiber) AS fibers, any_value(c.said) AS said
    FROM (SELECT sku, said, unnest(regexp_extract_all(t, '\b(' || replace(regexp_replace($fiber_kinds, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b', 1)) AS word
          FROM composition_said) c
    JOIN fiber_word f ON f.word = c.word
    GROUP BY c.sku
),
said AS (  -- (text, word): each fiber or fabric a material answer names, and the fabric the caption template gives a
    -- garment in any other generated text; faux leather is a synthetic that looks like leather, and a look, a touch or
    -- a trim names no fabric of the garment
    SELECT sku, question_id, text, word
    FROM (SELECT sku, question_id, answer_en AS text,
                 unnest(regexp_extract_all(regexp_replace(regexp_replace(regexp_replace(lower(answer_en), '\b(?:faux|vegan|pu|imitation|fake|artificial)[\s-]+(leather|suede|fur|silk|wool)\b', 'polyester \1', 'g'), '\b(?:cotton|linen|wool|silk|leather|suede|denim|corduroy|cashmere|merino|lace|velvet|satin|mesh|net)[\s-]+(?:look|effect|touch|feel|trim|trimmed|patch|patches|panel|panels|detail|details|detailing|piping|elbow|binding|insert|inserts|overlay|lining|lined)\b|\blace[\s-]+up\b', ' ', 'g'), '\bcotton on\b', ' ', 'g'),
                                           '\b(' || replace(regexp_replace($fiber_kinds || ';' || $fabrics, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b', 1)) AS word
          FROM answers WHERE status = 'ok' AND regexp_matches(lower(prompt), '\b(material|fabric|made of)\b')
          UNION ALL  -- (the template's fabric of a bottom only where the title sells one: "The pants are with denim
          -- fabric" says nothing of a "Lace Corset Top")
          SELECT x.sku, x.question_id, x.text, x.word
          FROM (SELECT sku, question_id, text,
                       unnest(regexp_extract_all(lower(text), '\b(\w+)\s+(?:is\s+with|are\s+with|(?:has|have)\s+[^.,]*,)\s+(\w+)\s+fabric\b', 1)) AS subject,
                       unnest(regexp_extract_all(lower(text), '\b(\w+)\s+(?:is\s+with|are\s+with|(?:has|have)\s+[^.,]*,)\s+(\w+)\s+fabric\b', 2)) AS word
                FROM (SELECT sku, question_id, answer_en AS text FROM answers
                      WHERE status = 'ok' AND kind = 'open' AND NOT regexp_matches(lower(prompt), '\b(material|fabric|made of)\b')
                      UNION ALL
                      SELECT sku, 'caption', caption_en FROM items WHERE status = 'ok')) x
          LEFT JOIN title_texts tt ON tt.sku = x.sku
          WHERE NOT regexp_matches(x.subject, '^(?:' || $bottoms || ')$') OR regexp_matches(coalesce(tt.t, ''), '\b(?:' || $bottoms || ')\b'))
),
title_fabric AS (  -- the title as it names the product (not what it is sold with), and the fibers and fabrics it names
    -- of the product itself (not a look, a trim or a part: "Lace Trim Satin Cami" names satin)
    SELECT sku, t, list_distinct(regexp_extract_all(regexp_replace(t, '\b(?:cotton|linen|wool|silk|leather|suede|denim|corduroy|cashmere|merino|lace|velvet|satin|mesh|net|chiffon|georgette|organza|tulle|sequin|sequinned)[\s-]+(?:look|effect|touch|feel|trim|trimmed|patch|patches|panel|panels|detail|details|detailing|piping|elbow|binding|insert|inserts|overlay|lining|linings|lined|border|borders|yoke|yokes|sleeves|collar|cuffs|finish)\b|\blace[\s-]+up\b|\bcotton on\b', ' ', 'g'),
                                                     '\b(' || replace(regexp_replace($fiber_kinds || ';' || $fabrics, '[^:;|]+:\s*', '', 'g'), ';', '|') || '|' || $other_fabrics || ')\b', 1)) AS named
    FROM (SELECT sku, regexp_replace(t, '\bwith\b.*$', '') AS t FROM title_texts)
),
verdicts AS (  -- per text and word: does the catalog agree (NULL: it does not say)
    SELECT s.sku, s.question_id, s.text, s.word,
           CASE WHEN fw.fabric IS NOT NULL AND len(tt.named) > 0
                    -- a fabric: the title names one of its kind
                    THEN regexp_matches(tt.t, '\b(?:' || (SELECT string_agg(word, '|') FROM fabric_word x WHERE x.fabric = fw.fabric) || ')\b')
                         OR fw.fabric = 'satin' AND list_contains(tt.named, 'silk')  -- (satin is silk's classic weave)
                WHEN f.fiber IS NOT NULL AND c.sku IS NOT NULL THEN list_contains(c.fibers, f.fiber)
                WHEN f.fiber IS NOT NULL AND cs.sku IS NULL THEN list_contains(tf.fibers, f.fiber) END AS agrees,
           CASE WHEN fw.fabric IS NOT NULL AND len(tt.named) > 0 THEN 'the catalog''s title names ' || array_to_string(tt.named, ', ')
                WHEN c.sku IS NOT NULL THEN 'the catalog''s composition says ' || left(c.said, 60)
                ELSE 'the catalog''s title names ' || array_to_string(tf.fibers, ' or ') || ' (' || tf.word || ')' END AS says
    FROM said s
    LEFT JOIN fabric_word fw ON fw.word = s.word
    LEFT JOIN fiber_word f ON f.word = s.word
    LEFT JOIN title_fabric tt ON tt.sku = s.sku
    LEFT JOIN composition c ON c.sku = s.sku
    LEFT JOIN composition_said cs ON cs.sku = s.sku  -- (a composition of fibers outside $fiber_kinds still outranks the title)
    LEFT JOIN title_fiber tf ON tf.sku = s.sku
)
SELECT sku, question_id,
       'says ' || string_agg(DISTINCT word, ' and ' ORDER BY word) || '; ' || any_value(says) FILTER (WHERE NOT agrees)
           || ': ' || left(any_value(text), 60) AS detail
FROM verdicts
GROUP BY sku, question_id
HAVING bool_or(agrees IS NOT NULL) AND NOT bool_or(coalesce(agrees, false))
ORDER BY sku, question_id
