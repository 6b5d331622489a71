"""Shared fixtures: tiny models built from config (nothing is downloaded), images, a local Ray."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # tests must never reach a hub
os.environ.setdefault("RAY_AUTH_MODE", "disabled")


def pytest_collection_modifyitems(config, items):
    try:
        import torch

        has_cuda = torch.cuda.is_available()
    except ImportError:
        has_cuda = False
    for item in items:
        if "gpu" in item.keywords and not has_cuda:
            item.add_marker(pytest.mark.skip(reason="needs CUDA"))
    # The session's Ray (ray_cluster) costs 9% of a core while idle (its agents and heartbeats, measured): its
    # tests run last, in their order, so it is up only while they run.
    items.sort(key=lambda item: "ray_cluster" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A tiny BLIP-2 whose greedy outputs depend on image and prompt."""
    from enrich.lab.tiny import TinySpec, save_tiny_blip2

    return save_tiny_blip2(tmp_path_factory.mktemp("tiny-blip2"), TinySpec(text_init_std=0.5, seed=1))


@pytest.fixture(scope="session")
def tiny_lora(tiny_model, tmp_path_factory) -> Path:
    from enrich.lab.tiny import save_tiny_lora

    return save_tiny_lora(tiny_model, tmp_path_factory.mktemp("tiny-lora"))


@pytest.fixture(scope="session")
def tiny_mt(tmp_path_factory) -> Path:
    from enrich.lab.tiny import save_tiny_marian

    return save_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))


@pytest.fixture
def make_image(tmp_path):
    """Save a small product-like image and return its path."""
    from PIL import Image, ImageDraw

    def make(name: str = "item.jpg", color=(200, 30, 40), size=(96, 96), **save_kwargs) -> Path:
        image = Image.new("RGB", size, (245, 245, 245))
        ImageDraw.Draw(image).rectangle([size[0] // 4, size[1] // 4, 3 * size[0] // 4, size[1] - 8], fill=color)
        path = tmp_path / name
        image.save(path, **save_kwargs)
        return path

    return make


@pytest.fixture(scope="session")
def ray_cluster():
    """One local Ray for every test that only needs a working cluster, shut down (and reaped) at the end.

    Tests about crashes, kills and clusters start their own Ray in their own processes (tests/reliability.py).
    """
    import ray

    ray.init(  # a Ray of this process's own: each pytest-xdist worker starts one, and none joins a `ray start`
        address="local",
        num_cpus=2,
        include_dashboard=False,
        logging_level="WARNING",
        log_to_driver=False,
        object_store_memory=200 * 1024 * 1024,
    )
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def second_lora(tiny_model, tmp_path_factory) -> Path:
    from enrich.lab.tiny import save_tiny_lora

    return save_tiny_lora(tiny_model, tmp_path_factory.mktemp("tiny-lora-2"), seed=5)


@pytest.fixture
def standin_model(monkeypatch):
    """Runs in this test make their results with the stand-in (enrich.lab.standin), not Ray and a model: for tests
    of planning, history, reprocessing and exit codes, which the model's answers do not change. Images are still
    read, hashed and decoded as in a real run, so unreadable ones are error rows."""
    from enrich.lab.standin import StandinPool

    monkeypatch.setattr("enrich.pool.ShardPool", StandinPool)


@pytest.fixture
def standin_actors(ray_cluster, monkeypatch):
    """Runs in this test go through the real Ray pool on the session's Ray (decode tasks, actors, retries) with
    the actors' engine stood in (enrich.lab.standin.StandinShardProcessor): no torch import, no model load."""
    from enrich.lab.standin import StandinShardProcessor

    monkeypatch.setattr("enrich.worker.ShardProcessor", StandinShardProcessor)
    return ray_cluster
