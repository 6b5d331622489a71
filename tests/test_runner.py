"""End to end through real Ray actors: catalog with broken files -> Parquet -> DuckDB views."""

import shutil

import pytest
import torch
from click.testing import CliRunner
from PIL import Image

from enrich.cli import main
from enrich.config import default_questionnaire
from enrich.images import load_image
from enrich.model.loading import load_blip2
from enrich.questionnaire import load_questionnaire
from enrich.records import CatalogRow
from enrich.sql import query

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
GOOD = {"g1": (200, 30, 40), "g2": (30, 60, 200), "g3": (30, 160, 60), "g4": (20, 20, 20)}
BROKEN = {"b-empty": b"", "b-text": b"<html>nope</html>", "b-trunc": None}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    root = tmp_path_factory.mktemp("catalog")
    lines = ["sku,image,title,gender"]
    for sku, color in GOOD.items():
        image = Image.new("RGB", (135, 180), (245, 245, 245))  # over 128 px: large enough for a texture
        image.paste(color, (30, 30, 105, 165))
        image.save(root / f"{sku}.jpg", quality=92)
        lines.append(f"{sku},{sku}.jpg,Item {sku},female")
    Image.effect_noise((64, 64), 40).convert("RGB").save(root / "full.jpg")
    BROKEN["b-trunc"] = (root / "full.jpg").read_bytes()[:600]
    for sku, content in BROKEN.items():
        (root / f"{sku}.jpg").write_bytes(content)
        lines.append(f"{sku},{sku}.jpg,,")
    lines.append("b-missing,missing.jpg,,")
    (root / "catalog.csv").write_text("\n".join(lines) + "\n")
    return root / "catalog.csv"


