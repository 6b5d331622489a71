import math

import pytest
import torch
from PIL import Image

from enrich.config import default_questionnaire
from enrich.model.ranking import _rankings
from enrich.model.vision_once import VisionOnceEngine
from enrich.questionnaire import load_questionnaire, tasks_of
from enrich.records import Ranking, Task
from tests.model.oracles import score_by_full_forward
from tests.model.test_engine import images, model, without_stops  # noqa: F401  (fixture)

# The engine computes each image's prefix in another batch shape than the full forward, so fp32 sums round
# differently: up to 2.2e-4 relative on a confidence of the std-0.8 model on CPU (in float64 the largest
# log-likelihood difference is 2e-5 with or without the prefix); CUDA's fp32 kernels differ more (about 1e-3
# measured on an H100, 4.4e-3 on a runner-up's 0.6% on an H200). Values and runner-ups must match exactly either
# way; a wrong position or mask is off by far more.
TOLERANCE = 1e-3 if not torch.cuda.is_available() else 1e-2


@pytest.fixture(scope="module")
def closed_tasks():
    return [t for t in tasks_of(load_questionnaire(default_questionnaire())) if t.forms]


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_ranking_equals_scoring_each_candidate_with_a_full_forward(model, closed_tasks):  # noqa: F811
    assert_equals_the_full_forward(model, images(21, 2), closed_tasks)


def test_a_model_without_stop_tokens_ranks_by_its_candidates_tokens_alone(model, closed_tasks):  # noqa: F811
    assert_equals_the_full_forward(without_stops(model), images(25, 1), closed_tasks[:2])


def assert_equals_the_full_forward(model, pictures, closed_tasks):  # noqa: F811
    engine = VisionOnceEngine(model, image_batch=16, cpu_decode_rows=16)
    ranked = engine.run(pictures, closed_tasks)
    for picture, per_image in zip(pictures, ranked):
        for task, ranking in zip(closed_tasks, per_image):
            full = [score_by_full_forward(model, Image.fromarray(picture), task.prompt, f) for f in task.forms]
            by_value = {}
            for _form, value, score in zip(task.forms, task.values, full):
                by_value[value] = math.log(math.exp(by_value[value]) + math.exp(score)) if value in by_value else score
            order = sorted(by_value, key=by_value.get, reverse=True)
            total = sum(math.exp(s) for s in by_value.values())
            assert isinstance(ranking, Ranking)
            assert (ranking.value, ranking.runner_up) == (order[0], order[1])
            assert ranking.confidence == pytest.approx(math.exp(by_value[order[0]]) / total, rel=TOLERANCE)
            assert ranking.runner_up_confidence == pytest.approx(math.exp(by_value[order[1]]) / total, rel=TOLERANCE)
            assert (
                ranking.form
                == task.forms[max((k for k, v in enumerate(task.values) if v == order[0]), key=lambda k: full[k])]
            )


def test_rankings_do_not_depend_on_the_batch(model, closed_tasks):  # noqa: F811
    pictures = images(22, 5)
    together = VisionOnceEngine(model, image_batch=64, cpu_decode_rows=64).run(pictures, closed_tasks)
    alone = [VisionOnceEngine(model, image_batch=1, cpu_decode_rows=1).run([p], closed_tasks)[0] for p in pictures]
    for a, b in zip(together, alone):
        assert [r.value for r in a] == [r.value for r in b]
        assert [r.confidence for r in a] == pytest.approx([r.confidence for r in b], rel=TOLERANCE)


def test_a_single_value_question_is_certain(model):  # noqa: F811
    task = Task("yes", "Question: Is this a garment? Answer:", 5, ("yes", "yeah"), ("yes", "yes"))
    [[ranking]] = VisionOnceEngine(model, image_batch=4, cpu_decode_rows=4).run(images(3, 1), [task])
    assert (ranking.value, ranking.confidence, ranking.runner_up) == ("yes", 1.0, None)


def test_the_ranker_builds_each_questions_plan_once_and_reuses_it(model, closed_tasks):  # noqa: F811
    engine = VisionOnceEngine(model, image_batch=4, cpu_decode_rows=4)
    engine.run(images(23, 2), closed_tasks)
    plans = dict(engine.ranker.plans)
    assert len(plans) == len({tuple(t.forms) for t in closed_tasks})
    engine.run(images(24, 3), closed_tasks)
    assert engine.ranker.plans == plans and all(engine.ranker.plans[k] is plans[k] for k in plans)


def per_image(task: Task, forms: list[list[int]], scores: list[float]) -> tuple:
    """The slow, obvious definition: a value's score is the log-sum of its phrasings'; equal values rank in the
    questionnaire's order, equal phrasings in theirs."""
    values = list(dict.fromkeys(task.values))
    by_value = [math.log(sum(math.exp(s) for s, v in zip(scores, task.values) if v == value)) for value in values]
    total = sum(math.exp(s) for s in by_value)
    order = sorted(range(len(values)), key=lambda k: -by_value[k])  # stable: ties keep the questionnaire's order
    best = values[order[0]]
    form = max((k for k, v in enumerate(task.values) if v == best), key=lambda k: scores[k])  # the first of equals
    runner = values[order[1]] if len(order) > 1 else None
    return best, task.forms[form], len(forms[form]), runner, math.exp(by_value[order[0]]) / total


@pytest.mark.parametrize(
    "scores",
    [[-1.0, -2.0, -0.5, -3.0], [-1.0, -1.0, -1.0, -1.0], [-2.0, -2.0, -1.0, -0.3], [0.0, -50.0, -0.69, -40.0]],
    ids=["plain", "all equal", "a tie of values", "two phrasings make a value"],
)
def test_rankings_of_many_images_follow_the_per_image_definition(scores):
    task = Task("color", "Q", 5, forms=("red", "crimson", "blue", "navy"), values=("red", "red", "blue", "navy"))
    forms = [[1], [2, 3], [4], [5, 6, 7]]
    rankings = _rankings(task, forms, torch.tensor([scores, scores[::-1]]))
    for ranking, row in zip(rankings, (scores, scores[::-1])):
        value, form, tokens, runner, confidence = per_image(task, forms, row)
        assert (ranking.value, ranking.form, ranking.num_tokens, ranking.runner_up) == (value, form, tokens, runner)
        assert ranking.confidence == pytest.approx(confidence, rel=1e-6)


def test_a_single_value_with_two_phrasings_is_certain_and_has_no_runner_up():
    task = Task("kind", "Q", 5, forms=("tee", "t-shirt"), values=("t-shirt", "t-shirt"))
    [ranking] = _rankings(task, [[1], [2, 3]], torch.tensor([[-3.0, -1.0]]))
    assert (ranking.value, ranking.form, ranking.confidence, ranking.runner_up) == ("t-shirt", "t-shirt", 1.0, None)
