"""`enrich check` on the layout replicas: each planted problem is named with its fix, and nothing is loaded."""

import json
import shutil
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from enrich.cli import main
from enrich.config import DEMO_DIR
from enrich.model.check import NOTE, PROBLEM, Weights, check
from tests.model.replicas import save_experiment_lora, save_opus_mt_tc_big


def enrich_check(*args):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def problems(findings) -> list[str]:
    return [f"{f.topic}: {f.text} | fix: {f.fix}" for f in findings if f.level == PROBLEM]


def copy(source, tmp_path, name="copy"):
    return shutil.copytree(source, tmp_path / name)


def edit_json(path, change):
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_the_real_layouts_pass_and_say_what_they_checked(blip2_current, experiment_lora, opus_mt):
    done = enrich_check(blip2_current, "--adapter", experiment_lora, "--mt-model", opus_mt)
    assert done.exit_code == 0, done.output
    for said in (
        "safetensors: 3 file(s)",
        "image token: <image> = id ",
        "8 query tokens",
        "tokens fit the 320 embedding rows",
        "target modules: ['k_proj', 'q_proj']: 4 modules of the model",
        "target language: marian target pob: >>pob<<",
        "no problems found",
    ):
        assert said in done.output, said
    assert "base model: trained on Salesforce/blip2-opt-2.7b, given" in done.output  # a note, not a problem


def test_a_pre2024_checkpoint_is_a_note_not_a_problem(blip2_pre2024):
    findings = check(str(blip2_pre2024))
    [note] = [f for f in findings if f.topic == "image token"]
    assert note.level == NOTE and "before BLIP-2's 2024 processor update" in note.text and not problems(findings)


def test_a_t5_blip2_needs_the_reference_engine(blip2_t5):
    done = enrich_check(blip2_t5)
    assert (
        done.exit_code == 1
        and "drives OPT decoders" in done.output
        and "fix: run it with --engine reference" in done.output
    )
    assert enrich_check(blip2_t5, "--engine", "reference").exit_code == 0


def test_pickle_weights_are_named_with_the_fix(blip2_current, experiment_lora, tmp_path):
    model = copy(blip2_current, tmp_path, "model")
    for shard in model.glob("*.safetensors*"):
        shard.unlink()
    (model / "pytorch_model.bin").write_bytes(b"pickle")
    adapter = copy(experiment_lora, tmp_path, "adapter")
    (adapter / "adapter_model.safetensors").rename(adapter / "adapter_model.bin")
    done = enrich_check(model, "--adapter", adapter)
    assert done.exit_code == 1
    assert "only pickle weights ['pytorch_model.bin']" in done.output and "safe_serialization=True" in done.output
    assert f"fix: convert it once with `enrich convert-adapter {adapter} {adapter}-safetensors`" in done.output


def test_an_adapter_for_modules_the_model_lacks_is_named(blip2_current, experiment_lora, tmp_path):
    adapter = copy(experiment_lora, tmp_path)
    edit_json(adapter / "adapter_config.json", lambda c: c.update(target_modules=["query_key_value"]))
    [problem] = problems(check(str(blip2_current), str(adapter)))
    assert "none of ['query_key_value'] is a module of the model" in problem


def test_an_adapter_trained_on_another_base_model_is_named(blip2_current, tmp_path):
    from tests.model.replicas import save_blip2_t5

    other = save_blip2_t5(tmp_path / "t5")  # q/k projections of other sizes and names
    adapter = save_experiment_lora(
        other, tmp_path / "adapter", target_modules=["q", "k"], base="Salesforce/blip2-flan-t5-xl"
    )
    edit_json(adapter / "adapter_config.json", lambda c: c.update(target_modules=["q_proj", "k_proj"]))
    findings = check(str(blip2_current), str(adapter))
    [problem] = problems(findings)
    assert "LoRA weight(s) do not fit the model" in problem and "trained on" in problem
    assert any("trained on Salesforce/blip2-flan-t5-xl" in f.text for f in findings if f.topic == "base model")


def test_config_and_weights_that_disagree_on_the_vocabulary_are_named(blip2_current, tmp_path):
    model = copy(blip2_current, tmp_path)
    edit_json(model / "config.json", lambda c: c["text_config"].update(vocab_size=384))
    [problem] = problems(check(str(model)))
    assert "config says 384 tokens, the weights have 320 embedding rows" in problem


def test_an_image_processor_of_another_size_is_named(blip2_current, tmp_path):
    model = copy(blip2_current, tmp_path)
    edit_json(model / "preprocessor_config.json", lambda c: c.update(size={"height": 48, "width": 48}))
    [problem] = problems(check(str(model)))
    assert "resizes images to 48 px, the vision model expects 32 px" in problem


