import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from enrich import EnrichError
from enrich.cli import main
from enrich.lab.bench.engine import BenchOptions, run_bench, summary_lines
from tests.test_runner import catalog  # noqa: F401  (fixture)

REQUIRED = {"reference_images_per_s", "engine_images_per_s", "speedup", "device", "stages_s", "peak_memory_mb"}


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_in_process_bench_reports_both_engines_and_every_stage(catalog, tiny_model):  # noqa: F811
    report = run_bench(
        BenchOptions(
            catalog=str(catalog),
            model=str(tiny_model),
            images=3,
            reference_images=2,
            e2e_items=0,
            image_batch=2,
            cpu_decode_rows=5,
        ),
    )
    assert (report["image_batch"], report["cpu_decode_rows"]) == (2, 5)
    assert REQUIRED <= set(report) and report["device"].startswith("cpu")
    assert report["images"] == {"reference": 2, "engine": 3}
    assert report["speedup"] == pytest.approx(
        report["engine_images_per_s"] / report["reference_images_per_s"], rel=0.01
    )
    engine_stages = report["stages_s"]["engine"]
    assert {"image_decode", "preprocess", "vision", "prefill", "decode", "ranking"} <= set(engine_stages)
    assert engine_stages["translation"] is None  # no MT model: not measured, never guessed
    assert "speedup" in "\n".join(summary_lines(report))
    assert report["fixed_length"] is False  # a trained model's answers end at its stop tokens


def test_the_bench_holds_both_engines_to_one_attention_backend_or_says_it_has_none(catalog, tiny_model, monkeypatch):  # noqa: F811
    """`--attention` measures which sdpa backend is fastest on a GPU (the H200's profile: decode attention was 40% of
    its time); a backend without a kernel for the inputs is refused in a line."""
    import torch

    calls = []
    original = torch.nn.functional.scaled_dot_product_attention
    monkeypatch.setattr(
        torch.nn.functional,
        "scaled_dot_product_attention",
        lambda *a, **k: calls.append(torch._C._get_math_sdp_enabled()) or original(*a, **k),
    )
    options = BenchOptions(catalog=str(catalog), model=str(tiny_model), images=1, reference_images=1, e2e_items=0)
    report = run_bench(replace(options, attention="math"))
    assert report["attention"] == "math" and calls and all(calls)
    flash_only = set(calls) == {True} and not torch._C._get_flash_sdp_enabled()  # restored after the bench
    assert not flash_only
    if not torch.cuda.is_available():
        with pytest.raises(EnrichError, match="--attention efficient has no kernel"):
            run_bench(replace(options, attention="efficient"))


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_a_random_architecture_decodes_every_answer_to_its_limit_in_both_engines(catalog, tmp_path):  # noqa: F811
    import numpy as np

    from enrich.lab.arch import save_random_arch
    from enrich.model.loading import load_blip2
    from enrich.model.reference import ReferenceEngine
    from enrich.model.vision_once import VisionOnceEngine
    from enrich.records import Task

    loaded = load_blip2(str(save_random_arch("blip2-small-224", tmp_path / "model")))
    assert loaded.stop_token_ids == [] and any("random weights" in note for note in loaded.notes)
    tasks = [Task("caption", "", 7), Task("q", "Question: What is it? Answer:", 5)]
    pictures = [np.full((64, 64, 3), 120, np.uint8)]
    for engine in (ReferenceEngine(loaded), VisionOnceEngine(loaded, image_batch=4, cpu_decode_rows=4)):
        [[caption, answer]] = engine.run(pictures, tasks)
        assert (caption.num_tokens, answer.num_tokens, caption.hit_limit) == (7, 5, True)
    options = BenchOptions(
        catalog=str(catalog), arch="blip2-small-224", images=1, reference_images=1, e2e_items=0, batch_size=4
    )
    report = run_bench(options)
    assert report["fixed_length"] is True
    assert (report["image_batch"], report["cpu_decode_rows"]) == (4, 4)  # the deprecated knob sets both


def test_with_no_model_the_bench_times_what_enrich_run_loads_the_demo_bundle_translation_included(catalog):  # noqa: F811
    from enrich.config import with_demo_defaults

    report = run_bench(BenchOptions(catalog=str(catalog), images=2, e2e_items=0))
    assert report["model"] == with_demo_defaults(None, None, None)[0]
    assert report["images"] == {"reference": 2, "engine": 2}  # the default 16 reference images, capped at --images
    assert report["cuda_graphs"] is False  # CPU: the decode steps run eagerly
    assert report["stages_s"]["engine"]["translation"] > 0  # the demo translator, timed on the engine's outputs
    seconds = 2 / report["engine_images_per_s"] + report["stages_s"]["engine"]["translation"]
    assert report["engine_with_translation_images_per_s"] == pytest.approx(2 / seconds, rel=1e-3)
    assert any(line.startswith("+ translation") for line in summary_lines(report))


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_cli_bench_json_with_a_random_architecture_and_the_end_to_end_run(ray_cluster, catalog):  # noqa: F811
    result = CliRunner().invoke(
        main,
        [
            "bench",
            "engine",
            "--catalog",
            str(catalog),
            "--arch",
            "blip2-small-224",
            "--images",
            "1",
            "--e2e-items",
            "4",
            "--shard-size",
            "2",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{") :])
    assert REQUIRED <= set(report) and report["fixed_length"] and report["model"] == "blip2-small-224"
    assert report["e2e_items"] == 4 and report["e2e_images_per_s"] > 0 and report["e2e_share_of_engine"] > 0
    assert report["e2e_peak_rss_mb"]["worker"] > 0
