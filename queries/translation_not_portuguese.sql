-- invariant: the pt-BR of every caption and open answer reads as Portuguese, not as English left untranslated or as another language
-- severity: warning
-- threshold: 0.01
-- param: min_words = 2
-- A translator that writes another language fills every `_pt` column with it and no other audit notices: a one-pair
-- model with no language token (opus-mt-en-es passed as the translator), a multilingual one told the wrong target, or
-- one that copies English it cannot read. Closed answers are left out: their pt-BR is the questionnaire's.
-- A text is judged by its function words, which a language does not share with Portuguese and a translation keeps
-- whatever the garment: "the", "with", "is" (English); "el", "con", "y" (Spanish); "avec", "et", "est" (French);
-- "il", "della", "è" (Italian). It is flagged when $min_words or more of one such language outnumber twice its
-- Portuguese ones ("com", "um", "uma", "está", "usando"...), so that a brand or a print's words in a Portuguese
-- sentence ("camiseta com estampa Born in the USA") are not, and neither are loanwords (jeans, cropped, look), which
-- are no function words. The demo translator's and the fixtures' Portuguese flag nothing.
WITH texts AS (
    SELECT sku, question_id, answer_pt AS text FROM answers WHERE kind = 'open' AND answer_pt IS NOT NULL
    UNION ALL
    SELECT sku, 'caption', caption_pt FROM items WHERE status = 'ok' AND caption_pt IS NOT NULL
), lexicon AS (  -- rank orders a tie in the name given: Spanish before French before Italian
    SELECT lang, rank, unnest(words) AS word
    FROM (VALUES
        ('Portuguese', 0, ['o', 'os', 'um', 'uma', 'uns', 'umas', 'com', 'do', 'dos', 'da', 'das', 'em', 'na', 'nas',
                           'nos', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'não', 'ela', 'ele', 'seu', 'sua', 'seus',
                           'suas', 'está', 'estão', 'são', 'é', 'tem', 'têm', 'usa', 'usando', 'veste', 'vestindo',
                           'também', 'muito']),
        ('English', 4, ['the', 'with', 'and', 'is', 'are', 'of', 'an', 'in', 'on', 'has', 'have', 'her', 'his', 'she',
                        'he', 'it', 'its', 'wearing', 'this', 'there', 'for', 'at']),
        ('Spanish', 3, ['el', 'los', 'las', 'la', 'un', 'con', 'y', 'es', 'del', 'al', 'en', 'su', 'sus', 'lleva',
                        'llevando', 'tiene', 'muy', 'mujer', 'hombre']),
        ('French', 2, ['le', 'les', 'la', 'un', 'une', 'avec', 'et', 'est', 'des', 'du', 'au', 'aux', 'elle', 'il',
                       'porte', 'sur', 'dans', 'femme', 'homme']),
        ('Italian', 1, ['il', 'lo', 'gli', 'la', 'un', 'con', 'è', 'della', 'delle', 'degli', 'di', 'indossa', 'donna',
                        'uomo'])
    ) AS languages(lang, rank, words)
), words AS (
    SELECT sku, question_id, text, unnest(regexp_split_to_array(lower(text), '[^\p{L}]+')) AS word
    FROM texts
), counted AS (
    SELECT sku, question_id, text, lang, any_value(rank) AS rank, count(*) AS hits
    FROM words JOIN lexicon USING (word)
    GROUP BY sku, question_id, text, lang
), judged AS (
    SELECT sku, question_id, text,
           coalesce(max(hits) FILTER (WHERE lang = 'Portuguese'), 0) AS portuguese,
           arg_max(lang, hits * 10 + rank) FILTER (WHERE lang <> 'Portuguese') AS other,
           max(hits) FILTER (WHERE lang <> 'Portuguese') AS other_hits
    FROM counted
    GROUP BY sku, question_id, text
)
SELECT DISTINCT ON (sku, question_id) sku, question_id,
       'pt-BR reads as ' || other || ': ' || left(text, 80) AS detail
FROM judged
WHERE other_hits >= $min_words AND other_hits > 2 * portuguese
ORDER BY sku, question_id, detail
