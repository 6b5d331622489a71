import pytest
import torch

from enrich.model.batching import free_bytes, map_halving_on_oom, plan_rows


def test_out_of_memory_halves_the_batch_and_loses_nothing():
    sizes = []

    def run(rows):
        sizes.append(len(rows))
        if len(rows) > 3:
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        return [r * 10 for r in rows]

    assert map_halving_on_oom(run, list(range(10)), chunk=10) == [r * 10 for r in range(10)]
    assert sizes[0] == 10 and max(sizes[1:]) <= 5 and all(s <= 3 for s in sizes if s not in (10, 5))


def test_the_failed_attempts_tensors_are_freed_before_the_halves_run():
    import weakref

    failed = []

    def run(rows):
        if len(rows) > 1:
            cache = torch.zeros(len(rows), 8)  # what a failed chunk holds when it runs out of memory
            failed.append(weakref.ref(cache))
            raise torch.OutOfMemoryError("simulated")
        assert all(ref() is None for ref in failed)  # no traceback keeps an earlier attempt's cache alive
        return rows

    assert map_halving_on_oom(run, [1, 2, 3, 4], chunk=4) == [1, 2, 3, 4]


def test_a_single_row_that_does_not_fit_is_raised():
    def run(rows):
        raise torch.OutOfMemoryError("simulated")

    with pytest.raises(torch.OutOfMemoryError):
        map_halving_on_oom(run, [1, 2], chunk=2)


def test_cpu_batches_use_the_configured_size():
    assert plan_rows(torch.device("cpu"), 10**6, fallback=16) == 16


def test_memory_cached_by_pytorch_but_unused_counts_as_free(monkeypatch):
    gib = 2**30
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda device: (10 * gib, 80 * gib))
    monkeypatch.setattr(torch.cuda, "memory_reserved", lambda device: 30 * gib)
    monkeypatch.setattr(torch.cuda, "memory_allocated", lambda device: 18 * gib)
    assert free_bytes(torch.device("cuda")) == 22 * gib
    assert plan_rows(torch.device("cuda"), gib, fallback=16) == int(22 * 0.6)


@pytest.mark.gpu
def test_cuda_batches_follow_free_memory():
    free = free_bytes(torch.device("cuda"))
    assert plan_rows(torch.device("cuda"), free // 10, fallback=16) in range(5, 8)
