import dataclasses
from pathlib import Path

import pytest

from enrich import EnrichError
from enrich.config import default_model, default_questionnaire, load_config


def test_defaults_point_at_bundled_files():
    config = load_config(catalog="c.csv")
    assert Path(config.model, "config.json").is_file()
    assert Path(config.adapter, "adapter_model.safetensors").is_file()  # the demo's questionnaire adapter...
    assert Path(config.mt_model, "model.safetensors").is_file()  # ...and its translator
    assert Path(config.questionnaire).is_file()
    assert config.model == default_model() and config.questionnaire == default_questionnaire()
    assert (config.engine, config.dtype, config.quantize) == ("default", "auto", None)
    assert config.out == str(Path("enrich-out").resolve())  # absolute: Ray workers have another working dir


def test_a_given_model_gets_neither_the_demo_adapter_nor_the_demo_translator(tmp_path):
    config = load_config(catalog="c.csv", model="Salesforce/blip2-opt-2.7b")
    assert (config.model, config.adapter, config.mt_model) == ("Salesforce/blip2-opt-2.7b", None, None)
    own = load_config(catalog="c.csv", adapter=str(tmp_path), mt_model="Helsinki-NLP/opus-mt-tc-big-en-pt")
    assert own.model == default_model() and own.adapter == str(tmp_path)  # the demo base with one's own adapter
    assert own.mt_model == "Helsinki-NLP/opus-mt-tc-big-en-pt"


def test_job_file_values_are_job_relative_and_flags_override(tmp_path):
    job = tmp_path / "jobs" / "nightly.toml"
    job.parent.mkdir()
    (tmp_path / "adapters" / "vqa").mkdir(parents=True)
    job.write_text(
        'catalog = "../catalog.csv"\nout = "../out"\nmodel = "Salesforce/blip2-opt-2.7b"\n'
        'adapter = "../adapters/vqa"\nshard_size = 10\n'
        '[adapters]\ncaption = "../adapters/vqa"\nhub = "org/caption-adapter"\n'
    )
    config = load_config(job, shard_size=5, workers=None)
    assert Path(config.catalog).resolve() == (tmp_path / "catalog.csv").resolve()
    assert Path(config.out).resolve() == (tmp_path / "out").resolve()
    assert config.model == "Salesforce/blip2-opt-2.7b"  # a hub id stays a hub id
    assert Path(config.adapter).resolve() == (tmp_path / "adapters" / "vqa").resolve()
    assert config.shard_size == 5
    assert dict(config.adapters)["hub"] == "org/caption-adapter"
    assert Path(dict(config.adapters)["caption"]).resolve() == (tmp_path / "adapters" / "vqa").resolve()
    assert load_config(job, adapters=(("x", "org/x"),)).adapters == (("x", "org/x"),)  # flags replace the table


