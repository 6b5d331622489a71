-- invariant: a product that is no garment (a bag, a cap, gloves, boots, a scarf) is given no garment type and no sleeve length
-- severity: warning
-- threshold: 0.05
-- The questionnaire's garment types are all garments, so for a bag the VQA adapter answers the nearest In-shop class
-- ("shorts", "tank top", "jacket") and a sleeve length. The product is an accessory when the seller's category says
-- so as a whole ("Accessories", "Bags", "Footwear", "Trail Running Gloves"; every alternative of "Bags &
-- Accessories", so "Tights & Socks" is not), or, without a seller's garment, when the caption names an accessory and
-- neither a garment nor a person ("a brown leather purse on a bed"; a woman with a bag may wear the product). A
-- garment-type answer naming an accessory ("hat", "scarf") is right and left alone; so is "sleeveless", "none" or
-- "not applicable" to the sleeve question.
-- param: products = accessory|accessories|acessorio|acessorios|bag|handbag|purse|backpack|tote|clutch|wallet|shoe|sneaker|trainer|boot|sandal|heel|slipper|loafer|footwear|scarf|scarve|stole|cap|hat|beanie|headwear|glove|mitten|sock|belt|necktie|watch|sunglasses|jewelry|jewellery|necklace|earring|bracelet|bolsa|mochila|carteira|calcado|tenis|sandalia|bone|chapeu|gorro|cachecol|lenco|luva|meia|cinto|oculos|relogio
-- param: tops = t-shirt: t-shirt|t shirt|tshirt|tee shirt|tee|polo shirt|polo|henley; tank top: tank top|tank|camisole|cami|vest top|sleeveless top|singlet|sports bra|bralette; shirt: button-down shirt|button-up shirt|button down shirt|button up shirt|dress shirt|crop top|shirt|blouse|top; sweater: hooded sweatshirt|sweatshirt|sweater|jumper|pullover|hoodie|turtleneck
-- param: bottoms = skirt: mini skirt|maxi skirt|miniskirt|skirt; jeans: denim jeans|jeans|denims|jeggings; trousers: track pants|cargo pants|trackpants|sweatpants|trousers|pants|slacks|chinos|joggers|leggings|palazzos|palazzo|pyjamas|pajamas|churidar|salwar|capris; shorts: swim shorts|swim trunks|board shorts|short pants|bermuda shorts|bermudas|shorts
-- param: full_body = dress: maxi dress|sundress|dress|gown; jumpsuit: jumpsuit|romper|playsuit|boiler suit; swimwear: one-piece swimsuit|one piece swimsuit|swimsuit|bathing suit|swimming costume|swimwear|monokini|tankini|bikini
-- param: layers = jacket: outer clothing|bomber jacket|denim jacket|track jacket|jacket|coat|blazer|parka|windbreaker|overcoat|raincoat; cardigan: cardigan; kurta: salwar kameez|salwar-kameez|salwar suit|kurta|kurti|kameez|tunic; saree: saree|sari; overalls: overalls|dungarees
WITH seller AS (  -- the seller's category may be absent: then the caption alone says what the product is
    SELECT sku, status, caption_en, seller_garment_type, seller_garment_type_raw,
           strip_accents(lower(trim(seller_garment_type_raw))) AS raw
    FROM (SELECT * FROM items
          UNION ALL BY NAME SELECT NULL::VARCHAR AS seller_garment_type, NULL::VARCHAR AS seller_garment_type_raw
          WHERE false)
),
accessories AS (
    SELECT sku, coalesce('the seller says ' || seller_garment_type_raw, 'the caption says "' || caption_en || '"') AS why
    FROM seller
    WHERE status = 'ok' AND seller_garment_type IS NULL AND (
        -- every alternative ends in an accessory word: "Bags & Accessories", "Trail Running Gloves"
        (raw IS NOT NULL AND list_bool_and(list_transform(
            list_filter(regexp_split_to_array(raw, '\s*(?:&|/|,|\+|_|\band\b|\be\b)\s*'), lambda p: p <> ''),
            lambda p: regexp_matches(p, '\b(?:' || $products || ')(?:e?s)?$'))))
        OR (raw IS NULL
            AND regexp_matches(lower(caption_en), '\b(?:' || $products || ')(?:e?s)?\b')
            AND NOT regexp_matches(lower(caption_en), '\b(?:' || replace(regexp_replace($tops || ';' || $bottoms || ';' || $full_body || ';' || $layers, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b')
            AND NOT regexp_matches(lower(caption_en), '\b(?:wom[ae]n|m[ae]n|girls?|boys?|person|people|lady|ladies|gentleman|model|child|children|kids?|baby|he|she|his|her)\b')))
)
SELECT a.sku, a.question_id,
       CASE WHEN regexp_matches(lower(a.prompt), 'sleeve') THEN 'a sleeve length' ELSE 'a garment type' END
           || ' for an accessory (' || x.why || '): ' || a.answer_en AS detail
FROM answers a JOIN accessories x USING (sku)
WHERE a.answer_en IS NOT NULL AND (
    -- a garment type kept raw outside the vocabulary is still one ("vest" for a tote)
    (a.question_id = 'garment_type' AND a.status IN ('ok', 'out_of_vocabulary')
     AND regexp_matches(lower(a.answer_en), '\b(?:vest|gilet|' || replace(regexp_replace($tops || ';' || $bottoms || ';' || $full_body || ';' || $layers, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')(?:e?s)?\b')
     AND NOT regexp_matches(lower(a.answer_en), '\b(?:' || $products || ')(?:e?s)?\b'))
    OR (regexp_matches(lower(a.prompt), '\bsleeves?\b') AND a.kind = 'closed' AND a.status = 'ok'
        AND regexp_matches(lower(a.answer_en), '\b(?:long|short|half|full|three[- ]quarter|3/4|elbow|cap)\b')
        AND NOT regexp_matches(lower(a.answer_en), '\b(?:sleeveless|none|no sleeves?|not applicable|n/a)\b'))
)
