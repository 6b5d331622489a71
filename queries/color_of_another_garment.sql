-- invariant: a color answer gives the asked garment's color, not the color the caption or the wearing answer gives another garment
-- severity: warning
-- threshold: 0.05
-- The vocabulary (the same lines in every audit that reads colors and garments; tests/test_audit.py checks it):
-- the questionnaire's color values and garment types with the words that name them (longer phrases first), the
-- pairs near enough that two texts naming them do not contradict each other (charcoal is grey or black; a tee is a
-- shirt; plain green and blue, or white and beige, do contradict), the words listed under two colors because they
-- name either (teal is blue or green, cream white or beige), and the words that may stand between a color and its
-- garment ("white cotton crew neck t-shirt", "maroon anarkali kurta").
-- param: colors = black: jet black|black|charcoal|dark grey|dark gray; white: off-white|off white|white|ivory|cream; grey: heather grey|heather gray|grey melange|dark grey|dark gray|grey|gray|charcoal|silver|steel; red: wine red|cherry red|red|burgundy|maroon|crimson|scarlet|wine; blue: light blue|royal blue|sky blue|baby blue|turquoise blue|denim blue|light indigo|light wash|mid wash|medium wash|blue|turquoise|teal|aqua|sea green|cobalt|indigo; navy: navy blue|dark blue|midnight blue|dark wash|dark indigo|raw indigo|rinse wash|rinsed indigo|navy; green: olive green|khaki green|mint green|lime green|sea green|dark green|army green|bottle green|forest green|fluorescent green|neon green|neon yellow|volt|green|olive|mint|lime|emerald|turquoise|teal|aqua; yellow: neon yellow|neon green|volt|yellow|mustard|lemon|golden|gold; orange: orange|rust|coral|tangerine; pink: light pink|hot pink|pink|magenta|fuchsia|rose|peach|salmon|blush; purple: purple|violet|lilac|lavender|mauve|plum; brown: chocolate brown|coffee brown|dark brown|light brown|brown|tan|camel; beige: off-white|off white|beige|cream|ivory|sand|khaki|nude|taupe
-- param: near_colors = navy~blue, navy~black, beige~brown, beige~yellow, beige~grey, red~pink, red~brown, red~orange, red~purple, orange~brown, orange~yellow, orange~pink, green~brown, pink~purple, purple~blue
-- param: tops = t-shirt: t-shirt|t shirt|tshirt|tee shirt|soccer jersey|football jersey|baseball jersey|cricket jersey|rugby jersey|hockey jersey|tee|polo shirt|polo|henley; tank top: basketball jersey|tank top|tank|camisole|cami|vest top|sleeveless top|singlet|sports bra|bralette; shirt: button-down shirt|button-up shirt|button down shirt|button up shirt|dress shirt|crop top|shirt|blouse|choli|top; sweater: hooded sweatshirt|sweatshirt|sweater|jumper|pullover|hoodie|turtleneck
-- param: bottoms = skirt: lehenga choli|mini skirt|maxi skirt|miniskirt|lehenga|skirt; jeans: denim jeans|jeans|denims|jeggings; trousers: track pants|cargo pants|trackpants|sweatpants|sweat pants|trousers|pants|slacks|chinos|joggers|jogger|leggings|palazzos|palazzo|pyjamas|pajamas|churidar|salwar|capris; shorts: swim shorts|swim trunks|board shorts|short pants|bermuda shorts|bermudas|shorts
-- param: full_body = dress: maxi dress|sundress|nightgown|nightdress|nightie|nighty|dress|gown|frock; jumpsuit: jumpsuit|romper|playsuit|boiler suit; swimwear: one-piece swimsuit|one piece swimsuit|swimsuit|bathing suit|swimming costume|swimwear|monokini|tankini|bikini
-- param: layers = jacket: outer clothing|bomber jacket|denim jacket|track jacket|jacket|coat|blazer|parka|windbreaker|overcoat|raincoat; cardigan: cardigan|shrug; kurta: kurta set|kurta pyjama|kurta pajama|anarkali kurta|salwar kameez|salwar-kameez|salwar suit|kurta|kurti|kameez|tunic; saree: saree|sari; overalls: overalls|dungarees
-- param: near_garments = jeans~trousers, shirt~t-shirt, shirt~tank top, shirt~sweater, shirt~kurta, kurta~dress, sweater~jacket, cardigan~sweater, cardigan~jacket, saree~dress, jumpsuit~dress, overalls~jumpsuit, overalls~jeans, overalls~trousers
-- param: things = hat: baseball caps?|caps?|bucket hats?|hats?|beanies?|berets?; shoe: sneakers?|trainers?|shoes?|boots?|sandals?|loafers?|slippers?|heels?; sock: socks?; scarf: scarf|scarves|hijabs?|stoles?|shawls?|dupattas?; glove: gloves?|mittens?; belt: belts?; bag: backpacks?|handbags?|bags?|purses?|totes?|clutch|clutches; tie: bow ties?|neckties?|ties?; vest: vests?|gilets?|waistcoats?; bodysuit: bodysuits?|onesies?; sarong: sarongs?|pareos?; kaftan: kaftans?|caftans?; robe: robes?|bathrobes?; watch: watch|watches|wristwatch|wristwatches; glasses: sunglasses|eyeglasses|spectacles; wallet: wallets?
-- param: other_garments = suits?|waistcoats?|vests?|gilets?|bodysuits?|onesies?|sleepers?|tuxedos?|tracksuits?|uniforms?
-- param: pixel_share = 0.5
-- param: accessories = belt|bag|handbag|purse|backpack|shoe|sneaker|boot|sandal|heel|slipper|scarf|stole|dupatta|cap|hat|beanie|glove|sock|necktie|watch|sunglasses|glasses|jewelry|jewellery|necklace|earring|bracelet|logo|print|graphic|text|lettering|button|zipper|strap|lining|background|wall|backdrop
-- param: modifiers = cotton|denim|jean|suit|leather|linen|silk|wool|woolen|knit|knitted|ribbed|lace|satin|velvet|corduroy|suede|striped|checked|checkered|plaid|printed|print|floral|graphic|plain|solid|polka|dot|dotted|patterned|embroidered|short|long|sleeve|sleeved|sleeveless|half|full|slim|fit|skinny|ripped|distressed|v|neck|crew|round|collared|hooded|button|buttoned|oversized|cropped|casual|formal|basic|loose|fitted|mini|maxi|midi|a|line|pleated|zip|up|zippered|cargo|baggy|high|waisted|wide|leg|straight|washed|faded|wash|colored|coloured|sports|athletic|lightweight|sheer|tailored|track|tie|dye|puffer|quilted|padded|winter|rain|light|dark|bright|pale|thin|thick|narrow|vertical|horizontal|small|large|big|tiny|bold|pin|anarkali|flared|flare|ethnic|traditional|festive|wrap|bodycon|pencil|peplum|shift|boxy|relaxed|regular|bootcut|tapered|knee|ankle|calf|floor|length|jogger|chino|harem|lounge|running|gym|yoga|cable|chunky|waffle|fleece|trench|double|single|breasted|racer|back|one|piece|down|slip|mom|boyfriend|biker|trucker|varsity|oxford|flannel|tweed|velour|mesh|sequin|sequined|sequinned|metallic|shiny|glitter|ruffle|ruffled|frill|frilled|tiered|halter|halterneck|strapless|smocked|ruched|shirred|utility|puffy|teddy|sherpa|shearling|borg|fuzzy|fluffy|faux|vegan|boucle|crochet|crocheted|eyelet|broderie|chiffon|georgette|crepe|jersey|poplin|twill|canvas|nylon|polyester|viscose|rayon|cashmere|merino|mohair|oversize|longline|cigarette|culotte|paperbag|puff|puffed|bell|balloon|batwing|raglan|belted|lined|waterproof|insulated|thermal|seamless|performance|training|workout|tennis|golf|hiking|ski|beach|summer|party|evening|cocktail|office|vintage|retro|classic|logo|beaded|studded|frayed|cuffed|stretch|skater|tulle|corset|bustier|sweetheart|square|scoop|cowl|turtle|mock|funnel|roll|grandad|granddad|mandarin|band|camp|cuban|hawaiian|western|military|combat|parachute|work|business|phulkari|bandhani|bandhej|leheriya|ikat|kalamkari|chikankari|chikan|zari|banarasi|kanjeevaram|kanjivaram|kantha|ajrakh|dabu|gota|patola|paithani|chanderi|mulmul|khadi|brocade|jacquard|woven|handloom|blend|blended
-- "What is the color of the shorts?" "White", where the wearing answer says "a white tank top and black shorts".
-- The asked garment is the one the question names, else the item's garment_type answer. An answer is flagged when
-- one text (the caption, the wearing answer or the catalog's title) binds its color to another garment and the asked
-- garment only to other colors.
WITH asked_all AS (
    -- (a kurta set's "the pyjama" is its trousers, said as the vocabulary says them; a pyjama set or top is not)
    SELECT *, regexp_replace(regexp_replace(lower(coalesce(nullif(regexp_extract(prompt, 'Question:\s*(.*?)\s*Answer:', 1), ''), prompt, '')),
                                            '\b(py|pa)jama\b', '\1jamas', 'g'),
                             '\b(py|pa)jamas(\s+(?:set|top|shirt|t-shirt|tee|suit|short)s?)\b', '\1jama\2', 'g') AS q
    FROM answers WHERE status <> 'empty'
),
texts AS (  -- a shirt dress is a dress: the garment is the last noun
    -- ("dress pants" are trousers, "dress shoes" shoes: there dress is a kind, no garment)
    SELECT sku, 'caption' AS question_id, 0 AS rank, regexp_replace(regexp_replace(regexp_replace(lower(caption_en), '\bdress[\s-]+(pants?|trousers?|slacks?|shoes?)\b', '\1', 'g'), '(\w)\s+-\s+(\w)', '\1-\2', 'g'), '\b(?:polo shirt|polo|tee shirt|tee|t-shirt|t shirt|tshirt|shirt|tank|sweater|sweatshirt|hoodie|jumper)[\s-]?(dress(?:es)?)\b', '\1', 'g') AS t FROM items WHERE status = 'ok'
    UNION ALL
    SELECT sku, question_id, 1, regexp_replace(regexp_replace(regexp_replace(lower(answer_en), '\bdress[\s-]+(pants?|trousers?|slacks?|shoes?)\b', '\1', 'g'), '(\w)\s+-\s+(\w)', '\1-\2', 'g'), '\b(?:polo shirt|polo|tee shirt|tee|t-shirt|t shirt|tshirt|shirt|tank|sweater|sweatshirt|hoodie|jumper)[\s-]?(dress(?:es)?)\b', '\1', 'g') FROM asked_all
    WHERE kind = 'open' AND regexp_matches(q, '\b(wear|describ)') AND NOT regexp_matches(q, '\bcolou?rs?\b')
),
-- vocabulary: begin (the same block in every audit that reads colors and garments; tests/test_audit.py checks it)
color_word AS (  -- word -> color value, from $colors
    SELECT trim(split_part(entry, ':', 1)) AS color, trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS word
    FROM (SELECT unnest(string_split($colors, ';')) AS entry)
),
garment_word AS (  -- word -> garment type and the part of the body it covers, from $tops, $bottoms, $full_body, $layers
    SELECT trim(split_part(entry, ':', 1)) AS garment, region,
           trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS word
    FROM (SELECT 'top' AS region, unnest(string_split($tops, ';')) AS entry
          UNION ALL SELECT 'bottom', unnest(string_split($bottoms, ';'))
          UNION ALL SELECT 'full', unnest(string_split($full_body, ';'))
          UNION ALL SELECT 'layer', unnest(string_split($layers, ';')))
),
near(kind, a, b) AS (
    SELECT 'color', trim(split_part(pair, '~', 1)), trim(split_part(pair, '~', 2))
    FROM (SELECT unnest(string_split($near_colors, ',')) AS pair)
    UNION ALL
    SELECT 'garment', trim(split_part(pair, '~', 1)), trim(split_part(pair, '~', 2))
    FROM (SELECT unnest(string_split($near_garments, ',')) AS pair)
),
color_pair AS (  -- compatible: the same color or near ones
    SELECT x.color, y.color AS other,
           x.color = y.color OR EXISTS (SELECT 1 FROM near n WHERE n.kind = 'color'
                                        AND (n.a, n.b) IN ((x.color, y.color), (y.color, x.color))) AS compatible
    FROM (SELECT DISTINCT color FROM color_word) x, (SELECT DISTINCT color FROM color_word) y
),
garment_pair AS (  -- conflicting: two garments that cannot both be the one worn on that part of the body
    SELECT x.garment, y.garment AS other, c.compatible,
           NOT c.compatible AND 'layer' NOT IN (x.region, y.region)
               AND (x.region = y.region OR 'full' IN (x.region, y.region)) AS conflicting
    FROM (SELECT DISTINCT garment, region FROM garment_word) x, (SELECT DISTINCT garment, region FROM garment_word) y,
         LATERAL (SELECT x.garment = y.garment OR EXISTS (SELECT 1 FROM near n WHERE n.kind = 'garment'
                         AND (n.a, n.b) IN ((x.garment, y.garment), (y.garment, x.garment))) AS compatible) c
),
-- vocabulary: end
-- extraction: begin (the same block in every audit that binds colors to garments; reads texts(sku, question_id, rank, t))
-- The regular expressions are written out at each use: built once in a CTE, DuckDB would compile them for every row.
bound AS (
    -- "a white and black striped t-shirt": colors, up to three modifiers, the garment
    SELECT sku, question_id, rank,
           unnest(regexp_extract_all(t, '\b' || '((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:(?:\s*,\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*,?\s*(?:and|&|/|-)\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*)' || '[\s-]+' || '(?:(?:' || $modifiers || ')[\s-]+){0,3}' || '(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1)) AS colors,
           unnest(regexp_extract_all(t, '\b' || '((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:(?:\s*,\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*,?\s*(?:and|&|/|-)\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*)' || '[\s-]+' || '(?:(?:' || $modifiers || ')[\s-]+){0,3}' || '(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 2)) AS word
    FROM texts
    UNION ALL
    -- "the shirt is a light blue", "the shorts are black and white"
    SELECT sku, question_id, rank,
           unnest(regexp_extract_all(t, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\s+(?:is|are)\s+(?:an?\s+)?(?:(?:very|light|dark|pale|bright|deep|mostly|all)\s+)?' || '((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:(?:\s*,\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*,?\s*(?:and|&|/|-)\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*)' || '\b', 2)),
           unnest(regexp_extract_all(t, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\s+(?:is|are)\s+(?:an?\s+)?(?:(?:very|light|dark|pale|bright|deep|mostly|all)\s+)?' || '((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:(?:\s*,\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*,?\s*(?:and|&|/|-)\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*)' || '\b', 1))
    FROM texts
    UNION ALL
    -- "a white shirt with thin blue stripes": the colors of its pattern are the garment's too
    SELECT sku, question_id, rank,
           unnest(regexp_extract_all(t, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b[^.;]*?\bwith\s+(?:an?\s+)?' || '(?:(?:' || $modifiers || ')[\s-]+){0,3}' || '((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:(?:\s*,\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*,?\s*(?:and|&|/|-)\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*)' || '[\s-]+' || '(?:(?:' || $modifiers || ')[\s-]+){0,3}' || '(?:stripes?|checks?|plaid|prints?|patterns?|dots|polka dots|flowers|florals?|design)\b', 2)),
           unnest(regexp_extract_all(t, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b[^.;]*?\bwith\s+(?:an?\s+)?' || '(?:(?:' || $modifiers || ')[\s-]+){0,3}' || '((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:(?:\s*,\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*,?\s*(?:and|&|/|-)\s*(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*)' || '[\s-]+' || '(?:(?:' || $modifiers || ')[\s-]+){0,3}' || '(?:stripes?|checks?|plaid|prints?|patterns?|dots|polka dots|flowers|florals?|design)\b', 1))
    FROM texts
),
bindings AS (  -- (text, garment, color)
    SELECT DISTINCT x.sku, x.question_id, x.rank, g.garment, c.color
    FROM (SELECT b.*, unnest(regexp_extract_all(b.colors, '\b(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')) AS color_word FROM bound b) x
    JOIN color_word c ON c.word = x.color_word JOIN garment_word g ON g.word = x.word
),
mentions AS (  -- (text, garment) for every garment a text names
    SELECT DISTINCT x.sku, x.question_id, x.rank, g.garment, g.region, x.word
    FROM (SELECT texts.*, unnest(regexp_extract_all(t, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1)) AS word FROM texts) x
    JOIN garment_word g ON g.word = x.word
),
-- extraction: end
garment_types AS (  -- the item's garment_type answer, as a garment of the vocabulary
    SELECT a.sku, g.garment FROM asked_all a JOIN garment_word g ON g.word = lower(trim(a.answer_en))
    WHERE a.question_id = 'garment_type' OR regexp_matches(a.q, '\b(type|kind) of (garment|clothing|cloth)')
),
product AS (  -- the garment sold and its color, from the seller's columns: NULL when the output has none (a job
    -- without a seller map), or when the seller's words name no garment (mapped, else the seller's own word, else the
    -- last garment the catalog's title names: "High-waist training leggings") or color (mapped) of the vocabulary
    SELECT i.sku, any_value(gt.garment) AS mapped,
           coalesce(CASE WHEN count(DISTINCT coalesce(gt.garment, gr.garment)) = 1 THEN any_value(coalesce(gt.garment, gr.garment)) END,
                    any_value(tg.garment)) AS garment,
           any_value(ct.color) AS color,  -- as mapped: an unmapped seller color is reported (seller_unmapped), never compared
           any_value(coalesce(i.seller_color_raw, i.seller_color)) AS said
    FROM (SELECT * FROM items UNION ALL BY NAME  -- the seller's columns, NULL where the output lacks them
          SELECT NULL::VARCHAR AS seller_garment_type, NULL::VARCHAR AS seller_garment_type_raw,
                 NULL::VARCHAR AS seller_color, NULL::VARCHAR AS seller_color_raw,
                 NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false) i
    LEFT JOIN (SELECT DISTINCT garment FROM garment_word) gt ON gt.garment = lower(i.seller_garment_type)
    LEFT JOIN garment_word gr ON lower(trim(i.seller_garment_type_raw)) IN (gr.word, gr.word || 's', gr.word || 'es')
    -- the title's product comes before what it is sold with ("Pink Floral Printed Kurta with Palazzos & Dupatta")
    LEFT JOIN garment_word tg ON tg.word = list_last(regexp_extract_all(
        regexp_replace(lower(concat_ws(' ', i.title, i.product_name)), '\s(?:with|&|and|set|\+)\s.*$', ''),
        '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1))
    LEFT JOIN (SELECT DISTINCT color FROM color_word) ct ON ct.color = lower(i.seller_color)
    WHERE i.status = 'ok'
    GROUP BY i.sku
),
pixel_shares AS (  -- the product's main pixel color (items.pixel_colors, read in its garment's region; none without
    -- them): the whole frame (no garment type known) is every garment's pixels, not the product's
    SELECT sku, p.color, sum(p.share) AS share
    FROM (SELECT sku, unnest(pixel_colors) AS p
          FROM (SELECT * FROM items UNION ALL BY NAME
                SELECT NULL::STRUCT(color VARCHAR, share FLOAT)[] AS pixel_colors, NULL::VARCHAR AS pixel_region WHERE false)
          WHERE pixel_region IS DISTINCT FROM 'frame')
    GROUP BY sku, p.color
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY sum(p.share) DESC, p.color) = 1
),
sold_as_set AS (  -- the seller sells garments together ("Kurta Sets", "Kurta with Trousers & Dupatta": a garment on
    -- each side, not "White & Navy Striped", "Fit and Flare Dress" nor "Top with Shirt Collar"; a Lehenga Choli is a
    -- skirt sold with its blouse): one color for every garment is the product's, not a failure
    SELECT sku FROM (SELECT * FROM items UNION ALL BY NAME
                     SELECT NULL::VARCHAR AS seller_garment_type_raw, NULL::VARCHAR AS title, NULL::VARCHAR AS product_name WHERE false)
    WHERE regexp_matches(regexp_replace(lower(concat_ws(' ', seller_garment_type_raw, title, product_name)),
                                        '\b(?:with\s+)?[a-z-]+\s+(?:collars?|necks?|necklines?|style|details?|prints?|pockets?|hems?)\b', ' ', 'g'),
                         '\b(?:sets?|co-?ords?|(?:track|pant)?-?suits?|(?:two|three)[\s-]piece|lehengas?\s+cholis?)\b|\b(?:' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\s+(?:with|&|and|\+)\s+(?:(?:' || $modifiers || '|' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')[\s-]+){0,2}(?:' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b')
),
-- things: begin (the same block in the color audits and the seller's; tests/test_audit.py checks it)
thing_word AS (  -- a product the vocabulary has no garment for, by kind, from $things (a cap is a hat, a loafer a
    -- shoe): each word and its plural spelled out, so that a word is found by equality, not a pattern per row
    SELECT kind, unnest(CASE WHEN w LIKE '%s?' THEN [left(w, -2), left(w, -1)] ELSE [w] END) AS word
    FROM (SELECT trim(split_part(entry, ':', 1)) AS kind, trim(unnest(string_split(split_part(entry, ':', 2), '|'))) AS w
          FROM (SELECT unnest(string_split($things, ';')) AS entry))
),
thing AS (  -- the product is such a thing (a cap, socks, sneakers, a hijab) when the seller's category is no garment of
    -- the vocabulary. The title says so first: its product (before what it is sold with, not "& Gold-Toned"; not a set,
    -- co-ord or pack) is its last word for a thing, a garment or a garment the vocabulary lacks ("Six-Panel Dad Cap" is a cap; "Cap
    -- Sleeve T-shirt" and "Bow Tie Bodysuit" are no thing), and outranks a garment_type answer ("sweater" for a woman in
    -- a hijab and a sweater; "shoes" for a t-shirt). Without a title word, the garment_type answer as generated.
    SELECT x.sku, any_value(k.kind) AS kind
    FROM (SELECT i.sku, coalesce(
              list_last(regexp_extract_all(
                  regexp_replace(regexp_replace(regexp_replace(lower(any_value(i.title)), '\s(?:&|and)\s+((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b)', ' \1', 'g'), '\s(?:with|&|and|set|\+)\s.*$', ''), '\btie[\s-]?dyed?\b', '', 'g'),
                  '\b(?:' || replace(regexp_replace($things, '[^:;|]+:\s*', '', 'g'), ';', '|') || '|' || $other_garments || '|' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b')),
              -- (not where the seller's category names a garment: "shoes" answered for a seller's Tops is wrong)
              CASE WHEN NOT coalesce(regexp_matches(lower(any_value(i.seller_garment_type_raw)), '\b(?:' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b'), false)
                   THEN lower(trim(any_value(coalesce(g.raw_en, g.answer_en)))) END) AS word
          FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title, NULL::VARCHAR AS seller_garment_type,
                                                             NULL::VARCHAR AS seller_garment_type_raw WHERE false) i
          -- the answer as generated: "shoes" is outside the vocabulary, so not stored as an answer
          LEFT JOIN answers g ON g.sku = i.sku AND g.status IN ('ok', 'out_of_vocabulary')
                             AND (g.question_id = 'garment_type' OR regexp_matches(lower(g.prompt), '\b(type|kind) of (garment|clothing|cloth)'))
          WHERE i.status = 'ok' AND i.seller_garment_type IS NULL
            AND NOT coalesce(regexp_matches(lower(i.title), '\b(?:sets?|co-?ords?|combos?|packs?|kits?|bundles?|tracksuits?|(?:two|three)[\s-]piece)\b'), false)
          GROUP BY i.sku) x
    JOIN thing_word k ON k.word = x.word
    GROUP BY x.sku
),
-- things: end
described AS (  -- the garment the item's describe and details questions name ("Describe the leggings.", "Describe the
    -- dress she is wearing.", not "the sweater vest"), when one
    SELECT a.sku, any_value(g.garment) AS garment
    FROM asked_all a JOIN garment_word g
      ON g.word = regexp_extract(a.q, '^(?:describe|what are) the (' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?(?:\s+details)?(?:\s+(?:in\s+detail|(?:that\s+|which\s+)?(?:she|he|they|the\s+\w+)\s+(?:is|are)\s+wearing))?\s*[.?]?\s*$', 1)
    GROUP BY a.sku HAVING count(DISTINCT g.garment) = 1
),
-- the bottom asked: begin (the same block in each audit that judges a color answer; tests/test_audit.py checks it)
bottom_words AS (  -- the bottoms the caption names, else the first text that names some ("khaki pants")
    SELECT sku, arg_min(word, rank) AS word
    FROM (SELECT sku, rank, regexp_extract(t, '\b(' || replace(regexp_replace($bottoms, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1) AS word
          FROM texts)
    WHERE word <> ''
    GROUP BY sku
),
asked_colors AS (  -- the experiments' "What is the color of the bottom?" (or "bottoms", "bottom wear") asks about the
    -- bottoms the texts name: read as them (blind writers, 383 sets: 26 more such answers found, 4 correct ones no
    -- longer flagged; left unread, the question named no garment and was judged as the product's or not at all)
    SELECT a.* REPLACE (
               CASE WHEN b.word IS NOT NULL AND regexp_matches(a.q, '\bcolou?rs?\s+(?:of|is)\s+(?:the|his|her|their)\s+(?:bottoms?|bottom[\s-]*wear)\b')
                    THEN regexp_replace(a.q, '\b(?:the|his|her|their)\s+(?:bottoms?|bottom[\s-]*wear)\b', 'the ' || b.word)
                    ELSE a.q END AS q)
    FROM asked_all a LEFT JOIN bottom_words b USING (sku)
),
-- the bottom asked: end
color_answers AS (
    -- the asked garment: the one the question names, else the seller's category as mapped, else the seller's own word
    -- where a text names it, else the garment_type answer, else the seller's own word (as pixel colors choose their
    -- region), else the garment the item's other questions ask about
    SELECT a.sku, a.question_id, a.answer_en,
           coalesce(named.garment, any_value(p.mapped),
                    -- the seller's word (its unmapped category, or the title's product) outranks the garment_type answer
                    -- where the caption or the wearing answer names it ("Relaxed Jersey Jogger" answered t-shirt)
                    -- (not a set's: "Sweatshirt Jogger Set" sells two garments)
                    CASE WHEN a.sku NOT IN (SELECT sku FROM sold_as_set)
                              AND EXISTS (SELECT 1 FROM mentions m WHERE m.sku = a.sku AND m.garment = any_value(p.garment)) THEN any_value(p.garment) END,
                    any_value(t.garment), any_value(p.garment), any_value(d.garment)) AS garment,
           named.garment IS NOT NULL AS named, list(DISTINCT c.color ORDER BY c.color) AS colors
    FROM (SELECT a.*, unnest(regexp_extract_all(lower(a.answer_en || ' ' || coalesce(a.raw_en, '')), '\b(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')) AS word FROM asked_colors a
          WHERE a.question_id = 'color' OR regexp_matches(a.q, '\bcolou?rs?\b')
             -- (a description or the details answered with colors alone, "pink" for black leggings worn under a pink
             -- kurta: the garment's color, as a color answer gives it)
             OR a.kind = 'open' AND regexp_matches(a.q, '\b(?:describ\w*|details?)\b')
                AND NOT regexp_matches(lower(a.answer_en), 'gold|silver|bronze|copper|metallic')
                AND regexp_matches(lower(trim(a.answer_en)), '^(?:(?:light|dark|bright|pale|deep)\s+)?(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|')
                                   || ')(?:\s*(?:,|and|&|/)\s*(?:(?:light|dark|bright|pale|deep)\s+)?(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))*\s*\.?$')) a
    JOIN color_word c ON c.word = a.word
    -- the garment the question asks about: the one after "of the" or "is the" ("With the jeans, what color is the
    -- shirt?" asks the shirt), else its first garment word
    LEFT JOIN garment_word named ON named.word = coalesce(
        nullif(regexp_extract(a.q, '\b(?:of|is|are)\s+(?:the|his|her|their|this|that|its)\s+(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1), ''),
        -- (a description's garment is its last: "Describe the sweater dress" asks about a dress)
        CASE WHEN a.kind = 'open' THEN regexp_extract_all(a.q, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1)[-1]
             ELSE regexp_extract(a.q, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1) END)
    LEFT JOIN garment_types t ON t.sku = a.sku
    LEFT JOIN product p ON p.sku = a.sku
    LEFT JOIN described d ON d.sku = a.sku
    -- asked thing: begin (the same block in each audit that judges a color answer; tests/test_audit.py checks it)
    -- "what color is the belt", "the color of the logo on the t-shirt": accessories, prints and backdrops have colors
    -- no text binds to the garment
    WHERE NOT regexp_matches(a.q, '\b(?:' || $accessories || ')(?:e?s)?\b')
      -- "the color of the sherwani": a thing the vocabulary does not know is neither the garment type nor any garment
      AND (named.garment IS NOT NULL
           OR regexp_extract(a.q, 'colou?r\s+(?:is|of)\s+(?:the|his|her|their|this|that|its)\s+([a-z -]+)', 1) = ''
           OR regexp_matches(regexp_extract(a.q, 'colou?r\s+(?:is|of)\s+(?:the|his|her|their|this|that|its)\s+([a-z -]+)', 1),
                             '\b(?:garment|clothing|clothes|cloth|outfit|attire|item|product|piece|apparel|wear|topwear|bottomwear|' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b'))
    -- asked thing: end
    -- (a product that is a thing, shoes or a watch, asked about without a garment named: the garments worn with it
    -- say nothing of its color)
      AND (named.garment IS NOT NULL OR a.sku NOT IN (SELECT sku FROM thing))
    GROUP BY a.sku, a.question_id, a.answer_en, named.garment
),
asked_bindings AS (  -- per color answer, the bindings that are the asked garment's: the same garment, or a near one
    -- unless that text names the asked garment too ("a blue shirt over a white t-shirt" is two garments)
    SELECT ans.sku, ans.question_id AS asked, own.question_id, own.color
    FROM color_answers ans JOIN bindings own ON own.sku = ans.sku
    JOIN garment_pair og ON og.garment = ans.garment AND og.other = own.garment AND og.compatible
    WHERE own.garment = ans.garment
       OR NOT EXISTS (SELECT 1 FROM mentions m WHERE (m.sku, m.question_id, m.garment) = (own.sku, own.question_id, ans.garment))
),
bare AS (  -- garments a text names with no color at all: an article, "and" or "wearing", modifiers, the garment ("a
    -- denim jacket", "and ripped jeans", "wearing denim shorts"), not "a black faux leather jacket" nor "a jacket in black"
    SELECT x.sku, x.question_id, g.garment
    FROM (SELECT sku, question_id, t, unnest(regexp_extract_all(t, '\b(?:a|an|the|his|her|their|and|with|in|wearing|wears)\s+(?:(?:' || $modifiers || ')[\s-]+){0,3}(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1)) AS word FROM texts) x
    JOIN garment_word g ON g.word = x.word
    WHERE x.word NOT IN (SELECT unnest(regexp_extract_all(y.t, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\s+in\s+(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b', 1))
                         FROM texts y WHERE (y.sku, y.question_id) = (x.sku, x.question_id))
),
title_bindings AS (  -- (sku, garment, color): each piece the catalog's title names and the colors it gives it,
    -- a piece to each part between "with", "&", "and", "+" or a comma, its last garment word ("Boys White Kurta with
    -- Pyjama & Navy Blue Printed Nehru Jacket": white to the kurta, navy to the jacket; "Pink & White Striped" is one)
    SELECT s.sku, g.garment, c.color
    FROM (SELECT sku, seg, list_last(regexp_extract_all(seg, '\b(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1)) AS word,
                 unnest(regexp_extract_all(seg, '\b(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')) AS color_word
          -- (a list of colors is one part: "Navy Blue, White & Red Striped", "Red & White & Blue", "Pink & Light
          -- Green"; joined three times over, as a match cannot overlap the one before)
          FROM (SELECT sku, unnest(regexp_split_to_array(regexp_replace(regexp_replace(regexp_replace(t,
                           '\b((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))\s*(?:,\s*|\s(?:&|and)\s+)((?:(?:light|dark|pastel|dusty|deep|bright|pale|neon|soft)\s+)?(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b)', '\1 \2', 'g'),
                           '\b((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))\s*(?:,\s*|\s(?:&|and)\s+)((?:(?:light|dark|pastel|dusty|deep|bright|pale|neon|soft)\s+)?(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b)', '\1 \2', 'g'),
                           '\b((?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || '))\s*(?:,\s*|\s(?:&|and)\s+)((?:(?:light|dark|pastel|dusty|deep|bright|pale|neon|soft)\s+)?(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b)', '\1 \2', 'g'), '\s(?:with|&|and|\+)\s|,')) AS seg
                FROM (SELECT sku, regexp_replace(regexp_replace(lower(title), '-(?:toned|coloured|colored)\b', '', 'g'),
                                                 '\b(py|pa)jama\b', '\1jamas', 'g') AS t
                      FROM (SELECT * FROM items UNION ALL BY NAME SELECT NULL::VARCHAR AS title WHERE false)
                      WHERE status = 'ok' AND title IS NOT NULL))) s
    JOIN garment_word g ON g.word = s.word
    JOIN color_word c ON c.word = s.color_word
),
by_texts AS (
    SELECT ans.sku, ans.question_id,
           'answered ' || ans.answer_en || '; the ' || CASE WHEN b.question_id = 'caption' THEN 'caption' ELSE replace(b.question_id, '_', ' ') || ' answer' END || ' gives ' || string_agg(DISTINCT b.color, ' and ' ORDER BY b.color)
               || ' to the ' || b.garment || ', not to the asked ' || ans.garment AS detail
    FROM color_answers ans
    JOIN bindings b ON b.sku = ans.sku AND list_contains(ans.colors, b.color)
    JOIN garment_pair g ON g.garment = ans.garment AND g.other = b.garment
    -- another garment: neither the asked one nor near it, or near it in a text that names the asked one too
    WHERE (NOT g.compatible OR (b.garment <> ans.garment AND EXISTS (
              SELECT 1 FROM mentions m WHERE (m.sku, m.question_id, m.garment) = (b.sku, b.question_id, ans.garment))))
      -- the same text binds the asked garment, and only to other colors than the answer
      AND ((EXISTS (SELECT 1 FROM asked_bindings o WHERE (o.sku, o.asked, o.question_id) = (ans.sku, ans.question_id, b.question_id))
            AND NOT EXISTS (SELECT 1 FROM asked_bindings o WHERE (o.sku, o.asked, o.question_id) = (ans.sku, ans.question_id, b.question_id)
                            AND list_contains(ans.colors, o.color)))
           -- or one color for every garment (../shared/CONTEXT.md), and no text gives it to the asked garment:
           OR (NOT EXISTS (SELECT 1 FROM asked_bindings o WHERE (o.sku, o.asked) = (ans.sku, ans.question_id) AND list_contains(ans.colors, o.color))
               AND len(ans.colors) = 1  -- one plain color: "white with blue stripes" shares its stripes with nothing
               AND ans.sku NOT IN (SELECT sku FROM sold_as_set)
               -- jeans are blue unless a text says otherwise ("a blue t-shirt and jeans")
               AND NOT (ans.garment = 'jeans' AND list_has_any(ans.colors, ['blue', 'navy']))
               -- and so is a kurta with its trousers (palazzos, churidar, salwar: made, sold and worn as a set)
               AND NOT ('kurta' IN (ans.garment, b.garment) AND 'trousers' IN (ans.garment, b.garment))
               -- (the seller's kurta is what a text calls a dress or a shirt: "a black floral dress" over black churidar)
               AND NOT (ans.garment = 'trousers' AND b.garment IN ('dress', 'shirt')
                        AND EXISTS (SELECT 1 FROM product pr WHERE pr.sku = ans.sku AND 'kurta' IN (pr.mapped, pr.garment)))
               -- nor when the product's own pixels are mostly that color: an all-black outfit is black everywhere
               AND NOT EXISTS (SELECT 1 FROM pixel_shares px LEFT JOIN product pr ON pr.sku = px.sku
                               WHERE px.sku = ans.sku AND px.color = ans.colors[1] AND px.share >= $pixel_share
                                 AND (NOT ans.named OR ans.garment IN (pr.mapped, pr.garment)))
               -- the other garment's own color answer is this color too ("a black t-shirt and ripped jeans"; shirt
               -- black, jeans black)
               AND (EXISTS (SELECT 1 FROM color_answers other JOIN garment_pair og ON og.garment = other.garment AND og.other = b.garment AND og.compatible
                            WHERE other.sku = ans.sku AND other.question_id <> ans.question_id
                              AND len(other.colors) = 1 AND other.colors[1] = ans.colors[1]
                              -- but a suit, a set or a matching piece is one color on purpose ("a navy blue suit")
                              AND NOT EXISTS (SELECT 1 FROM texts x WHERE x.sku = ans.sku
                                              AND regexp_matches(x.t, '\b(?:matching|same[\s-]colou?r(?:ed)?|co-?ord(?:inated)?|(?:track|pant)?-?suits?|sets?|(?:two|three)[\s-]piece)\b')))
                    -- or the text names the asked garment with no color ("a denim jacket and black pants"; jacket
                    -- black), and not as the other's match ("a red saree with a matching blouse", "a navy suit")
                    OR (EXISTS (SELECT 1 FROM bare m JOIN garment_pair mg ON mg.garment = ans.garment AND mg.other = m.garment AND mg.compatible
                                WHERE (m.sku, m.question_id) = (ans.sku, b.question_id))
                        -- a dress's skirt or top is the dress's; a jacket over a dress is a garment of its own
                        AND NOT (EXISTS (SELECT 1 FROM garment_word w WHERE w.garment = b.garment AND w.region = 'full')
                                 AND EXISTS (SELECT 1 FROM garment_word w WHERE w.garment = ans.garment AND w.region IN ('top', 'bottom')))
                        -- the seller's own color of the product stands
                        AND NOT EXISTS (SELECT 1 FROM product p JOIN color_pair c ON c.color = p.color AND c.compatible
                                        JOIN garment_pair pg ON pg.garment = p.garment AND pg.other = ans.garment AND pg.compatible
                                        WHERE p.sku = ans.sku AND list_contains(ans.colors, c.other))
                        AND NOT EXISTS (SELECT 1 FROM texts x WHERE (x.sku, x.question_id) = (ans.sku, b.question_id)
                                        AND regexp_matches(x.t, '\b(?:matching|same[\s-]colou?r(?:ed)?|co-?ord(?:inated)?|(?:track|pant)?-?suits?|sets?|(?:two|three)[\s-]piece)\b'))
                        AND NOT EXISTS (SELECT 1 FROM asked_bindings o WHERE (o.sku, o.asked, o.question_id) = (ans.sku, ans.question_id, b.question_id))))))
      -- the caption decides: when it gives the asked garment the answered color, a wearing answer that gives that color
      -- to another garment is the odd text (open_answers_contradict flags it), not this answer
      AND NOT (b.question_id <> 'caption' AND EXISTS (
          SELECT 1 FROM asked_bindings cap WHERE (cap.sku, cap.asked, cap.question_id) = (ans.sku, ans.question_id, 'caption')
          AND list_contains(ans.colors, cap.color)))
    GROUP BY ans.sku, ans.question_id, ans.answer_en, ans.garment, b.question_id, b.garment
),
by_title AS (  -- the title gives the asked garment other colors and the answered one to another piece sold
    -- with it: "What is the color of the jacket?" "White" for a "Boys White Kurta with Churidar & Mustard Nehru Jacket"
    -- (sixty-third session: 17 more found in 1,306 sets, none right; a piece the title gives no color is not judged)
    SELECT ans.sku, ans.question_id,
           'answered ' || ans.answer_en || '; the title gives ' || string_agg(DISTINCT tb.color, ' and ' ORDER BY tb.color)
               || ' to the ' || tb.garment || ', not to the asked ' || ans.garment AS detail
    FROM color_answers ans
    JOIN title_bindings tb ON tb.sku = ans.sku AND list_contains(ans.colors, tb.color)
    JOIN garment_pair g ON g.garment = ans.garment AND g.other = tb.garment AND NOT g.compatible
    WHERE ans.named
      AND EXISTS (SELECT 1 FROM title_bindings o JOIN garment_pair og ON og.garment = ans.garment AND og.other = o.garment
                  WHERE o.sku = ans.sku AND og.compatible)
      AND NOT EXISTS (SELECT 1 FROM title_bindings o JOIN garment_pair og ON og.garment = ans.garment AND og.other = o.garment
                      JOIN color_pair c ON c.color = o.color
                      WHERE o.sku = ans.sku AND og.compatible AND c.compatible AND list_contains(ans.colors, c.other))
    GROUP BY ans.sku, ans.question_id, ans.answer_en, ans.garment, tb.garment
),
by_seller AS (  -- the seller's color of the product given to another garment that no text gives it (nor a near color):
    -- "What is the color of the pants?" "Navy" for a navy polo t-shirt, the caption "polo shirt and pants"
    SELECT ans.sku, ans.question_id,
           'answered ' || ans.answer_en || '; the seller''s color of the ' || p.garment || ' is ' || p.said
               || ', and no text gives it to the asked ' || ans.garment AS detail
    FROM color_answers ans JOIN product p ON p.sku = ans.sku
    JOIN garment_pair g ON g.garment = ans.garment AND g.other = p.garment AND NOT g.compatible
    -- a top against a bottom, the question naming it: a dress's skirt is the dress, a jacket or a kurta is often
    -- worn over its own color, and a question naming no garment asks about the product itself
    JOIN (SELECT DISTINCT garment, region FROM garment_word) ar ON ar.garment = ans.garment
    JOIN (SELECT DISTINCT garment, region FROM garment_word) pr ON pr.garment = p.garment
    WHERE ans.named AND ar.region IN ('top', 'bottom') AND pr.region IN ('top', 'bottom') AND ar.region <> pr.region
      AND len(ans.colors) = 1 AND ans.colors[1] = p.color
      AND ans.sku NOT IN (SELECT sku FROM sold_as_set)
      AND NOT EXISTS (SELECT 1 FROM asked_bindings o JOIN color_pair c ON c.color = o.color AND c.other = p.color AND c.compatible
                      WHERE (o.sku, o.asked) = (ans.sku, ans.question_id))
      -- a suit, a tracksuit, a set or a matching piece is one color on purpose
      AND NOT EXISTS (SELECT 1 FROM texts x WHERE x.sku = ans.sku
                      AND regexp_matches(x.t, '\b(?:matching|same[\s-]colou?r(?:ed)?|co-?ord(?:inated)?|(?:track|pant)?-?suits?|sets?|(?:two|three)[\s-]piece)\b'))
),
names_another AS (  -- a describe or details answer about one garment that names only another, of another part of
    -- the outfit: "Describe the jeans." "an olive green jacket"; "What are the t-shirt details?" "black shorts": the
    -- answer describes what is worn with the product (sixtieth session, 1,118 sets: 41 more found, none right). Not
    -- a dress's part, nor what the answer puts it with ("the shirt is tucked into the skirt")
    SELECT a.sku, a.question_id,
           'asked about the ' || qg.word || ', answered with ' || ag.word || ' only: ' || a.answer_en AS detail
    FROM (SELECT *, regexp_replace(trim(lower(answer_en)), '[.!\s]+$', '') AS t FROM asked_all WHERE kind = 'open') a
    JOIN garment_word qg
      ON qg.word = regexp_extract(a.q, '^(?:describe|what are) the (' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b', 1)
    JOIN garment_word ag
      ON ag.word = regexp_extract(a.t, '^(?:(?:it|this|that|the\s+[a-z-]+)\s+(?:is|are)\s+)?(?:an?\s+|the\s+|some\s+|two\s+|a\s+pair\s+of\s+)?(?:[a-z-]+\s+){0,4}?(' || replace(regexp_replace($layers || ';' || $tops || ';' || $bottoms || ';' || $full_body, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?$', 1)
    JOIN garment_pair gp ON gp.garment = qg.garment AND gp.other = ag.garment AND NOT gp.compatible
    WHERE regexp_matches(a.q, '\b(?:describ\w*|details?)\b')
      AND qg.region <> ag.region AND 'full' NOT IN (qg.region, ag.region)
      -- (the asked garment's word in it: "black dungaree shorts" for the dungarees)
      AND NOT contains(a.t, regexp_replace(qg.word, '(?:e?s)$', ''))
      AND NOT regexp_matches(regexp_replace(a.t, '^(?:(?:it|this|that|the\s+[a-z-]+)\s+(?:is|are)\s+)', ''),
                             '\b(?:with|into|under|over|and|on|in|of|to|is|are|tucked|worn|has|have|for|from|like|as|inside|beneath|below|above|matching)\b')
)
SELECT DISTINCT ON (sku, question_id) sku, question_id, detail
FROM (SELECT * FROM by_texts UNION ALL SELECT * FROM by_title UNION ALL SELECT * FROM by_seller
      UNION ALL SELECT * FROM names_another) f
-- not an answer about the product that is the seller's very color as mapped: the seller knows its product (in the
-- corpus, 11 such answers to the color question were right against 1; fortieth session)
WHERE NOT EXISTS (SELECT 1 FROM color_answers a JOIN product p ON p.sku = a.sku
                  WHERE (a.sku, a.question_id) = (f.sku, f.question_id) AND p.color IS NOT NULL
                    AND list_contains(a.colors, p.color) AND (NOT a.named OR a.garment IN (p.mapped, p.garment)))
ORDER BY sku, question_id, detail