@pytest.mark.parametrize(
    "job_text, flags, message",
    [
        ("catalog = 'c.csv'\nshard_sise = 3\n", {}, "unknown keys \\['shard_sise'\\]"),
        ("catalog = 'c.csv'\n", {"engine": "fast"}, "engine must be one of"),
        ("catalog = 'c.csv'\n", {"shard_size": 0}, "shard_size must be at least 1"),
        ("out = 'x'\n", {}, "no catalog given"),
        ("catalog = [\n", {}, "not valid TOML"),
        # a wrong TOML type is named with its key, never a traceback nor a value read another way
        ("catalog = 5\n", {}, "catalog must be a string, not 5"),
        ("catalog = 'c.csv'\nworkers = '2'\n", {}, "workers must be a whole number"),
        ("catalog = 'c.csv'\nshard_size = 1.5\n", {}, "shard_size must be a whole number"),
        ("catalog = 'c.csv'\nfull = 1\n", {}, "full must be true or false"),
        ("catalog = 'c.csv'\nadapters = 'x'\n", {}, "adapters must be an \\[adapters\\] table"),
        ("catalog = 'c.csv'\n[adapters]\na = 3\n", {}, "\\[adapters\\] a must be a location string"),
        ("catalog = 'c.csv'\nfetch = 5\n", {}, "fetch must be a \\[fetch\\] table"),
        # a string where a list belongs was read as its characters: roots '/', 's', 'r'... let every file in
        ("catalog = 'c.csv'\n[fetch]\nroots = '/srv/images'\n", {}, "roots must be a list of strings"),
        ("catalog = 'c.csv'\n[fetch]\nallow_private = '10.0.0.0/8'\n", {}, "allow_private must be a list"),
        # an unset template variable named the job's own folder, and the run ended in IsADirectoryError
        ("catalog = 'c.csv'\nseller_map = ''\n", {}, "seller_map is empty; name a file, or remove the key"),
        ("catalog = 'c.csv'\nquestionnaire = ' '\n", {}, "questionnaire is empty"),
        ("catalog = ''\n", {}, "catalog is empty"),
        # every local read allocated max_bytes + 1 up front: 2**62 failed every item with a MemoryError, 10**20 with
        # an OverflowError, each an "unexpected" read_error
        ("catalog = 'c.csv'\n[fetch]\nmax_bytes = 4611686018427387904\n", {}, "fetch.max_bytes must be from 1 to"),
        ("catalog = 'c.csv'\n[fetch]\nmax_bytes = 100000000000000000000\n", {}, "fetch.max_bytes must be from 1 to"),
    ],
)
def test_bad_configuration_is_explained(tmp_path, job_text, flags, message):
    job = tmp_path / "job.toml"
    job.write_text(job_text)
    with pytest.raises(EnrichError, match=message):
        load_config(job, **flags)


def test_a_job_file_with_a_byte_order_mark_is_read_and_one_not_in_utf8_is_named(tmp_path):
    job = tmp_path / "job.toml"
    job.write_bytes(b"\xef\xbb\xbfcatalog = 'c.csv'\n")
    assert load_config(job).catalog == str(tmp_path / "c.csv")
    job.write_bytes(b"catalog = 'caf\xe9.csv'\n")
    with pytest.raises(EnrichError, match="is not UTF-8 \\(line 1\\): save it as UTF-8"):
        load_config(job)


def test_a_manifest_from_a_newer_enrich_is_named_as_such():
    from enrich.config import config_from_record

    with pytest.raises(EnrichError, match=r"newer enrich \(settings \['fetch.proxy'\] are unknown here\)"):
        config_from_record({"catalog": "c.csv", "fetch": {"proxy": "http://p"}})


def test_a_toml_file_that_is_a_folder_is_named_as_such(tmp_path):
    from enrich.questionnaire import load_questionnaire
    from enrich.seller import load_seller_map

    with pytest.raises(EnrichError, match=f"questionnaire {tmp_path} is a folder, not a TOML file"):
        load_questionnaire(tmp_path)
    with pytest.raises(EnrichError, match=f"seller map {tmp_path} is a folder, not a TOML file"):
        load_seller_map(tmp_path, load_questionnaire(default_questionnaire()))


def test_missing_job_file(tmp_path):
    with pytest.raises(EnrichError, match="job file not found"):
        load_config(tmp_path / "nope.toml")


def test_a_manifest_config_round_trips_with_its_fetch_policy(tmp_path):
    import json

    from enrich.config import config_from_record

    (tmp_path / "c.csv").write_text("sku,image\n")
    config = load_config(catalog=str(tmp_path / "c.csv"), image_roots=(str(tmp_path / "more"),), adapters=(("a", "x"),))
    assert config_from_record(json.loads(json.dumps(dataclasses.asdict(config)))) == config


def test_cuda_graphs_are_on_by_default_and_a_job_or_a_flag_turns_them_off(tmp_path):
    from click.testing import CliRunner

    from enrich.cli import main

    assert load_config(catalog="c.csv").cuda_graphs is True
    job = tmp_path / "job.toml"
    job.write_text('catalog = "c.csv"\ncuda_graphs = false\n')
    assert load_config(job).cuda_graphs is False
    assert load_config(job, cuda_graphs=True).cuda_graphs is True  # the flag wins over the job
    assert "--no-cuda-graphs" in CliRunner().invoke(main, ["run", "--help"]).output