def run(*args):
    """`enrich run` that must exit 0: the catalogs here are mostly broken on purpose, so no error budget."""
    result = CliRunner().invoke(
        main,
        [
            "run",
            "--no-progress",
            "--image-batch",
            "8",
            "--cpu-decode-rows",
            "8",
            "--error-budget",
            "1",
            *map(str, args),
        ],
    )
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def enriched(ray_cluster, catalog, tiny_model, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run("--catalog", catalog, "--model", tiny_model, "--out", out, "--shard-size", "3")
    return out


@pytest.fixture(scope="module")
def by_reference_with_mt(ray_cluster, catalog, tiny_model, tiny_mt, tmp_path_factory):
    """The same catalog by the reference engine, with a translation model (one run: each costs a model load)."""
    out = tmp_path_factory.mktemp("out-reference")
    run("--catalog", catalog, "--model", tiny_model, "--mt-model", tiny_mt, "--out", out, "--engine", "reference")
    return out


def test_every_sku_has_one_item_row_with_status(enriched):
    _, rows = query(enriched, "select sku, status, error_code, error, title from items order by sku")
    by_sku = {r[0]: r for r in rows}
    assert set(by_sku) == set(GOOD) | set(BROKEN) | {"b-missing"}
    assert all(by_sku[s][1] == "ok" and by_sku[s][4] == f"Item {s}" for s in GOOD)
    codes = {s: by_sku[s][2] for s in by_sku if s.startswith("b-")}
    assert codes == {
        "b-empty": "empty_file",
        "b-text": "unidentified_image",
        "b-trunc": "truncated_image",
        "b-missing": "missing_file",
    }
    assert all(by_sku[s][3] for s in codes)


def test_items_carry_the_pixel_colors_of_their_product(enriched):
    _, rows = query(enriched, "select sku, pixel_colors[1].color, pixel_colors from items where status = 'ok'")
    assert {sku: top for sku, top, _ in rows} == {"g1": "red", "g2": "blue", "g3": "green", "g4": "black"}
    assert all(0.05 <= c["share"] <= 1.0 for _, _, colors in rows for c in colors)
    _, errors = query(enriched, "select count(*) from items where status = 'error' and pixel_colors is not null")
    assert errors == [(0,)]
    _, regions = query(
        enriched, "select distinct pixel_region in ('upper', 'lower', 'figure', 'frame') from items where status = 'ok'"
    )
    assert regions == [(True,)]  # which part of the photo the colors describe
    _, textures = query(enriched, "select count(*) from items where status = 'ok' and pixel_texture between 0 and 1")
    assert textures == [(4,)]  # the share of that region on an edge, the pattern audit's evidence


def test_every_ok_item_has_one_answer_per_question(enriched):
    questions = {q.id for q in load_questionnaire(default_questionnaire()).questions}
    _, rows = query(enriched, "select sku, list(question_id) from answers group by sku")
    assert {sku: set(ids) for sku, ids in rows} == {sku: questions for sku in GOOD}
    _, [(count,)] = query(enriched, "select count(*) from answers")
    assert count == len(GOOD) * len(questions)


def test_open_answers_equal_plain_per_prompt_generate(enriched, tiny_model, catalog):
    loaded = load_blip2(str(tiny_model))
    _, rows = query(enriched, "select sku, prompt, answer_en from answers where kind = 'open' order by sku")
    for sku, prompt, answer in rows:
        pixels = load_image(CatalogRow(sku, str(catalog.parent / f"{sku}.jpg"), 0)).pixels
        inputs = loaded.processor(images=Image.fromarray(pixels), text=prompt, return_tensors="pt")
        with torch.no_grad():
            ids = loaded.model.generate(
                **inputs, max_new_tokens=30, do_sample=False, eos_token_id=loaded.stop_token_ids
            )[0, inputs["input_ids"].shape[1] :]
        ids = ids.tolist()
        cut = next((k for k, t in enumerate(ids) if t in loaded.stop_token_ids), len(ids))
        assert answer == loaded.tokenizer.decode(ids[:cut], skip_special_tokens=True).strip()


def test_reference_engine_gives_the_same_open_answers_and_generates_closed_ones(enriched, by_reference_with_mt):
    reference = by_reference_with_mt
    sql = "select sku, question_id, answer_en, status from answers where kind = 'open' order by sku, question_id"
    assert query(reference, sql)[1] == query(enriched, sql)[1]
    assert query(reference, "select distinct engine from items")[1] == [("reference",)]
    closed = "select count(*) filter (confidence is not null) from answers where kind = 'closed'"
    assert query(reference, closed)[1] == [(0,)]  # free generation, as the original experiments did
    assert query(enriched, closed)[1] == [(len(GOOD) * 4,)]  # ranked: every closed answer has a probability


def test_ranked_closed_answers_are_always_in_the_vocabulary(enriched):
    _, rows = query(
        enriched,
        "select status, runner_up is not null, confidence >= runner_up_confidence from answers where kind = 'closed'",
    )
    assert set(rows) == {("ok", True, True)}


def test_runs_view_and_portuguese_columns(enriched, by_reference_with_mt):
    _, [(status, items, ok, errors)] = query(enriched, "select status, items, ok, errors from runs")
    assert (status, items, ok, errors) == ("finished", 8, 4, 4)
    _, rows = query(enriched, "select distinct caption_pt, caption_pt_missing from items where status = 'ok'")
    assert rows == [(None, "no MT model configured")]
    translated = by_reference_with_mt
    _, rows = query(translated, "select count(*) filter (caption_pt is null) from items where status = 'ok'")
    assert rows == [(0,)]
    _, rows = query(
        translated,
        "select kind, count(*) filter (answer_pt is null and answer_pt_missing is null) from answers group by kind",
    )
    assert all(n == 0 for _, n in rows)


def test_a_model_that_cannot_load_fails_with_a_clear_message(ray_cluster, catalog, tiny_model, tmp_path):
    corrupt = tmp_path / "corrupt"
    shutil.copytree(tiny_model, corrupt)
    (corrupt / "model.safetensors").write_bytes(b"not safetensors")
    result = CliRunner().invoke(
        main,
        ["run", "--no-progress", "--catalog", str(catalog), "--model", str(corrupt), "--out", str(tmp_path / "out")],
    )
    assert result.exit_code == 1 and "could not load a BLIP-2 checkpoint" in result.output
    assert query(tmp_path / "out", "select count(*) from items_history")[1] == [(0,)]  # nothing committed


def test_questions_answered_by_named_adapters(ray_cluster, catalog, tiny_model, tiny_lora, tmp_path):
    questionnaire = tmp_path / "q.toml"
    questionnaire.write_text(
        '[caption]\nadapter = "caption"\n'
        '[[questions]]\nid = "wearing"\nprompt = "Question: What is the person wearing? Answer:"\n'
        '[[questions]]\nid = "details"\nadapter = "caption"\n'
        'prompt = "Question: What are the details of the garment? Answer:"\n'
    )
    run(
        "--catalog",
        catalog,
        "--model",
        tiny_model,
        "--out",
        tmp_path / "out",
        "--questionnaire",
        questionnaire,
        "--named-adapter",
        f"caption={tiny_lora}",
    )
    _, rows = query(tmp_path / "out", "select question_id, adapter, count(*) from answers group by all order by 1")
    assert rows == [("details", "caption", len(GOOD)), ("wearing", None, len(GOOD))]


def test_decoding_runs_a_bounded_distance_ahead(ray_cluster):
    from enrich.config import load_config
    from enrich.pool.decode import DecodeAhead
    from enrich.records import CatalogRow

    shards = [(i, (CatalogRow(f"s{i}", "", i),)) for i in range(10)]
    ahead = DecodeAhead(load_config(catalog="x.csv"), shards, {}, lookahead=3)
    taken = []
    while ahead:
        assert len(ahead.decoding) <= 3
        taken.append(ahead.popleft())
    assert [index for index, _, _ in taken] == list(range(10))
    assert ray_cluster.get(taken[4][2])[0].error_code == "missing_file"


def processed_count(result) -> int:
    return int(result.output.split(" processed")[0].rsplit(" ", 1)[1])


def test_incremental_runs_process_exactly_the_new_and_changed_items(standin_model, tiny_model, tmp_path):
    from tests.reliability import make_catalog

    catalog = make_catalog(tmp_path, 20)
    out = tmp_path / "out"
    args = ["--catalog", catalog, "--model", tiny_model, "--out", out, "--shard-size", "6"]
    assert processed_count(run(*args)) == 20
    assert processed_count(run(*args)) == 0  # the same night again: nothing new
    Image.new("RGB", (64, 64), (10, 200, 200)).save(tmp_path / "images" / "x.jpg")
    text = catalog.read_text().replace("p-1,images/c1.jpg", "p-1,images/x.jpg")  # p-1's image changes
    catalog.write_text(text + "new-1,images/c1.jpg,n\nnew-2,images/c2.jpg,n\nnew-3,images/c3.jpg,n\n")
    assert processed_count(run(*args)) == 4
    assert {
        sku for (sku,) in query(out, "select sku from items where run_id = (select max(run_id) from items)")[1]
    } == {"p-1", "new-1", "new-2", "new-3"}
    (tmp_path / "images" / "x.jpg").write_bytes((tmp_path / "images" / "c4.jpg").read_bytes())
    assert processed_count(run(*args)) == 1  # new bytes under the same name
    assert processed_count(run(*args, "--full")) == 23
    _, [(items, distinct)] = query(out, "select count(*), count(distinct sku) from items")
    assert items == distinct == 23
    catalog.write_text(
        "\n".join(line for line in catalog.read_text().splitlines() if not line.startswith(("p-2,", "new-3,"))) + "\n"
    )
    assert processed_count(run(*args)) == 0  # deleting items computes nothing...
    latest = {sku for (sku,) in query(out, "select sku from items")[1]}
    assert len(latest) == 21 and not latest & {"p-2", "new-3"}  # ...and hides them from the latest views
    assert not query(out, "select * from answers where sku in ('p-2', 'new-3')")[1]
    assert query(out, "select count(distinct sku) from items_history")[1] == [(23,)]  # history keeps them


def test_a_changed_questionnaire_recomputes_everything(standin_model, tiny_model, tmp_path):
    from tests.reliability import make_catalog

    catalog = make_catalog(tmp_path, 6)
    questionnaire = tmp_path / "q.toml"
    questionnaire.write_text(
        '[[questions]]\nid = "wearing"\nprompt = "Question: What is the person wearing? Answer:"\n'
    )
    args = ["--catalog", catalog, "--model", tiny_model, "--out", tmp_path / "out", "--questionnaire", questionnaire]
    assert processed_count(run(*args)) == 6
    questionnaire.write_text(questionnaire.read_text().replace("wearing? Answer:", "wearing today? Answer:"))
    assert processed_count(run(*args)) == 6


def test_a_second_run_on_the_same_output_is_refused_and_a_stale_lock_is_taken_over(standin_model, tiny_model, tmp_path):
    from enrich.store import Layout, OutputLock
    from tests.reliability import make_catalog

    catalog = make_catalog(tmp_path, 3)
    out = tmp_path / "out"
    args = ["run", "--no-progress", "--catalog", str(catalog), "--model", str(tiny_model), "--out", str(out)]
    with OutputLock(out):
        refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1 and "another enrich run is writing to" in refused.output
    Layout.of(out).lock.write_text('{"pid": 99999999, "host": "gone", "since": "2026-01-01T00:00:00+00:00"}')
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and "taking over the lock left by a run that did not exit cleanly" in result.output


def test_the_error_budget_sets_the_exit_code(standin_model, catalog, tiny_model, tmp_path):
    args = ["run", "--no-progress", "--catalog", str(catalog), "--model", str(tiny_model)]
    over = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "a"), "--error-budget", "0.25"])
    assert over.exit_code == 3 and "error budget exceeded: 50.0%" in over.output
    within = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "b"), "--error-budget", "0.5"])
    assert within.exit_code == 0


