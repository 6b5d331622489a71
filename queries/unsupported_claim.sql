-- invariant: generated text claims nothing a photo cannot show: no fiber composition, brand, size, price or care instructions
-- severity: warning
-- threshold: 0.05
-- param: fibers = cotton|polyester|poly|linen|wool|woollen|woolen|merino|cashmere|silk|rayon|viscose|spandex|elastane|lycra|nylon|acrylic|modal|bamboo|hemp|polyamide|tencel|lyocell
-- param: brands = nike|adidas|puma|reebok|fila|asics|under armour|new balance|skechers|converse|kappa|umbro|levi's|levis|wrangler|lee cooper|pepe jeans|diesel|zara|h&m|uniqlo|forever 21|old navy|american eagle|abercrombie|hollister|tommy hilfiger|calvin klein|ralph lauren|lacoste|gucci|prada|armani|versace|burberry|chanel|dior|louis vuitton|balenciaga|hugo boss|superdry|benetton|jack & jones|jack and jones|roadster|hrx|u.s. polo|us polo|allen solly|peter england|van heusen|louis philippe|fabindia|biba|w for woman|aurelia|global desi|sassafras|dressberry|here&now|mast & harbour|highlander|wrogn|campus sutra
-- A photo shows denim, leather, knit or lace, not cotton against polyester: a name from $fibers is a claim, except in
-- the answer to a question that asks for the material, where only a composition ("100% cotton", "a polyester
-- blend", "cotton and elastane") is one. A brand ($brands: sportswear, denim, fashion houses, the Indian brands of
-- the Myntra catalog) is a claim anywhere: a printed logo is for the reviewer to confirm. So are sizes, prices and
-- care instructions. The patterns are written out at each use: built in a CTE, DuckDB would compile them per row.
WITH texts AS (
    SELECT sku, question_id, answer_en AS text, lower(answer_en) AS t,
           regexp_matches(lower(prompt), '\b(material|fabric|made of|composition|fiber|fibre)\b') AS asks_material
    FROM answers WHERE kind = 'open' AND status = 'ok'
    UNION ALL
    SELECT sku, 'caption', caption_en, lower(caption_en), false FROM items WHERE status = 'ok'
),
found AS (
    SELECT sku, question_id, text,
           coalesce(
               nullif(regexp_extract(t, '\b\d{1,3}\s*(?:%|percent)(?:\s*(?:' || $fibers || '))?'), ''),
               nullif(regexp_extract(t, '\b(?:' || $fibers || ')(?:[\s-]+(?:blend|blended|mix|rich)|\s*(?:[/&+-]|,|and)\s*(?:'
                                        || $fibers || '))\b'), ''),
               nullif(regexp_extract(t, '\b(?:a|an)\s+blend\s+of\s+\w+'), ''),
               nullif(regexp_extract(t, '(?:^|[^a-z])(' || replace(replace($brands, '.', '\.'), '&', '\s*&\s*') || ')(?:[^a-z]|$)', 1), ''),
               nullif(regexp_extract(t, '\bsize\s+(?:xx?s|s|m|l|xx?l|xxxl|\d{1,2})\b'), ''),
               nullif(regexp_extract(t, '(?:[$€£₹]|\brs\.?|\binr|\busd)\s*\d+'), ''),
               nullif(regexp_extract(t, '\b(?:machine[\s-]wash(?:able)?|hand[\s-]wash|dry[\s-]clean(?:\s+only)?|tumble[\s-]dry)\b'), ''),
               CASE WHEN NOT asks_material THEN nullif(regexp_extract(t, '\b(?:' || $fibers || ')\b'), '') END
           ) AS claim
    FROM texts
)
SELECT sku, question_id, 'claims "' || claim || '": ' || left(text, 80) AS detail FROM found WHERE claim IS NOT NULL
