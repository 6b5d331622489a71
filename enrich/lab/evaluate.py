"""`enrich eval`: score a model (+ adapter) on a labelled catalog: accuracy per question, caption token F1.

Closed questions are answered exactly as `enrich run` answers them (ranking by the default engine), so the
figures are the ones a run would get. Caption F1 is the bag-of-words F1 between the generated caption and the
labelled `caption_en`, averaged over items.
"""

from __future__ import annotations

from collections import Counter

from enrich.lab.data import labelled
from enrich.questionnaire import tasks_of
from enrich.records import Generation, Ranking

CHUNK = 32


def evaluate(loaded, data: str, questionnaire, limit: int | None = None) -> dict:
    from enrich.model.vision_once import VisionOnceEngine

    rows, pixels = labelled(data, limit)
    tasks = tasks_of(questionnaire)
    engine = VisionOnceEngine(loaded)  # the run's default batch knobs
    outputs = [
        out for start in range(0, len(pixels), CHUNK) for out in engine.run(pixels[start : start + CHUNK], tasks)
    ]
    correct, counted, f1 = Counter(), Counter(), []
    for row, per_task in zip(rows, outputs):
        for task, output in zip(tasks, per_task):
            if task.key == "caption" and row.get("caption_en") and isinstance(output, Generation):
                f1.append(token_f1(output.text, row["caption_en"]))
            elif isinstance(output, Ranking) and row.get(task.key):
                counted[task.key] += 1
                correct[task.key] += output.value == row[task.key]
    return {
        "items": len(rows),
        "accuracy": {q: round(correct[q] / counted[q], 4) for q in sorted(counted)},
        "caption_f1": round(sum(f1) / len(f1), 4) if f1 else None,
    }


def token_f1(predicted: str, reference: str) -> float:
    guess, truth = Counter(predicted.lower().split()), Counter(reference.lower().split())
    overlap = sum((guess & truth).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(guess.values()), overlap / sum(truth.values())
    return 2 * precision * recall / (precision + recall)
