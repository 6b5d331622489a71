"""Each hub layout's tiny replica end to end through `enrich run` (real Ray actors, a 3-item catalog)."""

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from enrich.cli import main
from enrich.sql import query
from enrich.translate import NO_TRANSLATED_TEXT
from tests.reliability import make_catalog

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
OPEN = "select sku, question_id, answer_en from answers where kind = 'open' order by 1, 2"
CAPTIONS = "select sku, status, caption_en from items order by 1"


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    return make_catalog(tmp_path_factory.mktemp("catalog"), 3)


def enrich_run(catalog, out, *flags):
    args = [
        "run",
        "--no-progress",
        "--catalog",
        catalog,
        "--out",
        out,
        "--shard-size",
        "2",
        "--image-batch",
        "4",
        "--cpu-decode-rows",
        "4",
    ]
    return CliRunner().invoke(main, [*map(str, args), *map(str, flags)])


def nothing_committed(out) -> bool:
    return query(out, "select count(*) from items_history")[1] == [(0,)]


def test_the_current_layout_with_the_experiments_lora_and_opus_mt_in_pt_br(
    ray_cluster, catalog, blip2_current, experiment_lora, opus_mt, tmp_path
):
    from enrich.model.mt import Seq2SeqTranslator

    for engine in ("default", "reference"):
        done = enrich_run(
            catalog,
            tmp_path / engine,
            "--model",
            blip2_current,
            "--adapter",
            experiment_lora,
            "--mt-model",
            opus_mt,
            "--engine",
            engine,
        )
        assert done.exit_code == 0, done.output
        assert "marian target pob: >>pob<<" in done.output and "before the 2024" not in done.output
    default, reference = (query(tmp_path / e, CAPTIONS)[1] for e in ("default", "reference"))
    assert default == reference and {status for _, status, _ in default} == {"ok"}
    assert query(tmp_path / "default", OPEN)[1] == query(tmp_path / "reference", OPEN)[1]
    _, rows = query(tmp_path / "default", "select caption_en, caption_pt, caption_pt_source from items")
    pob = Seq2SeqTranslator(str(opus_mt))
    assert [(pt, source) for _, pt, source in rows] == [(pob.translate([en])[0], "mt") for en, _, _ in rows]
    _, [(filled, open_answers)] = query(
        tmp_path / "default", "select count(answer_pt), count(*) from answers where kind = 'open' and raw_en <> ''"
    )
    assert filled == open_answers > 0  # answer_pt filled by the Marian model


def test_the_pre2024_layout_on_both_engines_with_nllb_and_m2m100(
    ray_cluster, catalog, blip2_pre2024, nllb_mt, m2m_mt, tmp_path
):
    for engine, translator, target in (
        ("default", nllb_mt, "nllb target por_Latn"),
        ("reference", m2m_mt, "m2m100 target pt"),
    ):
        done = enrich_run(
            catalog, tmp_path / engine, "--model", blip2_pre2024, "--mt-model", translator, "--engine", engine
        )
        assert done.exit_code == 0, done.output
        assert done.output.count("from before the 2024 processor update; upgraded at load") == 1
        assert target in done.output
    default, reference = (query(tmp_path / e, CAPTIONS)[1] for e in ("default", "reference"))
    assert default == reference and {status for _, status, _ in default} == {"ok"}  # was model_error, exit 0
    assert query(tmp_path / "default", OPEN)[1] == query(tmp_path / "reference", OPEN)[1]
    # every caption translated, or NULL with the reason a tiny random translator gives it: it returned no text
    # (stored as '' before 2026-12-05, which read as translated)
    empty = f"count(*) filter (where caption_pt is null and caption_pt_missing = '{NO_TRANSLATED_TEXT}')"
    for engine in ("default", "reference"):
        _, [(filled, nothing, ok)] = query(tmp_path / engine, f"select count(caption_pt), {empty}, count(*) from items")
        assert filled + nothing == ok == 3 and filled > 0


def test_a_t5_blip2_is_refused_by_the_default_engine_before_ray_starts(catalog, blip2_t5, tmp_path, monkeypatch):
    monkeypatch.setattr("enrich.pool.ShardPool", None)  # made, it would fail: the refusal comes before any pool
    done = enrich_run(catalog, tmp_path / "out", "--model", blip2_t5)
    assert done.exit_code == 1
    assert "has a t5 language model: the default engine drives OPT decoders" in done.output
    assert "use --engine reference" in done.output
    assert not (tmp_path / "out").exists()  # refused before the output was opened


def test_a_t5_blip2_runs_on_the_reference_engine(ray_cluster, catalog, blip2_t5, tmp_path):
    done = enrich_run(catalog, tmp_path / "out", "--model", blip2_t5, "--engine", "reference")
    assert done.exit_code == 0, done.output
    _, rows = query(tmp_path / "out", "select sku, status, caption_en from items order by sku")
    assert {status for _, status, _ in rows} == {"ok"}
    assert [caption for _, _, caption in rows] == [t5_caption(blip2_t5, catalog, sku) for sku, _, _ in rows]


def t5_caption(model, catalog, sku: str) -> str:
    """The caption as plain `generate` gives it: a T5 returns its decoder start token, then the new tokens."""
    import torch
    from PIL import Image

    from enrich.catalog import read_catalog
    from enrich.config import default_questionnaire
    from enrich.images import load_image
    from enrich.model.loading import load_blip2
    from enrich.questionnaire import load_questionnaire

    questionnaire = load_questionnaire(default_questionnaire())
    row = next(r for r in read_catalog(str(catalog)).rows if r.sku == sku)
    loaded = load_blip2(str(model))
    inputs = loaded.processor(
        images=Image.fromarray(load_image(row).pixels), text=questionnaire.caption_prompt, return_tensors="pt"
    )
    with torch.no_grad():
        ids = loaded.model.generate(
            **inputs,
            max_new_tokens=questionnaire.caption_max_new_tokens,
            do_sample=False,
            eos_token_id=loaded.stop_token_ids,
        )[0, 1:].tolist()
    cut = next((k for k, token in enumerate(ids) if token in loaded.stop_token_ids), len(ids))
    return loaded.tokenizer.decode(ids[:cut], skip_special_tokens=True).strip()


def test_a_model_that_fails_on_every_item_stops_the_run_with_its_error(ray_cluster, blip2_current, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(blip2_current, broken)
    processor = json.loads((broken / "preprocessor_config.json").read_text())
    processor["size"] = {"height": 48, "width": 48}  # another checkpoint's processor: every image fails
    (broken / "preprocessor_config.json").write_text(json.dumps(processor))
    catalog = make_catalog(tmp_path / "catalog", 5)
    done = enrich_run(catalog, tmp_path / "out", "--model", broken, "--engine", "reference", "--error-budget", "1")
    assert done.exit_code == 1  # not 0 with five model_error rows, whatever the error budget
    assert "the model failed on every item it was given (4 in 2 shard(s))" in done.output
    assert re.search(r"without committing them: \w+Error: .+; this is the model or its setup", done.output)
    assert nothing_committed(tmp_path / "out")
