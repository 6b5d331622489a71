-- invariant: no generated text carries the prompt format ("Question:", "Answer:"): a leak means the model kept generating past its answer
-- severity: blocking
-- threshold: 0.02
-- "Pink-p-pink-pink? Answer: Cream". Every text is checked: captions, open answers, and closed answers as generated
-- (raw_en, which `--engine reference` keeps for an unmapped answer) and as stored. The short form counts too:
-- "Q: What are the trousers details? A: slim fit". So is the prompt's question repeated in the text.
WITH texts AS (
    SELECT sku, question_id, raw_en AS text FROM answers
    UNION ALL
    SELECT sku, question_id, answer_en FROM answers WHERE answer_en IS DISTINCT FROM raw_en
    UNION ALL
    SELECT sku, 'caption', caption_en FROM items WHERE status = 'ok'
),
questions AS (  -- the questionnaire's own questions and requests ("Describe the garment."), each read once: one
    -- echoed in any text is a leak; two words and ten characters at least, so that no short phrase matches by chance
    SELECT DISTINCT question, regexp_extract(question, '([a-z]+[?.!])$', 1) AS last_word
    FROM (SELECT lower(regexp_extract(prompt, 'Question:\s*(.+?[?.!])\s*Answer:', 1)) AS question
          FROM (SELECT DISTINCT prompt FROM answers WHERE prompt IS NOT NULL))
    WHERE regexp_matches(question, '^\S+\s+\S+') AND length(question) >= 10
),
echoed AS (  -- the texts that echo one: found through the question's last word and its mark ("garment?"), which the
    -- text has as a word too, so that each text is searched for the few questions ending so, not for every one (a
    -- questionnaire of one prompt per category has hundreds: 1,160 questions took 15 s over 75,000 corpus products);
    -- a question ending otherwise ("(in cm)?") is searched for in every text
    SELECT t.sku, t.question_id, t.text
    FROM (SELECT sku, question_id, text, unnest(list_distinct(regexp_extract_all(lower(text), '([a-z]+[?.!])', 1))) AS last_word
          FROM texts) t
    JOIN questions q ON q.last_word = t.last_word AND contains(lower(t.text), q.question)
    UNION
    SELECT t.sku, t.question_id, t.text FROM texts t JOIN questions q ON q.last_word = '' AND contains(lower(t.text), q.question)
)
SELECT DISTINCT ON (sku, question_id) sku, question_id, 'the prompt format leaked: ' || left(text, 80) AS detail
FROM texts
WHERE regexp_matches(text, '(?i)\b(question|answer)\s*:|\?\s*answer\b|(?:^|[\s.?!])q\s*:\s*\S.*?\sa\s*:')
   -- or the marker's word and nothing after it, as an extractive reader's span or the token limit cuts it ("a pink
   -- polo shirt and jeans Question"): capitalized, as the format writes it ("the garment in question" is a phrase;
   -- fifty-fourth session: 3 more found in 699 sets, no correct text ends so)
   OR regexp_matches(text, '\s(?:Question|Answer)\s*$')
   -- a question of the questionnaire echoed, its own before the answer ("What is the color of the garment? blue")
   -- or another's in a caption ("a woman in a red t-shirt how long are the sleeves? short")
   OR EXISTS (SELECT 1 FROM echoed e WHERE e.sku = texts.sku AND e.question_id IS NOT DISTINCT FROM texts.question_id
                 AND e.text = texts.text)
   -- the VQA data's questions, asked and answered inside the text without the markers (the caption adapter's "What
   -- cloth is the person wearing? sweatshirt/hoodie Is this a sweatshirt/hoodie? yes")
   OR regexp_matches(lower(text), '\b(?:what cloth is|is this an?|what is the colou?r of|what are the [a-z/ -]+ details|what is (?:she|he|the person) wearing|describe the)\b[^?.]{0,60}\?\s*[a-z0-9]')
ORDER BY sku, question_id, detail
