"""The committed demo models: they answer a fresh synthetic hold-out, and the rebuild recipe runs end to end."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from enrich.cli import main
from enrich.lab.render import write_catalog


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_embedded_default_meets_the_accuracy_targets_on_a_fresh_seed(tmp_path):
    write_catalog(tmp_path, 200, seed=11)  # no demo stage uses seed 11
    result = CliRunner().invoke(main, ["eval", "--data", str(tmp_path / "catalog.csv"), "--json"])
    assert result.exit_code == 0, result.output
    accuracy = json.loads(result.stdout)["accuracy"]
    assert accuracy["garment_type"] >= 0.95 and accuracy["color"] >= 0.95 and accuracy["pattern"] >= 0.90, accuracy
    assert accuracy["sleeve_length"] >= 0.90, accuracy


def test_the_demo_translator_speaks_the_renders_portuguese():
    from enrich.config import with_demo_defaults
    from enrich.model.mt import Seq2SeqTranslator

    _, _, mt_model = with_demo_defaults(None, None, None)
    translated = Seq2SeqTranslator(mt_model).translate(
        ["a product photo of a red striped t-shirt with short sleeves", "blue jeans with contrast stitching"]
    )
    assert translated == [
        "foto de produto de uma camiseta vermelha listrada de manga curta",
        "uma calça jeans azul com pesponto contrastante",
    ]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_rebuild_recipe_runs_end_to_end_at_a_small_size(tmp_path):
    from enrich.lab.demo import NAMES, QUICK, build, forgetting
    from enrich.model.loading import load_blip2

    report = build(tmp_path, QUICK)
    assert {"base", "adapter_captions", "adapter_vqa", "adapter_mixed", "mt", "bundle_on_seed_3"} <= set(report)
    assert (
        report["vision"]["steps"] == QUICK["vision_steps"] and report["base"]["vision"] is None
    )  # frozen, not retrained
    assert json.loads((tmp_path / "demo-metrics.json").read_text())["seconds"] == report["seconds"]
    loaded = load_blip2(str(tmp_path / NAMES["base"]), str(tmp_path / NAMES["adapter"]))
    assert loaded.model.config.vision_config.image_size == 128
    assert (tmp_path / NAMES["mt"] / "model.safetensors").is_file()
    experiment = forgetting(tmp_path, QUICK)  # on the bundle just built
    assert json.loads((tmp_path / "forgetting.json").read_text()) == json.loads(json.dumps(experiment))
    assert experiment["base"]["vision"] is None and len(experiment["base"]["epochs"]) == QUICK["caption_base_epochs"]
    assert {f"adapter_{name}" for name in ("captions", "vqa", "mixed")} <= set(experiment)


def test_help_and_an_unknown_flag_never_reach_the_rebuild(capsys):
    """The rebuild replaces the package's own bundle by default: a flag it did not know was read as no folder."""
    from enrich.lab.demo import _arguments

    for argv, code in ((["--help"], 0), (["--bogus"], 2), (["a", "b"], 2)):
        with pytest.raises(SystemExit) as stopped:
            _arguments(argv)
        assert stopped.value.code == code
    assert "--quick" in capsys.readouterr().out
    assert _arguments(["/tmp/x", "--quick"]).out_dir.name == "x"