def test_the_error_budget_has_a_default_a_nightly_run_can_trust(tmp_path):
    from enrich.config import DEFAULT_ERROR_BUDGET

    assert load_config(catalog="c.csv").error_budget == DEFAULT_ERROR_BUDGET == 0.2  # a failing model: ~100%
    job = tmp_path / "job.toml"
    job.write_text('catalog = "c.csv"\nerror_budget = 0.02\n')
    assert load_config(job).error_budget == 0.02
    assert load_config(job, error_budget=1.0).error_budget == 1.0  # the flag wins; 1.0 never fails


def test_the_translation_target_is_a_job_key_and_a_flag(tmp_path):
    job = tmp_path / "job.toml"
    job.write_text('catalog = "c.csv"\nmt_model = "Helsinki-NLP/opus-mt-tc-big-en-pt"\nmt_target = "por"\n')
    assert load_config(job).mt_target == "por"
    assert load_config(job, mt_target="pob").mt_target == "pob"
    assert load_config(catalog="c.csv").mt_target is None  # the model's pt-BR token, else its Portuguese one


def test_the_retired_fixed_length_key_is_ignored_with_a_notice_and_dropped_from_old_manifests(tmp_path, caplog):
    from enrich.config import RunConfig, config_from_record

    job = tmp_path / "job.toml"
    job.write_text('catalog = "c.csv"\nfixed_length = true\n')
    config = load_config(job)
    assert "fixed_length" not in {f.name for f in dataclasses.fields(RunConfig)}
    assert "fixed_length is retired and ignored" in caplog.text
    old = {**dataclasses.asdict(config), "fixed_length": False}  # a manifest an earlier release wrote
    assert config_from_record(old) == config


def test_the_batch_knobs_are_named_for_what_they_control_and_batch_size_sets_both_with_a_notice(tmp_path, caplog):
    from enrich.config import config_from_record

    defaults = load_config(catalog="c.csv")
    assert (defaults.image_batch, defaults.cpu_decode_rows) == (16, 16)
    job = tmp_path / "job.toml"
    job.write_text('catalog = "c.csv"\nbatch_size = 32\n')  # a nightly job of the previous release
    assert (load_config(job).image_batch, load_config(job).cpu_decode_rows) == (32, 32)
    assert (
        f"job file {job}: batch_size is deprecated" in caplog.text and "image_batch and cpu_decode_rows" in caplog.text
    )
    caplog.clear()
    flagged = load_config(job, image_batch=8, batch_size=4)  # flags over the job; a knob given beats the alias
    assert (flagged.image_batch, flagged.cpu_decode_rows) == (8, 4)
    assert "--batch-size is deprecated" in caplog.text and "--image-batch and --cpu-decode-rows" in caplog.text
    old = {k: v for k, v in dataclasses.asdict(defaults).items() if k not in ("image_batch", "cpu_decode_rows")}
    assert config_from_record({**old, "batch_size": 12}) == dataclasses.replace(
        defaults, image_batch=12, cpu_decode_rows=12
    )


def test_run_takes_the_batch_knobs_and_the_deprecated_batch_size_as_flags(monkeypatch, caplog):
    from click.testing import CliRunner

    import enrich.runner
    from enrich.cli import main

    seen = []

    def stop(config, **kwargs):
        seen.append(config)
        raise EnrichError("stopped before any work")

    monkeypatch.setattr(enrich.runner, "run_job", stop)
    for flags in (["--image-batch", "3", "--cpu-decode-rows", "5"], ["--batch-size", "7"]):
        result = CliRunner().invoke(main, ["run", "--catalog", "c.csv", "--no-progress", *flags])
        assert result.exit_code == 1 and "stopped before any work" in result.output
    assert [(c.image_batch, c.cpu_decode_rows) for c in seen] == [(3, 5), (7, 7)]
    assert caplog.text.count("--batch-size is deprecated") == 1
