-- invariant: answers and captions end on their own, not cut at the max_new_tokens limit
-- severity: warning
-- threshold: 0.05
-- A text that reached the limit (hit_limit) and still ends a sentence ("... The trousers are with cotton fabric and
-- pure color patterns.") reads complete: the caption adapter's template runs sentence after sentence, and blind
-- writers call such a text right 13 times against 2. One that stops elsewhere was cut; cut_mid_phrase judges the
-- words themselves, whatever hit_limit says. An ellipsis, or a last word that is one letter, a number or an
-- abbreviation ("its...", "says Mr.", "the buttons are 1."), ends no sentence.
-- A text that decodes to far fewer pieces than the tokens counted ("pink" of 30 tokens: fewer words, numbers and
-- other characters than half of them, and fewer bytes than tokens, which a run of digits or a word repeated without a
-- space is not) ended before the limit: the rest decoded to nothing, special tokens such as
-- the padding an adapter learns to emit when its training loss covered the padding (../CONTEXT.md's first failure).
-- enrich stops at the padding token since 2026-12-05 (enrich/model/loading.py); outputs written before hold such rows.
SELECT sku, question_id, 'cut at ' || num_tokens || ' tokens: ' || left(answer_en, 60) AS detail
FROM answers WHERE hit_limit AND NOT (len(regexp_extract_all(lower(coalesce(raw_en, answer_en, '')), '[a-z]+|[0-9]+|[^a-z0-9\s]')) * 2 < coalesce(num_tokens, 0)
                        AND strlen(coalesce(raw_en, answer_en, '')) < coalesce(num_tokens, 0))
                   AND NOT (regexp_matches(trim(coalesce(answer_en, '')), '[.!?]["'')]?$')
                                   AND NOT regexp_matches(lower(trim(coalesce(answer_en, ''))), '(?:\.\.|…)["'')]?$|(?:^|[^a-z0-9])(?:[a-z]|\d+|mr|mrs|ms|dr|st|no|vs|etc|approx)\.$'))
UNION ALL
SELECT sku, 'caption', 'cut at ' || caption_tokens || ' tokens: ' || left(caption_en, 60)
FROM items WHERE caption_hit_limit AND NOT (len(regexp_extract_all(lower(coalesce(caption_en, '')), '[a-z]+|[0-9]+|[^a-z0-9\s]')) * 2 < coalesce(caption_tokens, 0)
                        AND strlen(coalesce(caption_en, '')) < coalesce(caption_tokens, 0))
                       AND NOT (regexp_matches(trim(coalesce(caption_en, '')), '[.!?]["'')]?$')
                                       AND NOT regexp_matches(lower(trim(coalesce(caption_en, ''))), '(?:\.\.|…)["'')]?$|(?:^|[^a-z0-9])(?:[a-z]|\d+|mr|mrs|ms|dr|st|no|vs|etc|approx)\.$'))
