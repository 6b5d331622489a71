-- invariant: every answer answers its question: no yes or no to a question that is not a yes/no question, no single word where a phrase was asked, and a color question gets a color
-- severity: warning
-- threshold: 0.05
-- The color words (the same $colors as in the audits that bind colors to garments; tests/test_audit.py checks it).
-- param: colors = black: jet black|black|charcoal; white: off-white|off white|white|ivory|cream; grey: heather grey|heather gray|grey|gray|charcoal|silver; red: wine red|cherry red|red|burgundy|maroon|crimson|scarlet; blue: light blue|royal blue|sky blue|baby blue|blue|turquoise|teal|aqua|sea green|cobalt|indigo; navy: navy blue|dark blue|midnight blue|navy; green: olive green|khaki green|mint green|lime green|sea green|dark green|army green|bottle green|green|olive|mint|lime|emerald|turquoise|teal|aqua; yellow: yellow|mustard|lemon|golden|gold; orange: orange|rust|coral|tangerine; pink: light pink|hot pink|pink|magenta|fuchsia|rose|peach|salmon|blush; purple: purple|violet|lilac|lavender|mauve|plum; brown: chocolate brown|coffee brown|dark brown|light brown|brown|tan|camel; beige: off-white|off white|beige|cream|ivory|sand|khaki|nude|taupe
-- A phrase is asked by an open question that does not ask for one value (color, material, type, pattern...): "What
-- is the person wearing?", "Describe the shirt.", "What are the shirt details?". "jeans" or "yes" is no answer to
-- those; "the lady is wearing a shirt with pure color patterns" (the caption template) is no answer to a color question.
WITH asked AS (
    SELECT *, lower(coalesce(nullif(regexp_extract(prompt, 'Question:\s*(.*?)\s*Answer:', 1), ''), prompt, '')) AS q,
           lower(trim(regexp_replace(coalesce(raw_en, answer_en), '^[\s"''.,;:!?()]+|[\s"''.,;:!?()]+$', '', 'g'))) AS a
    FROM answers WHERE status <> 'empty' AND coalesce(trim(answer_en), '') <> ''
),
judged AS (
    SELECT sku, question_id, raw_en,
           CASE
               WHEN regexp_matches(a, '^(yes|no|yeah|yep|nope)$')
                    AND NOT regexp_matches(q, '^(is|are|does|do|did|can|could|has|have|was|were|will|would|should)\b')
                   THEN 'yes/no to an open question: '
               WHEN kind = 'open' AND regexp_matches(a, '^(none|nothing|unknown|n/?a|i don''t know|not sure)$')
                   THEN 'no answer: '
               WHEN kind = 'open' AND NOT regexp_matches(a, '\s')
                    AND NOT regexp_matches(q, '\b(colou?rs?|material|fabric|made of|type|kind|pattern|print|brand|size|sleeves?|length|neckline|fit|style)\b')
                   THEN 'one word where a phrase was asked: '
               WHEN (question_id = 'color' OR regexp_matches(q, '\bcolou?rs?\b')) AND NOT regexp_matches(a, '\b(?:' || replace(regexp_replace($colors, '[^:;|]+:\s*', '', 'g'), ';', '|') || ')\b')
                    AND NOT regexp_matches(a, '\b(multi-?colou?r(ed)?|colou?rful|rainbow)\b')
                   THEN 'a color question answered without a color: '
           END AS reason
    FROM asked
)
SELECT sku, question_id, reason || left(raw_en, 80) AS detail FROM judged WHERE reason IS NOT NULL
