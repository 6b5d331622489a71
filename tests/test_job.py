"""A run's inputs checked before any model (enrich/job.py)."""

import dataclasses

from enrich import job
from enrich.config import default_questionnaire, load_config
from enrich.questionnaire import load_questionnaire


def test_a_named_adapter_no_question_asks_for_is_said_and_changes_no_fingerprint(monkeypatch, caplog, tmp_path):
    """`enrich run --named-adapter caption=...` with a questionnaire that names no adapter: nothing said, and its
    fingerprint made every item go through the model again for nothing."""
    monkeypatch.setattr(job, "check_checkpoint", lambda source, what: None)
    monkeypatch.setattr(job, "check_engine", lambda model, engine: None)
    monkeypatch.setattr(job, "fingerprint", lambda where: f"fp-{where}" if where else None)
    questionnaire = load_questionnaire(default_questionnaire())
    plain = load_config(catalog=str(tmp_path), out=str(tmp_path / "out"))
    named = dataclasses.replace(plain, adapters=(("caption", "./adapters/caption"),))
    job.check_sources(named, questionnaire)
    assert "adapter(s) ['caption'] are defined" in caplog.text and "they change no answer" in caplog.text
    assert job.adapter_fingerprint(named, questionnaire) == job.adapter_fingerprint(plain, questionnaire)
    used = dataclasses.replace(questionnaire, caption_adapter="caption")
    assert job.adapter_fingerprint(named, used) != job.adapter_fingerprint(plain, used)


def test_an_mt_target_the_translator_cannot_write_is_refused_before_ray(tmp_path):
    """It failed in every worker, after Ray and the model had started ("a worker could not load the model")."""
    import pytest

    from enrich import EnrichError

    questionnaire = load_questionnaire(default_questionnaire())
    config = load_config(catalog=str(tmp_path), out=str(tmp_path / "out"), mt_target="pob")  # the demo translator
    with pytest.raises(EnrichError, match="no target language tokens to choose from: drop --mt-target"):
        job.check_sources(config, questionnaire)
