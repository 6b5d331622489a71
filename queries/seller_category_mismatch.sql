-- invariant: the seller's category, mapped to a garment type of the questionnaire, is the garment_type answer
-- severity: warning
-- threshold: 0.1
-- requires: items.seller_garment_type
-- requires: items.seller_garment_type_raw
-- The seller mapping gives seller_garment_type (the questionnaire's value, NULL when unmapped) and
-- seller_garment_type_raw (the seller's text): "Tshirts" is t-shirt, never "shirt" found inside it. Unmapped seller
-- values are listed by seller_unmapped, not here.
-- param: holds = swimwear>shorts, sweater>cardigan, cardigan>sweater, jeans>trousers
SELECT a.sku, a.question_id,
       'seller says ' || i.seller_garment_type_raw || ' (' || i.seller_garment_type || '), model says ' || a.answer_en
           AS detail
FROM answers a JOIN items i USING (sku)
WHERE a.question_id = 'garment_type' AND a.status = 'ok' AND i.seller_garment_type IS NOT NULL
  AND lower(trim(a.answer_en)) <> lower(trim(i.seller_garment_type))
  -- a category that holds another value's garments: a seller's Swimwear holds men's swim shorts, Sweaters its
  -- cardigans and Cardigans are sweaters to a model, Jeans are trousers ("pants"; trousers answered jeans are not)
  -- (Dresses do not hold rompers: retailers file them apart, and a dress answered "romper" is a mismatch)
  AND NOT list_contains(list_transform(string_split($holds, ','), lambda h: trim(h)),
                        lower(trim(i.seller_garment_type)) || '>' || lower(trim(a.answer_en)))
