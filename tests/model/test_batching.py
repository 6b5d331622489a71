import pytest
import torch

from enrich.model.batching import map_halving_on_oom, plan_rows


def test_out_of_memory_halves_the_batch_and_loses_nothing():
    sizes = []

    def run(rows):
        sizes.append(len(rows))
        if len(rows) > 3:
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        return [r * 10 for r in rows]

    assert map_halving_on_oom(run, list(range(10)), chunk=10) == [r * 10 for r in range(10)]
    assert sizes[0] == 10 and max(sizes[1:]) <= 5 and all(s <= 3 for s in sizes if s not in (10, 5))


def test_a_single_row_that_does_not_fit_is_raised():
    def run(rows):
        raise torch.OutOfMemoryError("simulated")

    with pytest.raises(torch.OutOfMemoryError):
        map_halving_on_oom(run, [1, 2], chunk=2)


def test_cpu_batches_use_the_configured_size():
    assert plan_rows(torch.device("cpu"), 10**6, fallback=16) == 16


@pytest.mark.gpu
def test_cuda_batches_follow_free_memory():
    free, _ = torch.cuda.mem_get_info()
    assert plan_rows(torch.device("cuda"), free // 10, fallback=16) in range(5, 8)
