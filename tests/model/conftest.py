"""Tiny replicas of the hub layouts (tests/model/replicas.py), built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model import replicas


@pytest.fixture(scope="session")
def blip2_current(tmp_path_factory) -> Path:
    return replicas.save_blip2_opt(tmp_path_factory.mktemp("blip2-opt-current"), "current")


@pytest.fixture(scope="session")
def blip2_pre2024(tmp_path_factory) -> Path:
    return replicas.save_blip2_opt(tmp_path_factory.mktemp("blip2-opt-pre2024"), "pre2024")


@pytest.fixture(scope="session")
def blip2_t5(tmp_path_factory) -> Path:
    return replicas.save_blip2_t5(tmp_path_factory.mktemp("blip2-flan-t5"))


@pytest.fixture(scope="session")
def experiment_lora(blip2_current, tmp_path_factory) -> Path:
    return replicas.save_experiment_lora(blip2_current, tmp_path_factory.mktemp("experiment-lora"))


@pytest.fixture(scope="session")
def opus_mt(tmp_path_factory) -> Path:
    return replicas.save_opus_mt_tc_big(tmp_path_factory.mktemp("opus-mt-tc-big-en-pt"))


@pytest.fixture(scope="session")
def nllb_mt(tmp_path_factory) -> Path:
    return replicas.save_nllb(tmp_path_factory.mktemp("nllb-200"))


@pytest.fixture(scope="session")
def m2m_mt(tmp_path_factory) -> Path:
    return replicas.save_m2m100(tmp_path_factory.mktemp("m2m100"))
