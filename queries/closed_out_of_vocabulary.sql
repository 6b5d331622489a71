-- invariant: every closed answer is a value of the questionnaire's vocabulary
-- severity: blocking
-- threshold: 0.02
SELECT sku, question_id, 'not in the vocabulary: ' || left(raw_en, 80) AS detail
FROM answers
WHERE kind = 'closed' AND status = 'out_of_vocabulary'
