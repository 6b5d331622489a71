"""What both engines share: cutting generated ids at the stop token, and grouping tasks by adapter."""

from __future__ import annotations

from enrich.model.loading import LoadedModel
from enrich.records import Generation, Task


def to_generation(loaded: LoadedModel, ids: list[int], max_new_tokens: int) -> Generation:
    """Cut at the first stop token; `hit_limit` means the answer ran to max_new_tokens without one."""
    stops = set(loaded.stop_token_ids)
    end = next((k for k, token in enumerate(ids) if token in stops), None)
    kept = ids if end is None else ids[:end]
    text = loaded.tokenizer.decode(kept, skip_special_tokens=True).strip()
    return Generation(text=text, num_tokens=len(kept), hit_limit=end is None and len(ids) >= max_new_tokens)


def by_adapter(tasks: list[Task]) -> dict[str | None, list[int]]:
    """Task indices per adapter, so a batch switches adapters once per group, never per item."""
    groups: dict[str | None, list[int]] = {}
    for j, task in enumerate(tasks):
        groups.setdefault(task.adapter, []).append(j)
    return groups
