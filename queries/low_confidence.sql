-- invariant: a ranked closed answer is confident: its value has probability >= 0.5 among the vocabulary
-- severity: warning
-- threshold: 0.05
SELECT sku, question_id, 'confidence ' || round(confidence, 3) || ', runner-up ' || runner_up AS detail
FROM answers
WHERE kind = 'closed' AND confidence < 0.5
