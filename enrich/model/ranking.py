"""Closed answers by ranking: the likelihood of every phrasing of every value, given image + prompt.

Each (image, question) prompt runs once. Its candidate phrasings then run as one packed sequence per prompt
after the prompt's KV cache, with a tree attention mask: each candidate token sees the prompt and the earlier
tokens of its own candidate, at the positions it would have after the prompt. Nothing is copied per candidate. A candidate's score is the sum of its
tokens' log-probabilities plus the log-probability that the answer then ends (at any stop token), so
"blue" cannot win on a prefix of "blue jeans". A value's score aggregates its phrasings (logsumexp); the
confidence is the softmax over values. Ranking is exact where greedy decoding is myopic ("blue"/"black"
share a first token).
"""

from __future__ import annotations

import torch
from PIL import Image

from enrich.model.batching import map_halving_on_oom, plan_rows
from enrich.records import Ranking, Task

CANDIDATE_ROWS = 256  # candidate sequences per pass on CPU; on CUDA free memory decides


def candidate_ids(tokenizer, form: str) -> list[int]:
    return tokenizer.encode(" " + form, add_special_tokens=False)  # the answer follows "Answer:" after a space


def rank_tasks(engine, features: torch.Tensor, tasks: list[Task]) -> list[list[Ranking]]:
    """rankings[i][k] answers tasks[k] for image i."""
    tokenizer = engine.loaded.tokenizer
    forms = [[candidate_ids(tokenizer, f) for f in task.forms] for task in tasks]
    rows = [(i, k) for i in range(features.shape[0]) for k in range(len(tasks))]
    packed = max(sum(len(c) for c in f) for f in forms)  # candidate tokens per prompt, at most
    width = max(len(engine.prompt_ids(t.prompt)) for t in tasks) + packed
    vocabulary = engine.lm.get_output_embeddings().weight.shape[0]
    bytes_per_prompt = engine.kv_per_token * width * 2 + vocabulary * 4 * 2 * packed + width * packed
    chunk = plan_rows(engine.loaded.device, bytes_per_prompt, max(1, CANDIDATE_ROWS // max(len(f) for f in forms)))
    scores = map_halving_on_oom(
        lambda batch: _score(engine, features, [(i, tasks[k].prompt, forms[k]) for i, k in batch]), rows, chunk
    )
    rankings = [_ranking(tasks[k], forms[k], s) for (i, k), s in zip(rows, scores)]
    return [rankings[i * len(tasks) : (i + 1) * len(tasks)] for i in range(features.shape[0])]


@torch.inference_mode()
def _score(engine, features: torch.Tensor, prompts: list[tuple[int, str, list[list[int]]]]) -> list[torch.Tensor]:
    """Log-likelihood of every candidate of every prompt, reusing each prompt's KV cache.

    Only candidates that are not a prefix of another candidate of the same prompt run through the model:
    "navy blue" also yields every score "navy" needs. The vocabulary projection runs on real positions only.
    """
    embeds, mask = engine.embed(features, [(i, engine.prompt_ids(text)) for i, text, _ in prompts])
    out = engine.lm(inputs_embeds=embeds, attention_mask=mask, use_cache=True, logits_to_keep=1)
    first = out.logits[:, -1].float().log_softmax(-1)
    plan = _SharedPrefixPlan(prompts)
    tokens, positions, tree, real, slots = _pack(plan, mask.sum(1).tolist(), engine.loaded.tokenizer.pad_token_id)
    device = mask.device
    sees_prompt = mask.bool()[:, None, :].expand(-1, tokens.shape[1], -1)
    attention = torch.cat([sees_prompt, tree.to(device)], dim=2)[:, None]  # (prompts, 1, packed, prompt + packed)
    hidden = engine.lm.base_model(input_ids=tokens.to(device), attention_mask=attention, cache=out.cache,
                                  position_ids=positions.to(device), use_cache=True).last_hidden_state  # fmt: skip
    log_probs = engine.lm.get_output_embeddings()(hidden[real.to(device)]).float().log_softmax(-1)
    row_of = (torch.cumsum(real.flatten().long(), 0).view(real.shape) - 1).tolist()  # (prompt, slot) -> row
    flat_position = [[row_of[p][start + t] for t in range(len(plan.sequences[n]))] for n, (p, start) in enumerate(slots)]
    scores = plan.scores(first, log_probs, flat_position, torch.tensor(engine.loaded.stop_token_ids))
    return list(torch.split(scores, [len(cs) for _, _, cs in prompts]))


def _pack(plan, prompt_lengths: list[int], pad_id: int):
    """Each prompt's candidate sequences side by side in one row, and the tree mask that keeps them apart.

    Returns tokens, position ids and the (prompt, packed, packed) mask; `real` marks candidate tokens, and
    slots[n] = (prompt, start) places sequence n. Padding slots attend to themselves only (no empty rows).
    """
    groups: list[list[int]] = [[] for _ in prompt_lengths]
    for n, owner in enumerate(plan.owners):
        groups[owner].append(n)
    width = max(sum(len(plan.sequences[n]) for n in group) for group in groups)
    tokens = torch.full((len(groups), width), pad_id, dtype=torch.long)
    positions = torch.zeros((len(groups), width), dtype=torch.long)
    tree = torch.eye(width, dtype=torch.bool).repeat(len(groups), 1, 1)
    real = torch.zeros((len(groups), width), dtype=torch.bool)
    slots: list[tuple[int, int]] = [(0, 0)] * len(plan.sequences)
    for p, group in enumerate(groups):
        start = 0
        for n in group:
            sequence = plan.sequences[n]
            end = start + len(sequence)
            tokens[p, start:end] = torch.tensor(sequence)
            positions[p, start:end] = prompt_lengths[p] + torch.arange(len(sequence))  # as if right after the prompt
            tree[p, start:end, start:end] = torch.ones(len(sequence), len(sequence), dtype=torch.bool).tril()
            real[p, start:end] = True
            slots[n] = (p, start)
            start = end
    return tokens, positions, tree, real, slots


class _SharedPrefixPlan:
    """Which sequences to run, and where each candidate's scores are read from."""

    def __init__(self, prompts: list[tuple[int, str, list[list[int]]]]):
        self.sequences: list[tuple[int, ...]] = []
        self.owners: list[int] = []
        self.reads: list[tuple[int, int, tuple[int, ...]]] = []  # (prompt, sequence, candidate) per candidate
        for p, (_, _, candidates) in enumerate(prompts):
            distinct = set(map(tuple, candidates))
            longest = [c for c in sorted(distinct) if not any(o != c and o[: len(c)] == c for o in distinct)]
            index = {c: len(self.sequences) + k for k, c in enumerate(longest)}
            self.sequences += longest
            self.owners += [p] * len(longest)
            for c in map(tuple, candidates):
                carrier = next(index[o] for o in longest if o[: len(c)] == c)
                self.reads.append((p, carrier, c))
        self.width = max(len(s) for s in self.sequences)

    def scores(self, first, log_probs, flat_position, stops) -> torch.Tensor:
        """First token from the prompt's logits; later tokens and the stop from the carrier's positions.

        Indices are built on the host and gathered on the device: only one number per candidate comes back.
        """
        device = log_probs.device
        inner_rows, inner_tokens, inner_owner, stop_rows = [], [], [], []
        for n, (_, carrier, c) in enumerate(self.reads):
            for t in range(1, len(c)):
                inner_rows.append(flat_position[carrier][t - 1])
                inner_tokens.append(c[t])
                inner_owner.append(n)
            stop_rows.append(flat_position[carrier][len(c) - 1])
        as_tensor = lambda values: torch.tensor(values, dtype=torch.long, device=device)  # noqa: E731
        score = first[as_tensor([p for p, _, _ in self.reads]), as_tensor([c[0] for _, _, c in self.reads])]
        score = score + log_probs[as_tensor(stop_rows)][:, stops.to(device)].logsumexp(-1)
        if inner_rows:
            inner = log_probs[as_tensor(inner_rows), as_tensor(inner_tokens)]
            score = score.index_add(0, as_tensor(inner_owner), inner)
        return score.cpu()


def _ranking(task: Task, forms: list[list[int]], form_scores: torch.Tensor) -> Ranking:
    values = list(dict.fromkeys(task.values))
    by_value = torch.stack([form_scores[[k for k, v in enumerate(task.values) if v == value]].logsumexp(0)
                            for value in values])  # fmt: skip
    probabilities = by_value.softmax(0)
    order = probabilities.argsort(descending=True).tolist()
    best = values[order[0]]
    best_form = max((k for k, v in enumerate(task.values) if v == best), key=lambda k: form_scores[k].item())
    runner = order[1] if len(order) > 1 else None
    return Ranking(
        value=best,
        form=task.forms[best_form],
        confidence=probabilities[order[0]].item(),
        runner_up=values[runner] if runner is not None else None,
        runner_up_confidence=probabilities[runner].item() if runner is not None else None,
        num_tokens=len(forms[best_form]),
    )


@torch.inference_mode()
def score_by_full_forward(loaded, image: Image.Image, prompt: str, form: str) -> float:
    """The slow, obvious definition the batched scorer must match: one full forward per candidate."""
    inputs = loaded.processor(images=image, text=prompt, return_tensors="pt").to(loaded.device)
    answer = candidate_ids(loaded.tokenizer, form)
    ids = torch.cat([inputs["input_ids"], torch.tensor([answer], device=loaded.device)], dim=1)
    logits = loaded.model(pixel_values=inputs["pixel_values"].to(loaded.dtype), input_ids=ids).logits[0].float()
    log_probs = logits.log_softmax(-1)
    start = inputs["input_ids"].shape[1]
    score = sum(log_probs[start - 1 + t, token].item() for t, token in enumerate(answer))
    return score + log_probs[start - 1 + len(answer), loaded.stop_token_ids].logsumexp(0).item()