def test_reprocess_by_skus_predicate_and_audit_keeps_history(standin_model, catalog, tiny_model, tmp_path):
    out = tmp_path / "out"
    run("--catalog", catalog, "--model", tiny_model, "--out", out)
    first = dict(query(out, "select sku, run_id from items")[1])
    skus = tmp_path / "skus.txt"
    skus.write_text("g1\ng3\n")
    dry = CliRunner().invoke(main, ["reprocess", str(out), "--skus", str(skus), "--dry-run"])
    assert dry.exit_code == 0 and "2 item(s) would be reprocessed" in dry.output
    assert dict(query(out, "select sku, run_id from items")[1]) == first  # a dry run changes nothing
    by_list = CliRunner().invoke(main, ["reprocess", str(out), "--skus", str(skus), "--no-progress"])
    assert by_list.exit_code == 0, by_list.output
    latest = dict(query(out, "select sku, run_id from items")[1])
    assert {s for s in latest if latest[s] != first[s]} == {"g1", "g3"}
    _, [(history,)] = query(out, "select count(*) from items_history where sku in ('g1', 'g3')")
    assert history == 4  # both results kept
    by_audit = CliRunner().invoke(main, ["reprocess", str(out), "--audit", "item_errors", "--no-progress"])
    assert by_audit.exit_code == 0 and "4 processed" in by_audit.output  # the run's recorded budget, 1
    strict = ["reprocess", str(out), "--audit", "item_errors", "--no-progress", "--error-budget", "0.5"]
    over = CliRunner().invoke(main, strict)
    assert over.exit_code == 3 and "error budget exceeded: 100.0%" in over.output  # reprocess honours it too
    predicate = "question_id = 'color' and sku = 'g2'"
    by_predicate = CliRunner().invoke(main, ["reprocess", str(out), "--where", predicate, "--no-progress"])
    assert by_predicate.exit_code == 0 and "1 items, 1 processed" in by_predicate.output
    abuse = CliRunner().invoke(main, ["reprocess", str(out), "--where", "1=1; copy items to '/tmp/x.csv'"])
    assert abuse.exit_code == 1
    status = CliRunner().invoke(main, ["status", str(out)])
    assert status.exit_code == 0 and "active run: none" in status.output and status.output.count("finished") == 5


