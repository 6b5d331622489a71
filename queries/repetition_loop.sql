-- invariant: generated text does not loop: no caption or answer (nor its translation) is mostly one repeated word or phrase, repeats a phrase three times running (one of five words or more, twice) or a sentence, says a long phrase twice and runs to the token limit, or is a run of one character
-- severity: blocking
-- threshold: 0.02
-- param: min_words = 3
-- param: max_distinct_share = 0.5
-- param: long_phrase = 8
-- param: restart = 6
-- param: twice_running = 5
-- param: twice_longest = 40
-- param: tops = t-shirt: t-shirt|t shirt|tshirt|tee shirt|soccer jersey|football jersey|baseball jersey|tee|polo shirt|polo|henley; tank top: basketball jersey|tank top|tank|camisole|cami|vest top|sleeveless top|singlet|sports bra|bralette; shirt: button-down shirt|button-up shirt|button down shirt|button up shirt|dress shirt|crop top|shirt|blouse|top; sweater: hooded sweatshirt|sweatshirt|sweater|jumper|pullover|hoodie|turtleneck
-- param: bottoms = skirt: lehenga choli|mini skirt|maxi skirt|miniskirt|lehenga|skirt; jeans: denim jeans|jeans|denims|jeggings; trousers: track pants|cargo pants|trackpants|sweatpants|sweat pants|trousers|pants|slacks|chinos|joggers|jogger|leggings|palazzos|palazzo|pyjamas|pajamas|churidar|salwar|capris; shorts: swim shorts|swim trunks|board shorts|short pants|bermuda shorts|bermudas|shorts
-- param: full_body = dress: maxi dress|sundress|nightgown|nightdress|nightie|nighty|dress|gown; jumpsuit: jumpsuit|romper|playsuit|boiler suit; swimwear: one-piece swimsuit|one piece swimsuit|swimsuit|bathing suit|swimming costume|swimwear|monokini|tankini|bikini
-- param: layers = jacket: outer clothing|bomber jacket|denim jacket|track jacket|jacket|coat|blazer|parka|windbreaker|overcoat|raincoat; cardigan: cardigan|shrug; kurta: salwar kameez|salwar-kameez|salwar suit|kurta|kurti|kameez|tunic; saree: saree|sari; overalls: overalls|dungarees
-- Every generated text: captions, open answers, and closed answers as generated (raw_en: `--engine reference` keeps
-- "Cream-black-black-black" as an out-of-vocabulary answer) and as stored.
-- A sentence said twice is a loop too when the text ran to the limit ("Her dress has short sleeves, with floral
-- patterns. The neckline of it is V-shape. Her dress has short sleeves, ..."): the model went round and was cut. A text
-- that ended by itself may say a short phrase twice ("with pure color patterns" in the caption adapter's template),
-- so only a phrase of $long_phrase words counts, and only at the limit.
-- A translation loops too (an MT model goes round as BLIP-2 does): the pt-BR of captions and open answers is read
-- with the rules that need no token limit, its words split at anything but a letter or digit of any script.
WITH texts AS (
    SELECT sku, question_id, raw_en AS text, coalesce(hit_limit, false) AS at_limit, '' AS lang FROM answers
    UNION ALL
    SELECT sku, question_id, answer_en, coalesce(hit_limit, false), '' FROM answers
    WHERE answer_en IS DISTINCT FROM raw_en
    UNION ALL
    SELECT sku, 'caption', caption_en, coalesce(caption_hit_limit, false), '' FROM items WHERE status = 'ok'
    UNION ALL
    SELECT sku, question_id, answer_pt, false, ' (pt-BR)' FROM answers WHERE kind = 'open' AND answer_pt IS NOT NULL
    UNION ALL
    SELECT sku, 'caption', caption_pt, false, ' (pt-BR)' FROM items WHERE status = 'ok' AND caption_pt IS NOT NULL
), words AS (
    SELECT sku, question_id, text, at_limit, lang, CAST($long_phrase AS INTEGER) AS n, CAST($restart AS INTEGER) AS r,
           list_filter(regexp_split_to_array(lower(coalesce(text, '')), '[^\p{L}\p{N}]+'), lambda w: w <> '') AS w,
           -- its sentences of four words or more, as words (the last one may be cut: the whole of one said before
           -- all the same, "... The jacket is with cotton fabric. ... The jacket is with cotton fabric")
           list_filter(list_transform(regexp_split_to_array(lower(coalesce(text, '')), '[.!?]+'),
                                      lambda x: array_to_string(list_filter(regexp_split_to_array(x, '[^\p{L}\p{N}]+'), lambda w: w <> ''), ' ')),
                       lambda x: len(string_split(x, ' ')) >= 4) AS sentences
    FROM texts
), runs AS (
    -- each run of $twice_running words, hashed, by position: only where a phrase can come twice (a phrase said
    -- again repeats its words: $twice_running of them at least), and not in a text already mostly one word, whose
    -- runs all repeat
    SELECT *, list_transform(string_split(replace(regexp_replace($tops || ';' || $bottoms || ';' || $full_body || ';' || $layers,
                                                                  '[^:;|]+:\s*', '', 'g'), ';', '|'), '|'), lambda x: trim(x)) AS garment_words,
              CASE WHEN len(w) >= 2 * $twice_running AND len(w) - len(list_distinct(w)) >= $twice_running
                        AND len(list_distinct(w)) > len(w) * $max_distinct_share
                   THEN list_transform(range(1, len(w) - $twice_running + 2),
                                       lambda i: hash(array_to_string(w[i:i + $twice_running - 1], ' ')))
                   ELSE [] END AS g
    FROM words
)
SELECT DISTINCT ON (sku, question_id) sku, question_id, 'loops' || lang || ': ' || left(text, 80) AS detail
FROM runs
WHERE (len(w) >= $min_words AND len(list_distinct(w)) <= len(w) * $max_distinct_share)
   -- a phrase of one to four words three times running: "black black black", "with a t-shirt with a t-shirt with a t-shirt"
   OR len(list_filter(range(1, len(w) + 1), lambda i: len(list_filter(range(1, 5), lambda n:
          i + 3 * n - 1 <= len(w) AND w[i:i + n - 1] = w[i + n:i + 2 * n - 1]
          AND w[i:i + n - 1] = w[i + 2 * n:i + 3 * n - 1])) > 0)) > 0
   -- a phrase of $twice_running to $twice_longest words said twice running, at the limit or not, or with one word
   -- between: "a blue stripe at the bottom and a blue stripe at the bottom", "the pants are made of wool and the pants
   -- are made of wool", "The neckline of the shirt is lapel. The neckline of the shirt is" (a sentence may repeat a
   -- short phrase: "with pure color patterns" is four words; a garment's word between names two garments: "The shirt
   -- has long sleeves, ... The jacket has long sleeves, ..."). Its first
   -- run again d words on, and its last run d words after it (up to ten words, every word compared; longer, the
   -- start and the end): integers compared, never a slice per position and length, which took 270 s on 20,000
   -- items with long texts
   OR len(list_filter(range(1, len(g) + 1), lambda i: len(list_filter(range($twice_running, $twice_longest + 2), lambda d:
          i + d <= len(g) AND g[i] = g[i + d]
          AND ((i + 2 * d - $twice_running <= len(g) AND g[i + d - $twice_running] = g[i + 2 * d - $twice_running])
               OR (d > $twice_running AND i + 2 * d - $twice_running - 1 <= len(g)
                   AND g[i + d - $twice_running - 1] = g[i + 2 * d - $twice_running - 1]
                   AND NOT list_contains(garment_words, w[i + d - 1]))))) > 0)) > 0
   -- a whole sentence said twice, anywhere ("The skirt is with chiffon fabric. It has a round neckline. The skirt is
   -- with chiffon fabric."): in the corpus 1,233 such texts are loops and leaks of a loop, none correct
   OR len(sentences) > len(list_distinct(sentences))
   OR (at_limit AND len(w) >= 2 * n AND len(list_distinct(list_transform(range(1, len(w) - n + 2),
          lambda i: array_to_string(w[i:i + n - 1], ' ')))) < len(w) - n + 1)
   -- at the limit, the text starts over and is cut while it repeats itself: from some word to the end it is its own
   -- opening, at least $restart words of it, the last one maybe cut mid-word ("The upper clothing has no sleeves,
   -- knitting fabric ... The upper clothing has no sleeves, knit"); two sentences that open alike ("The lady is
   -- wearing a long-sleeve shirt ... The lady is wearing a long skirt.") go on differently
   OR (at_limit AND len(w) >= 2 * r AND len(list_filter(range(2, len(w) - r + 2),
          lambda i: w[i:len(w) - 1] = w[1:len(w) - i] AND starts_with(w[len(w) - i + 1], w[len(w)]))) > 0)
   OR len(list_filter(w, lambda x: length(x) >= 6 AND len(list_distinct(string_split(x, ''))) <= 2)) > 0
