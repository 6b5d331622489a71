"""Closed answers by ranking: the likelihood of every phrasing of every value, given image + prompt.

Each (image, question) prompt runs once, after its image's prefix (slots.py). Its candidate phrasings then
run as one packed sequence after the prompt's KV cache, with a tree attention mask: each candidate token sees
the prompt and the earlier tokens of its own candidate, at the positions it would have after the prompt.
Nothing is copied per candidate. A candidate's score is the sum of its tokens' log-probabilities plus the
log-probability that the answer then ends (at any stop token), so "blue" cannot win on a prefix of "blue jeans"
(a model without stop tokens, see loading.RANDOM_WEIGHTS, is scored on the tokens alone). A value's score
aggregates its phrasings (logsumexp); the confidence is the softmax over values. Ranking is exact where greedy
decoding is myopic ("blue"/"black" share a first token).

The packed sequence, its mask and where each score is read depend on the question only, so they are built
once per question (`CandidatePlan`) and every image's row reuses them: the host does no work per image.
"""

from __future__ import annotations

import torch

from enrich.model.batching import map_halving_on_oom, plan_rows
from enrich.model.prompts import Prompts
from enrich.model.slots import SlotCache, SlotDecoder, additive, run_prompts
from enrich.records import Ranking, Task

CANDIDATE_ROWS = 256  # candidate sequences per pass on CPU; on CUDA free memory decides


def candidate_ids(tokenizer, form: str) -> list[int]:
    return tokenizer.encode(" " + form, add_special_tokens=False)  # the answer follows "Answer:" after a space