def test_processing_time_ends_at_the_last_commit_not_at_ray_shutdown(catalog, tiny_model, tmp_path):
    import time

    from enrich.config import RunConfig
    from enrich.pool import PoolStats
    from enrich.records import ERROR, DecodedImage, ItemResult
    from enrich.runner import run_job

    class ShardsThenSlowTeardown:
        def __init__(self, config, questionnaire, progress):
            self.stats = PoolStats(ready_at=time.monotonic())

        def results(self, shards, known):
            for index, rows in shards:
                yield index, [ItemResult(DecodedImage(row, None), ERROR, "decode_error", "stand-in") for row in rows]
            time.sleep(1.5)  # what ray.shutdown() and the actors' stats cost after the last shard

    config = RunConfig(catalog=str(catalog), out=str(tmp_path / "out"), model=str(tiny_model), shard_size=3)
    summary = run_job(config, progress=False, pool=ShardsThenSlowTeardown)
    assert summary.processed == 8
    assert summary.seconds >= 1.5
    assert summary.processing_seconds < 1.0


def test_touched_but_unchanged_images_are_read_and_hashed_without_loading_a_model(
    ray_cluster, tiny_model, tmp_path, monkeypatch
):
    import os

    from enrich.lab.standin import StandinPool
    from tests.reliability import make_catalog

    catalog = make_catalog(tmp_path, 8)
    args = ["--catalog", catalog, "--model", tiny_model, "--out", tmp_path / "out", "--shard-size", "4"]
    monkeypatch.setattr("enrich.pool.ShardPool", StandinPool)  # the first night's answers do not matter here
    assert processed_count(run(*args)) == 8
    monkeypatch.undo()  # the second night runs the Ray pool: its decode tasks read and hash, no actor starts
    for image in (tmp_path / "images").iterdir():
        os.utime(image, ns=(1, 1))  # new mtimes, same bytes: the stamps differ, so each image is read and hashed
    again = run(*args)
    assert processed_count(again) == 0 and "no worker started" in again.output
    assert "loading" not in again.output  # no model actor was started
    assert "nothing to enrich" in run(*args).output  # their new stamps were recorded: the next night reads none
