-- invariant: generated text does not loop: no caption or answer (nor its translation) is mostly one repeated word or phrase, repeats a phrase three times running (one of four words or more, twice) or a sentence, says a long phrase twice and runs to the token limit, ends by starting over, or is a run of one character
-- severity: blocking
-- threshold: 0.02
-- param: min_words = 3
-- param: max_distinct_share = 0.5
-- param: long_phrase = 8
-- param: restart = 6
-- param: restart_said = 4
-- param: restart_stopped = 3
-- param: twice_running = 4
-- param: twice_longest = 40
-- param: things = hat: baseball caps?|caps?|bucket hats?|hats?|beanies?|berets?; shoe: sneakers?|trainers?|shoes?|boots?|sandals?|loafers?|slippers?|heels?; sock: socks?; scarf: scarf|scarves|hijabs?|stoles?|shawls?|dupattas?; glove: gloves?|mittens?; belt: belts?; bag: backpacks?|handbags?|bags?|purses?|totes?|clutch|clutches; tie: bow ties?|neckties?|ties?; vest: vests?|gilets?|waistcoats?; bodysuit: bodysuits?|onesies?; sarong: sarongs?|pareos?; kaftan: kaftans?|caftans?; robe: robes?|bathrobes?; watch: watch|watches|wristwatch|wristwatches; glasses: sunglasses|eyeglasses|spectacles; wallet: wallets?
-- param: tops = t-shirt: t-shirt|t shirt|tshirt|tee shirt|soccer jersey|football jersey|baseball jersey|cricket jersey|rugby jersey|hockey jersey|tee|polo shirt|polo|henley; tank top: basketball jersey|tank top|tank|camisole|cami|vest top|sleeveless top|singlet|sports bra|bralette; shirt: button-down shirt|button-up shirt|button down shirt|button up shirt|dress shirt|crop top|shirt|blouse|choli|top; sweater: hooded sweatshirt|sweatshirt|sweater|jumper|pullover|hoodie|turtleneck
-- param: bottoms = skirt: lehenga choli|mini skirt|maxi skirt|miniskirt|lehenga|skirt; jeans: denim jeans|jeans|denims|jeggings; trousers: track pants|cargo pants|trackpants|sweatpants|sweat pants|trousers|pants|slacks|chinos|joggers|jogger|leggings|palazzos|palazzo|pyjamas|pajamas|churidar|salwar|capris; shorts: swim shorts|swim trunks|board shorts|short pants|bermuda shorts|bermudas|shorts
-- param: full_body = dress: maxi dress|sundress|nightgown|nightdress|nightie|nighty|dress|gown|frock; jumpsuit: jumpsuit|romper|playsuit|boiler suit; swimwear: one-piece swimsuit|one piece swimsuit|swimsuit|bathing suit|swimming costume|swimwear|monokini|tankini|bikini
-- param: layers = jacket: outer clothing|bomber jacket|denim jacket|track jacket|jacket|coat|blazer|parka|windbreaker|overcoat|raincoat; cardigan: cardigan|shrug; kurta: kurta set|kurta pyjama|kurta pajama|anarkali kurta|salwar kameez|salwar-kameez|salwar suit|kurta|kurti|kameez|tunic; saree: saree|sari; overalls: overalls|dungarees
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
                       lambda x: len(string_split(x, ' ')) >= 4) AS sentences,
           -- the words after its last full stop: where a text cut at the limit stopped
           array_to_string(list_filter(regexp_split_to_array(regexp_extract(lower(coalesce(text, '')), '[.!?]([^.!?]*)$', 1), '[^\p{L}\p{N}]+'),
                                       lambda w: w <> ''), ' ') AS last_fragment
    FROM texts
), runs AS (
    -- each run of $twice_running words, hashed, by position: only where a phrase can come twice (a phrase said
    -- again repeats its words: $twice_running of them at least), and not in a text already mostly one word, whose
    -- runs all repeat
    SELECT *, list_transform(string_split(replace(regexp_replace($tops || ';' || $bottoms || ';' || $full_body || ';' || $layers || ';' || $things,
                                                                  '[^:;|]+:\s*', '', 'g'), ';', '|'), '|'),
                             lambda x: regexp_replace(trim(x), '(?:e?s\??)$', '')) AS garment_words,
              CASE WHEN len(w) >= 2 * $twice_running AND len(w) - len(list_distinct(w)) >= $twice_running
                        AND len(list_distinct(w)) > len(w) * $max_distinct_share
                   THEN list_transform(range(1, len(w) - $twice_running + 2),
                                       lambda i: hash(array_to_string(w[i:i + $twice_running - 1], ' ')))
                   ELSE [] END AS g
    FROM words
), twice_runs AS (
    -- a phrase of $twice_running to $twice_longest words said twice running, or with one word between that is no
    -- garment's or thing's (in English: a translation's garments are not in the list). Only where a run comes twice
    -- at all; for each run, the distances at which it comes again, and for those alone every fifth run of the phrase
    -- and its last compared (integers: a slice per position and length took 270 s on 20,000 items with long texts,
    -- and every distance compared at every run 240 s on 60,000 items of template captions)
    SELECT *, CASE WHEN len(list_distinct(g)) < len(g) THEN
                  len(list_filter(range(1, len(g) + 1), lambda i: len(list_filter(
                      list_filter(range($twice_running, $twice_longest + 2), lambda d: i + d <= len(g) AND g[i] = g[i + d]),
                      lambda d: (i + 2 * d - $twice_running <= len(g)
                                 AND len(list_filter(list_append(range(0, d - $twice_running + 1, $twice_running), d - $twice_running),
                                                     lambda k: g[i + k] IS DISTINCT FROM g[i + d + k])) = 0)
                                OR (d > $twice_running AND lang = '' AND i + 2 * d - $twice_running - 1 <= len(g)
                                    AND len(list_filter(list_append(range(0, d - $twice_running, $twice_running), d - $twice_running - 1),
                                                        lambda k: g[i + k] IS DISTINCT FROM g[i + d + k])) = 0
                                    AND NOT list_contains(garment_words, regexp_replace(w[i + d - 1], '(?:e?s)$', ''))))) > 0)) > 0
              ELSE false END AS twice
    FROM runs
)
SELECT DISTINCT ON (sku, question_id) sku, question_id, 'loops' || lang || ': ' || left(text, 80) AS detail
FROM twice_runs
WHERE (len(w) >= $min_words AND len(list_distinct(w)) <= len(w) * $max_distinct_share)
   -- a phrase of one to four words three times running: "black black black", "with a t-shirt with a t-shirt with a t-shirt"
   -- (each word equals the one n words on, 2n times in a row: compared word by word, not phrase by phrase, since a
   -- slice of every phrase at every word was half the audit's time, 10.0 s of it on 20,000 template items, now 0.5 s)
   OR len(list_filter(range(1, 5), lambda n: len(w) >= 3 * n AND contains(array_to_string(list_transform(range(1, len(w) - n + 1),
          lambda j: CASE WHEN w[j] = w[j + n] THEN '1' ELSE '0' END), ''), repeat('1', 2 * n)))) > 0
   -- a phrase said twice running, at the limit or not (twice_runs): "a blue stripe at the bottom and a blue stripe at
   -- the bottom", "the pants are made of wool and the pants are made of wool", "The neckline of the shirt is lapel. The
   -- neckline of the shirt is" (a sentence may repeat a short phrase: "with pure color patterns" is four words; a
   -- garment's word between names two garments: "The shirt has long sleeves, ... The jacket has long sleeves, ...")
   OR twice
   -- a whole sentence said twice, anywhere ("The skirt is with chiffon fabric. It has a round neckline. The skirt is
   -- with chiffon fabric."): in the corpus 1,233 such texts are loops and leaks of a loop, none correct
   -- (one opening on a pronoun only said twice running: "It has long sleeves." may be said of two garments, with
   -- another sentence between; "It has a lapel. It has a lapel." loops)
   OR len(list_filter(sentences, lambda x: NOT regexp_matches(x, '^(?:it|its|they|their|he|she|his|her|this|that|these|those)\s')))
      > len(list_distinct(list_filter(sentences, lambda x: NOT regexp_matches(x, '^(?:it|its|they|their|he|she|his|her|this|that|these|those)\s'))))
   OR len(list_filter(range(1, len(sentences)), lambda j: sentences[j] = sentences[j + 1])) > 0
   -- or a sentence said again as the end of a later one ("chiffon fabric and floral patterns. The skirt is with chiffon
   -- fabric and floral patterns", "it has a hooded collar. The sweater is with cotton fabric and it has a hooded
   -- collar"): fifty-third session, 8 more loops found in 623 sets, no correct text says so
   OR len(list_filter(range(1, len(sentences)), lambda j: len(list_filter(sentences[j + 1:],
          lambda x: x <> sentences[j] AND ends_with(x, ' ' || sentences[j]))) > 0)) > 0
   OR (at_limit AND len(w) >= 2 * n AND len(list_distinct(list_transform(range(1, len(w) - n + 2),
          lambda i: array_to_string(w[i:i + n - 1], ' ')))) < len(w) - n + 1)
   -- at the limit, the text starts over and is cut while it repeats itself: from some word to the end it is its own
   -- opening, at least $restart words of it, the last one maybe cut mid-word ("The upper clothing has no sleeves,
   -- knitting fabric ... The upper clothing has no sleeves, knit"); two sentences that open alike ("The lady is
   -- wearing a long-sleeve shirt ... The lady is wearing a long skirt.") go on differently
   OR (at_limit AND len(w) >= 2 * r AND len(list_filter(range(2, len(w) - r + 2),
          lambda i: w[i:len(w) - 1] = w[1:len(w) - i] AND starts_with(w[len(w) - i + 1], w[len(w)]))) > 0)
   -- stopped or not, the text ends by starting over: from some word to the end it is its own opening, $restart_stopped
   -- words of three letters or more at least ("It has a lapel neckline. The shirt is with cotton fabric. It has a lapel
   -- neckline", "The jacket is with cotton fabric. ... The jacket is with cotton"; not "a t-shirt that is a t-shirt"),
   -- five where it opens on who wears it, as the template's second garment does ("... The lady wears a", cut at the
   -- limit): sixty-fifth session, in 1,488 sets 69 more loops found, no correct text ends so. Only where the
   -- opening's first words come again (the slices compared are those few)
   OR (len(w) >= 2 * $restart_stopped + 1
       AND len(list_filter(list_filter(range(2, len(w) - $restart_stopped + 2), lambda i: w[i] = w[1] AND w[i + 1] = w[2]),
                           lambda i: w[i:len(w)] = w[1:len(w) - i + 1]
                                     AND len(list_filter(w[i:len(w)], lambda x: length(x) >= 3)) >= $restart_stopped
                                     AND (len(w) - i + 1 >= $restart_said + 1 OR NOT regexp_matches(array_to_string(w[1:3], ' '),
                                          '^(?:the|this|a|her|his) (?:lady|gentleman|person|man|woman|girl|boy|female|male|model|child|kid)\b')))) > 0)
   -- or it starts again a sentence it said before, $restart words of it at least ("It has long sleeves, cotton fabric
   -- and pure color patterns. It has long sleeves, cotton fabric and"); the caption template's second garment ("The
   -- lady wears a long skirt" after "The lady wears a long-sleeve shirt") opens as the first for five words at most.
   -- A sentence that opens on no one wearing ("The dress is with", "The lower clothing is") is started again by a
   -- loop from $restart_said words: in 404 sets, of the texts at the limit that end so in four or five words, 508 are
   -- labelled loops, 28 cut; those opening "The lady wears a" are most often the second garment, cut (371 cut, 79
   -- loops)
   OR (at_limit AND len(string_split(last_fragment, ' ')) >= CASE WHEN regexp_matches(last_fragment,
           '^(?:the|this|a|her|his) (?:lady|gentleman|person|man|woman|girl|boy|female|male|model|child|kid)\b') THEN r ELSE $restart_said END
       AND len(list_filter(sentences[1:len(sentences) - 1], lambda x: starts_with(x, last_fragment))) > 0)
   OR len(list_filter(w, lambda x: length(x) >= 6 AND len(list_distinct(string_split(x, ''))) <= 2)) > 0
   -- a short answer of one sentence whose last words, after "and" or "with", say again a phrase of one to three words
   -- it said before: "a red jacket and black pants and black pants", "a collar and buttons and a collar", "denim and
   -- denim", "a black dress with a black dress"
   -- (blind writers, 371 sets: 18 texts more flagged, 4 loops, 13 cut and one restated; no correct text says so)
   OR (len(w) <= 16 AND NOT regexp_matches(rtrim(coalesce(text, ''), ' .!?'), '[.!?]')
       AND len(list_filter(range(1, 4), lambda k: len(w) >= 2 * k + 1 AND w[len(w) - k] IN ('and', 'with')
              AND (k > 1 OR (length(w[len(w)]) >= 4 AND w[len(w)] NOT IN ('with', 'that', 'this', 'they', 'them', 'there', 'their')))
              AND len(list_filter(range(1, len(w) - 2 * k + 1), lambda i: w[i:i + k - 1] = w[len(w) - k + 1:len(w)])) > 0)) > 0)
ORDER BY sku, question_id, detail
