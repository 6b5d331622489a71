"""Batch sizes from free memory, and out-of-memory recovery by halving.

A CUDA out-of-memory error on a batch must never crash a run: the batch is split in two and each half is
retried, down to a single row; only a single row that still does not fit is an error.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import TypeVar

import torch

T = TypeVar("T")
R = TypeVar("R")
MEMORY_SHARE = 0.6  # of free memory a batch may plan to use; the rest absorbs activations and fragmentation
MAX_ROWS = 512


def kv_bytes_per_token(config, dtype: torch.dtype) -> int:
    """Keys and values of every language-model layer for one token."""
    text = config.text_config
    element = torch.finfo(dtype).bits // 8 if dtype.is_floating_point else 2
    return 2 * text.num_hidden_layers * text.hidden_size * element


def plan_rows(device: torch.device, bytes_per_row: int, fallback: int) -> int:
    """How many sequences fit in free memory; on CPU the configured `fallback` decides."""
    if device.type != "cuda":
        return fallback
    return max(1, min(MAX_ROWS, int(free_bytes(device) * MEMORY_SHARE) // max(1, bytes_per_row)))


def free_bytes(device: torch.device) -> int:
    """Free on the device plus what PyTorch holds cached but unused: the driver counts that as taken, yet
    the next batch's tensors are served from it first."""
    free, _ = torch.cuda.mem_get_info(device)
    return free + torch.cuda.memory_reserved(device) - torch.cuda.memory_allocated(device)


def map_halving_on_oom(run: Callable[[Sequence[T]], list[R]], rows: Sequence[T], chunk: int) -> list[R]:
    """run() over chunks of rows; a chunk that runs out of memory is halved and retried."""
    out: list[R] = []
    for start in range(0, len(rows), chunk):
        out.extend(_halving(run, rows[start : start + chunk]))
    return out


def _halving(run: Callable[[Sequence[T]], list[R]], rows: Sequence[T]) -> list[R]:
    try:
        return run(rows)
    except torch.OutOfMemoryError:
        if len(rows) == 1:
            raise
    # Retried outside the handler: inside it, the traceback would keep the failed attempt's tensors alive.
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    middle = len(rows) // 2
    return _halving(run, rows[:middle]) + _halving(run, rows[middle:])


class StageTimer:
    """Seconds per stage; on CUDA each stage ends with a synchronize so the time is the GPU's."""

    def __init__(self, device: torch.device):
        self.device = device
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str):
        started = time.perf_counter()
        try:
            with torch.profiler.record_function(f"stage:{name}"):  # a named range in a profile (.ci/gpu_profile.py)
                yield
        finally:
            if self.device.type == "cuda":
                torch.cuda.synchronize(self.device)
            self.seconds[name] += time.perf_counter() - started
