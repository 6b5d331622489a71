"""Closed answers by ranking: the likelihood of every phrasing of every value, given image + prompt.

Each (image, question) prompt runs once; its KV cache is then expanded over the question's candidate
phrasings, and all candidates are scored in one batched pass. A candidate's score is the sum of its
tokens' log-probabilities plus the log-probability that the answer then ends (at any stop token), so
"blue" cannot win on a prefix of "blue jeans". A value's score aggregates its phrasings (logsumexp); the
confidence is the softmax over values. Ranking is exact where greedy decoding is myopic ("blue"/"black"
share a first token).
"""

from __future__ import annotations

import torch
from PIL import Image

from enrich.model.batching import map_halving_on_oom
from enrich.records import Ranking, Task

CANDIDATE_ROWS = 256  # candidate sequences scored per pass (each carries a copy of its prompt's cache)


def candidate_ids(tokenizer, form: str) -> list[int]:
    return tokenizer.encode(" " + form, add_special_tokens=False)  # the answer follows "Answer:" after a space


def rank_tasks(engine, features: torch.Tensor, tasks: list[Task]) -> list[list[Ranking]]:
    """rankings[i][k] answers tasks[k] for image i."""
    tokenizer = engine.loaded.tokenizer
    forms = [[candidate_ids(tokenizer, f) for f in task.forms] for task in tasks]
    rows = [(i, k) for i in range(features.shape[0]) for k in range(len(tasks))]
    per_prompt = max(len(f) for f in forms)
    chunk = max(1, CANDIDATE_ROWS // per_prompt)
    scores = map_halving_on_oom(
        lambda batch: _score(engine, features, [(i, tasks[k].prompt, forms[k]) for i, k in batch]), rows, chunk
    )
    rankings = [_ranking(tasks[k], forms[k], s) for (i, k), s in zip(rows, scores)]
    return [rankings[i * len(tasks) : (i + 1) * len(tasks)] for i in range(features.shape[0])]


@torch.inference_mode()
def _score(engine, features: torch.Tensor, prompts: list[tuple[int, str, list[list[int]]]]) -> list[torch.Tensor]:
    """Log-likelihood of every candidate of every prompt, reusing each prompt's KV cache."""
    device = engine.loaded.device
    embeds, mask = engine.embed(features, [(i, engine.prompt_ids(text)) for i, text, _ in prompts])
    out = engine.lm(inputs_embeds=embeds, attention_mask=mask, use_cache=True, logits_to_keep=1)
    first = out.logits[:, -1].float().log_softmax(-1)
    owner = [p for p, (_, _, cands) in enumerate(prompts) for _ in cands]
    cands = [c for _, _, cs in prompts for c in cs]
    width = max(len(c) for c in cands)
    tokens = torch.full((len(cands), width), engine.loaded.tokenizer.pad_token_id, dtype=torch.long, device=device)
    cand_mask = torch.zeros_like(tokens)
    for n, c in enumerate(cands):  # right-padded: padding after a candidate cannot change its tokens
        tokens[n, : len(c)] = torch.tensor(c, device=device)
        cand_mask[n, : len(c)] = 1
    owner_index = torch.tensor(owner, device=device)
    out.cache.batch_select_indices(owner_index)
    full_mask = torch.cat([mask[owner_index], cand_mask], dim=1)
    logits = engine.lm(input_ids=tokens, attention_mask=full_mask, cache=out.cache, use_cache=True).logits
    scores = _candidate_scores(first[owner_index], logits.float().log_softmax(-1), cands, tokens, engine)
    split = torch.split(scores, [len(cs) for _, _, cs in prompts])
    return [s.cpu() for s in split]


def _candidate_scores(first, following, cands, tokens, engine) -> torch.Tensor:
    """first: log-probs after the prompt; following[n, t]: log-probs after candidate token t."""
    stops = torch.tensor(engine.loaded.stop_token_ids, device=tokens.device)
    lengths = torch.tensor([len(c) for c in cands], device=tokens.device)
    score = first.gather(1, tokens[:, :1]).squeeze(1)
    if tokens.shape[1] > 1:
        inner = following[:, :-1].gather(2, tokens[:, 1:, None]).squeeze(2)
        valid = torch.arange(1, tokens.shape[1], device=tokens.device)[None, :] < lengths[:, None]
        score = score + (inner * valid).sum(1)
    last = following[torch.arange(len(cands), device=tokens.device), lengths - 1]
    return score + last[:, stops].logsumexp(-1)


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