class Ranker:
    """The default engine's closed answers: each question's candidates ranked after its images' prefixes.

    It keeps one `CandidatePlan` per question's candidates, so the host builds each plan once per engine.
    """

    def __init__(self, slots: SlotDecoder, prompts: Prompts, stop_ids: list[int], kv_per_token: int):
        self.slots, self.prompts, self.kv_per_token = slots, prompts, kv_per_token
        self.stop_ids = list(stop_ids)
        self.vocabulary = slots.head.weight.shape[0]
        self.plans: dict[tuple, CandidatePlan] = {}

    def rank(self, prefix: SlotCache, tasks: list[Task]) -> list[list[Ranking]]:
        """rankings[i][k] answers tasks[k] for image i; each question's images run in chunks."""
        per_task = []
        for task in tasks:
            forms = [candidate_ids(self.prompts.tokenizer, f) for f in task.forms]
            plan = self.plan(forms)
            needs = self._bytes_per_prompt(prefix, task.prompt, plan)
            chunk = plan_rows(prefix.keys.device, needs, max(1, CANDIDATE_ROWS // len(forms)))
            scores = map_halving_on_oom(
                lambda images, task=task, plan=plan: self._score(prefix, images, task.prompt, plan),
                range(prefix.keys.shape[1]),
                chunk,
            )
            per_task.append(_rankings(task, forms, torch.stack(scores)))
        return [list(per_image) for per_image in zip(*per_task)]

    def plan(self, forms: list[list[int]]) -> CandidatePlan:
        key = tuple(map(tuple, forms))
        if key not in self.plans:
            self.plans[key] = CandidatePlan(forms)
        return self.plans[key]

    def _bytes_per_prompt(self, prefix: SlotCache, prompt: str, plan: CandidatePlan) -> int:
        """Keys and values over prefix, prompt and candidates, and the candidates' fp32 log-probabilities."""
        width = prefix.keys.shape[3] + len(self.prompts.ids(prompt)) + plan.width
        return self.kv_per_token * width * 2 + self.vocabulary * 4 * 2 * plan.width

    @torch.inference_mode()
    def _score(self, prefix: SlotCache, images: range, prompt: str, plan: CandidatePlan) -> list[torch.Tensor]:
        """Log-likelihood of every candidate for each image: the prompt once, then the packed candidates after it."""
        model = self.slots
        embeds, mask, image_of_row = self.prompts.rows([(i, self.prompts.ids(prompt)) for i in images])
        prompted = run_prompts(model, embeds, mask, plan.width, prefix, image_of_row)
        first = model.logits(prompted.last_hidden).float().log_softmax(-1)
        rows, on = len(images), plan.on(mask.device)
        sees_prompt = prompted.sees[:, None, : prompted.width].expand(-1, plan.width, -1)
        allowed = torch.cat([sees_prompt, on["tree"].expand(rows, -1, -1)], dim=2)
        positions = prompted.next_position[:, None] + on["offsets"]  # as if right after each prompt
        slots = prompted.width + torch.arange(plan.width, device=mask.device)
        hidden = model.forward(
            model.embed(on["tokens"].expand(rows, -1)),
            positions,
            additive(allowed, embeds.dtype)[:, None],
            prompted.cache,
            slots,
        )
        log_probs = model.logits(hidden).float().log_softmax(-1)  # (rows, packed, vocabulary)
        score = first[:, on["first_tokens"]]
        if self.stop_ids:  # a model without stop tokens (random weights, loading.py) cannot say an answer ended
            stops = torch.tensor(self.stop_ids, device=mask.device)
            score = score + log_probs[:, on["stop_at"]][:, :, stops].logsumexp(-1)
        if plan.inner:
            score = score.index_add(1, on["inner_owner"], log_probs[:, on["inner_at"], on["inner_tokens"]])
        return list(score.cpu())


class CandidatePlan:
    """One question's candidates packed into one sequence, and where each candidate's scores are read.

    Only candidates that are not a prefix of another run through the model: "navy blue" also yields every
    score "navy" needs. Candidate c's first token is scored from the prompt's logits, its token t from the
    packed position of token t-1 of the sequence carrying it, and its stop from its last token's position.
    """

    def __init__(self, candidates: list[list[int]]):
        distinct = set(map(tuple, candidates))
        carriers = [c for c in sorted(distinct) if not any(o != c and o[: len(c)] == c for o in distinct)]
        starts, tokens, offsets = {}, [], []
        for carrier in carriers:
            starts[carrier] = len(tokens)
            tokens += carrier
            offsets += range(len(carrier))
        self.width = len(tokens)
        tree = torch.zeros(self.width, self.width, dtype=torch.bool)
        for carrier in carriers:
            span = slice(starts[carrier], starts[carrier] + len(carrier))
            tree[span, span] = torch.ones(len(carrier), len(carrier), dtype=torch.bool).tril()
        self.inner: list[tuple[int, int, int]] = []  # (candidate, packed position, token)
        stop_at = []
        for n, c in enumerate(map(tuple, candidates)):
            start = starts[next(o for o in carriers if o[: len(c)] == c)]
            self.inner += [(n, start + t - 1, c[t]) for t in range(1, len(c))]
            stop_at.append(start + len(c) - 1)
        self.host = dict(
            tokens=torch.tensor(tokens)[None],
            offsets=torch.tensor(offsets)[None],
            tree=tree[None],
            first_tokens=torch.tensor([c[0] for c in candidates]),
            stop_at=torch.tensor(stop_at),
            inner_owner=torch.tensor([n for n, _, _ in self.inner], dtype=torch.long),
            inner_at=torch.tensor([at for _, at, _ in self.inner], dtype=torch.long),
            inner_tokens=torch.tensor([token for _, _, token in self.inner], dtype=torch.long),
        )
        self._devices: dict[torch.device, dict[str, torch.Tensor]] = {}

    def on(self, device: torch.device) -> dict[str, torch.Tensor]:
        if device not in self._devices:
            self._devices[device] = {name: value.to(device) for name, value in self.host.items()}
        return self._devices[device]


def _rankings(task: Task, forms: list[list[int]], form_scores: torch.Tensor) -> list[Ranking]:
    """Every image's answer to one question from its (images, forms) scores, in a few tensor operations.

    Per image and value in Python this was about 10,000 small operations a 256-image shard, with the GPU idle
    (a quarter of a second and more on an H200's host, docs/benchmarks.md). Equal values rank in the questionnaire's
    order, equal phrasings in theirs.
    """
    values = list(dict.fromkeys(task.values))
    member = torch.tensor([[v == value for v in task.values] for value in values])  # (values, forms)
    by_form = form_scores[:, None, :].masked_fill(~member, float("-inf"))  # (images, values, forms)
    probabilities = by_form.logsumexp(-1).softmax(-1)  # a value's phrasings add up: (images, values)
    order = probabilities.argsort(dim=-1, descending=True, stable=True)[:, :2]
    best_form = by_form[torch.arange(len(form_scores)), order[:, 0]].argmax(-1)  # the first of equals, as max()
    chosen = probabilities.gather(1, order).tolist()
    rankings = []
    for (best, *runner), confidences, form in zip(order.tolist(), chosen, best_form.tolist()):
        rankings.append(
            Ranking(
                value=values[best],
                form=task.forms[form],
                confidence=confidences[0],
                runner_up=values[runner[0]] if runner else None,
                runner_up_confidence=confidences[1] if runner else None,
                num_tokens=len(forms[form]),
            )
        )
    return rankings