def test_translator_problems_are_named(blip2_current, opus_mt, nllb_mt, tmp_path):
    spanish = save_opus_mt_tc_big(tmp_path / "spa", targets=(">>spa<<",))
    assert "writes spa, not Portuguese" in problems(check(str(blip2_current), mt_model=str(spanish)))[0]
    one_pair = save_opus_mt_tc_big(tmp_path / "en-es", targets=())
    edit_json(one_pair / "tokenizer_config.json", lambda c: c.update(target_lang="es"))
    done = enrich_check(blip2_current, "--mt-model", one_pair)
    assert done.exit_code == 1 and "translates into 'es'" in done.output
    assert "fix: use an English->Portuguese model" in done.output
    mixed = copy(nllb_mt, tmp_path, "mixed")
    edit_json(mixed / "config.json", lambda c: c.update(vocab_size=128))
    for shard in mixed.glob("*.safetensors"):
        shard.unlink()
    shutil.copy(opus_mt / "model.safetensors", mixed / "model.safetensors")  # another model's weights
    assert "this tokenizer belongs to another model" in problems(check(str(blip2_current), mt_model=str(mixed)))[0]
    done = enrich_check(blip2_current, "--mt-model", opus_mt, "--mt-target", "ita")
    assert done.exit_code == 1 and "fix: set --mt-target to its Portuguese code" in done.output
    # a translator that writes one language has no target to set: the fix is to drop the flag
    single = enrich_check(blip2_current, "--mt-model", DEMO_DIR / "demo-mt", "--mt-target", "pob")
    assert single.exit_code == 1 and "fix: drop --mt-target (job key mt_target)" in single.output


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_a_missing_tokenizer_library_is_named_with_the_install_and_the_loads_whole_reason(blip2_current, opus_mt):
    """On an install without sentencepiece: `enrich check` names the install, and loading the translation model
    (enrich.model.mt) keeps the library's whole reason, not its empty first line. One process for both."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['sentencepiece'] = None\n"
        "from enrich import EnrichError\nfrom enrich.model.mt import Seq2SeqTranslator\n"
        f"try:\n    Seq2SeqTranslator({str(opus_mt)!r})\nexcept EnrichError as exc:\n    print('load:', exc)\n"
        "from enrich.cli import main\n"
        f"main(['check', {str(blip2_current)!r}, '--mt-model', {str(opus_mt)!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert done.returncode == 1
    [loaded] = [line for line in done.stdout.splitlines() if line.startswith("load:")]
    assert "could not load the translation model" in loaded
    assert "MarianTokenizer requires the SentencePiece library" in loaded  # not an empty first line
    assert "tokenizer: does not load: MarianTokenizer requires the SentencePiece library" in done.stdout
    assert "fix: pip install sentencepiece protobuf" in done.stdout


def test_not_a_blip2_checkpoint(opus_mt):
    [problem] = problems(check(str(opus_mt)))
    assert "not a BLIP-2 checkpoint (marian)" in problem


def test_no_weights_are_loaded(blip2_current, experiment_lora, opus_mt, monkeypatch):
    import safetensors.torch
    import torch
    from transformers import PreTrainedModel

    def refuse(*args, **kwargs):
        raise AssertionError("enrich check loaded weights")

    monkeypatch.setattr(PreTrainedModel, "from_pretrained", refuse)
    monkeypatch.setattr(safetensors.torch, "load_file", refuse)
    monkeypatch.setattr(torch, "load", refuse)
    assert not problems(check(str(blip2_current), str(experiment_lora), str(opus_mt)))


def test_a_hub_id_is_checked_from_its_small_files_and_weight_headers(blip2_current, tmp_path, monkeypatch):
    import huggingface_hub

    small = tmp_path / "snapshot"
    shutil.copytree(blip2_current, small, ignore=shutil.ignore_patterns("*.safetensors"))
    local = Weights.of(blip2_current)
    tensors = {name: SimpleNamespace(shape=list(shape)) for name, shape in local.shapes.items()}
    metadata = SimpleNamespace(files_metadata={"model.safetensors": SimpleNamespace(tensors=tensors)})
    fetched = []
    monkeypatch.setattr(
        huggingface_hub, "snapshot_download", lambda repo, allow_patterns: fetched.append(allow_patterns) or str(small)
    )
    monkeypatch.setattr(huggingface_hub, "get_safetensors_metadata", lambda repo: metadata)
    findings = check("Salesforce/blip2-opt-2.7b")
    assert not problems(findings) and fetched == [["*.json", "*.txt", "*.model", "*.spm"]]
    assert any(f.text.startswith("1 file(s)") for f in findings if f.topic == "safetensors")


def test_a_damaged_config_is_named_not_a_traceback(tmp_path):
    (tmp_path / "config.json").write_text('{"model_type": "blip-2", "vision')  # a download cut short
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 1 and "config.json is not valid JSON" in result.output
    assert "download or copy it again" in result.output


@pytest.mark.parametrize(
    "change, said",
    [
        (lambda c: c.update(text_config="x"), 'text_config = "x", not an object'),
        (lambda c: c.update(num_query_tokens="x"), 'num_query_tokens = "x", not a whole number'),
        (lambda c: c["vision_config"].update(image_size=[32]), "vision_config.image_size = [32], not a whole number"),
    ],
)
def test_a_config_with_fields_of_the_wrong_type_is_a_problem_not_a_traceback(blip2_current, tmp_path, change, said):
    model = copy(blip2_current, tmp_path)
    edit_json(model / "config.json", change)
    result = enrich_check(model)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert f"config.json holds {said}" in result.output and "copy config.json again" in result.output


def test_a_config_transformers_cannot_build_and_a_mistyped_adapter_config_are_problems(
    blip2_current, experiment_lora, tmp_path
):
    model = copy(blip2_current, tmp_path)
    edit_json(model / "config.json", lambda c: c["qformer_config"].update(num_attention_heads=7))  # 7 ∤ hidden size
    assert any(p.startswith("architecture: transformers cannot build it") for p in problems(check(str(model))))
    adapter = copy(experiment_lora, tmp_path, "adapter")
    edit_json(adapter / "adapter_config.json", lambda c: c.update(target_modules=3, base_model_name_or_path=[1]))
    [problem] = problems(check(str(blip2_current), adapter=str(adapter)))
    assert "base_model_name_or_path = [1], not text; target_modules = 3, not a list of names" in problem
    for targets in ([1, "q_proj"], "(q_proj"):  # a name that is no text, a pattern that does not compile
        config = json.loads((adapter / "adapter_config.json").read_text())
        config.update(target_modules=targets, base_model_name_or_path="x")
        (adapter / "adapter_config.json").write_text(json.dumps(config))
        [problem] = problems(check(str(blip2_current), adapter=str(adapter)))
        assert "target_modules = " in problem and "not a list of names or a pattern" in problem


def test_a_null_sub_config_reads_as_transformers_defaults_it(blip2_current, tmp_path):
    model = copy(blip2_current, tmp_path)
    edit_json(model / "config.json", lambda c: c.update(text_config=None, vision_config=None))
    findings = check(str(model))  # a traceback before ('NoneType' has no attribute 'get')
    assert any(f.topic == "language model" and f.text == "OPT: both engines" for f in findings)
    assert any(f.topic == "image processor" for f in findings)


def test_a_missing_shard_or_a_damaged_weights_file_is_a_problem_not_a_pass_or_a_traceback(blip2_current, tmp_path):
    """A shard missing passed ("ok safetensors: 1 file(s)") while the run failed on it; a truncated file was a
    SafetensorError traceback."""
    model = copy(blip2_current, tmp_path, "missing")
    shards = sorted(model.glob("*.safetensors"))
    assert len(shards) > 1 and (model / "model.safetensors.index.json").exists()
    shards[-1].unlink()
    [problem] = [p for p in problems(check(str(model))) if p.startswith("safetensors")]
    assert f"{shards[-1].name}: named by model.safetensors.index.json, not in the folder" in problem
    assert "download or copy the checkpoint again" in problem
    model = copy(blip2_current, tmp_path, "truncated")
    first = sorted(model.glob("*.safetensors"))[0]
    first.write_bytes(first.read_bytes()[:100])
    done = enrich_check(model)
    assert done.exit_code == 1 and "damaged or incomplete weights" in done.output and first.name in done.output
    assert "Traceback" not in done.output


@pytest.mark.parametrize(
    "change, said", [({"r": 0}, "r = 0, not a positive whole number"), ({"peft_type": "IA3"}, 'peft_type = "IA3"')]
)
def test_an_adapter_the_run_would_refuse_is_a_problem(blip2_current, experiment_lora, tmp_path, change, said):
    adapter = copy(experiment_lora, tmp_path, "adapter")
    edit_json(adapter / "adapter_config.json", lambda c: c.update(change))
    [problem] = problems(check(str(blip2_current), adapter=str(adapter)))
    assert said in problem
