"""`enrich check`: will this model, adapter and translation model run, read from their files alone?

Nothing is loaded: configs and tokenizers are read as files, weight shapes from the safetensors headers, and the
model's module names from the architecture built on PyTorch's meta device (no memory, a fraction of a second for
blip2-opt-2.7b). Each finding is `ok`, a `note` (something loading adapts, or worth knowing) or a `problem` (the
run would fail or silently do the wrong thing), and every problem carries its fix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from enrich import EnrichError
from enrich.model import PICKLE_WEIGHTS, one_line, safetensors_fix

OK, NOTE, PROBLEM = "ok", "note", "problem"
TYPE_WORDS = {dict: "an object", int: "a whole number", str: "text", list: "a list"}
CONFIG_TYPES = {  # the config.json fields the checks read (null is a default to transformers)
    "text_config": dict,
    "vision_config": dict,
    "qformer_config": dict,
    "num_query_tokens": int,
    "image_token_index": int,
    "image_token_id": int,
    "text_config.model_type": str,
    "text_config.vocab_size": int,
    "vision_config.image_size": int,
}
SMALL_FILES = ["*.json", "*.txt", "*.model", "*.spm"]  # what a hub id's check downloads: never the weights


@dataclass(frozen=True)
class Finding:
    part: str  # model, adapter, translation model
    topic: str
    level: str
    text: str
    fix: str | None = None


class Weights:
    """Tensor names and shapes from the safetensors headers (local files, or the hub's metadata API)."""

    def __init__(
        self, shapes: dict[str, tuple[int, ...]], files: list[str], pickled: list[str], broken: list[str] = ()
    ):
        self.shapes, self.files, self.pickled = shapes, files, pickled
        self.broken = list(broken)  # "file: why": a damaged header, a shard the index names that is not there

    @classmethod
    def of(cls, path: Path, hub_id: str | None = None) -> Weights:
        pickled = sorted(p.name for p in path.iterdir() if p.name in PICKLE_WEIGHTS or p.name.endswith(".bin"))
        if hub_id:
            return cls._from_hub(hub_id, pickled)
        from safetensors import safe_open

        shapes, files, broken = {}, sorted(p.name for p in path.glob("*.safetensors")), _missing_shards(path)
        for name in files:
            try:
                with safe_open(path / name, "pt") as handle:  # reads the header only
                    shapes.update({key: tuple(handle.get_slice(key).get_shape()) for key in handle.keys()})
            except Exception as exc:  # a download cut short, an empty file, a folder so named: the run fails on it
                broken.append(f"{name}: {' '.join(str(exc).split()) or type(exc).__name__}")
        return cls(shapes, files, pickled, broken)

    @classmethod
    def _from_hub(cls, hub_id: str, pickled: list[str]) -> Weights:
        from huggingface_hub import get_safetensors_metadata

        try:
            metadata = get_safetensors_metadata(hub_id)
        except Exception:  # no safetensors in the repository
            return cls({}, [], pickled or ["(pickle weights on the hub)"])
        shapes = {k: tuple(t.shape) for f in metadata.files_metadata.values() for k, t in f.tensors.items()}
        return cls(shapes, sorted(metadata.files_metadata), pickled)

    def rows(self, *suffixes: str) -> int | None:
        """Rows of the first tensor whose name ends with one of `suffixes` (an embedding table)."""
        for suffix in suffixes:
            for name, shape in self.shapes.items():
                if name.endswith(suffix):
                    return shape[0]
        return None


def _missing_shards(path: Path) -> list[str]:
    """The shards a sharded checkpoint's index names that the folder lacks: the rest would pass for the model."""
    missing = []
    for index in sorted(path.glob("*.safetensors.index.json")):
        try:
            shards = set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values())
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            missing.append(f"{index.name}: not an index of shards ({exc})")
            continue
        missing += [
            f"{shard}: named by {index.name}, not in the folder"
            for shard in sorted(shards)
            if not (path / shard).is_file()
        ]
    return missing


def resolve(source: str) -> tuple[Path, str | None]:
    """A local directory, or a hub id's small files (configs, tokenizers) fetched into the cache."""
    path = Path(source).expanduser()
    if path.is_dir():
        return path, None
    if path.exists() or source.startswith((".", "/", "~")) or source.count("/") != 1:
        raise EnrichError(f"{source} is neither a local directory nor a hub id (org/name)")
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(source, allow_patterns=SMALL_FILES)), source
    except Exception as exc:
        raise EnrichError(f"cannot fetch {source}'s config and tokenizer files: {one_line(exc)}") from None


def read_json(path: Path) -> dict | None:
    """The file's JSON object; None when there is none. A damaged one (a download cut short) is named."""
    if not path.is_file():
        return None
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise EnrichError(f"{path} is not valid JSON ({exc}): download or copy it again") from None
    if not isinstance(found, dict):
        raise EnrichError(f"{path} is not a JSON object: download or copy it again")
    return found


def weights_finding(part: str, source: str, weights: Weights) -> Finding:
    if weights.broken:
        return Finding(
            part,
            "safetensors",
            PROBLEM,
            f"damaged or incomplete weights: {'; '.join(weights.broken)}",
            "download or copy the checkpoint again (a transfer cut short leaves such files)",
        )
    if weights.files:
        return Finding(part, "safetensors", OK, f"{len(weights.files)} file(s), {len(weights.shapes)} tensors")
    if weights.pickled:
        fix = safetensors_fix(source, set(weights.pickled))
        return Finding(part, "safetensors", PROBLEM, f"only pickle weights {weights.pickled}, which are refused", fix)
    return Finding(part, "safetensors", PROBLEM, "no weights at all", "point at the folder save_pretrained wrote")


def load_tokenizer(part: str, path: Path):
    """The tokenizer (files only, cheap), or the finding that says why it cannot load."""
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(str(path), trust_remote_code=False), None
    except Exception as exc:
        reason = one_line(exc)
        fix = "pip install sentencepiece protobuf" if "sentencepiece" in reason.lower() else "see the reason"
        return None, Finding(part, "tokenizer", PROBLEM, f"does not load: {reason}", fix)


def check(
    model: str,
    adapter: str | None = None,
    mt_model: str | None = None,
    engine: str = "default",
    mt_target: str | None = None,
    adapters: tuple[tuple[str, str], ...] = (),
) -> list[Finding]:
    from enrich.model.check_adapter import check_adapter
    from enrich.model.mt import check_translator

    findings, meta = check_blip2(model, engine)
    for name, location in ((None, adapter), *adapters):
        if location:
            findings += check_adapter(location, model, meta, f"adapter {name}" if name else "adapter")
    if mt_model:
        findings += check_translator(mt_model, mt_target)
    return findings


def report(findings: list[Finding]) -> list[str]:
    lines, part = [], None
    for finding in findings:
        if finding.part != part:
            part = finding.part
            lines.append(part)
        lines.append(f"  {finding.level:<8} {finding.topic}: {finding.text}")
        if finding.fix:
            lines.append(f"  {'':<8} fix: {finding.fix}")
    problems = sum(f.level == PROBLEM for f in findings)
    lines.append(f"{problems} problem(s)" if problems else "no problems found")
    return lines


def check_blip2(source: str, engine: str) -> tuple[list[Finding], object]:
    """The BLIP-2 checkpoint's findings, and its architecture on the meta device (for the adapters) or None."""
    part = f"model {source}"
    path, hub_id = resolve(source)
    config = read_json(path / "config.json")
    if config is None or config.get("model_type") != "blip-2":
        kind = config.get("model_type") if config else "no config.json"
        return [
            Finding(part, "architecture", PROBLEM, f"not a BLIP-2 checkpoint ({kind})", "pass a BLIP-2 folder")
        ], None
    wrong = mistyped(config, CONFIG_TYPES)
    if wrong:
        text = f"config.json holds {'; '.join(wrong)}"
        return [Finding(part, "config", PROBLEM, text, "download or copy config.json again from the checkpoint")], None
    weights = Weights.of(path, hub_id)
    findings = [weights_finding(part, source, weights), _language_model(part, config, engine)]
    meta, unbuilt = _meta_model(part, path)  # the checks below read files only: they still run without it
    findings += [unbuilt] if unbuilt else []
    tokenizer, failed = load_tokenizer(part, path)
    if failed:
        return [*findings, failed], meta
    findings += _image_tokens(part, path, config, tokenizer)
    findings.append(_vocabulary(part, config, tokenizer, weights))
    findings += _image_size(part, path, config)
    return findings, meta


def _language_model(part: str, config: dict, engine: str) -> Finding:
    kind = (config.get("text_config") or {}).get("model_type", "opt")
    if kind == "opt":
        return Finding(part, "language model", OK, "OPT: both engines")
    text = f"{kind}: the default engine drives OPT decoders (blip2-opt-*) only"
    if engine == "default":
        return Finding(part, "language model", PROBLEM, text, "run it with --engine reference")
    return Finding(part, "language model", OK, f"{kind} on --engine reference")


def mistyped(config: dict, types: dict[str, type]) -> list[str]:
    """The fields (dotted paths into nested objects) that hold another type than the one named: a hand-edited or
    foreign config.json would otherwise fail deep inside a check with a traceback."""
    wrong = []
    for key, kind in types.items():
        *parents, name = key.split(".")
        holder = config
        for parent in parents:
            holder = holder.get(parent) if isinstance(holder, dict) else None
        value = holder.get(name) if isinstance(holder, dict) else None
        if value is not None and (not isinstance(value, kind) or (kind is int and isinstance(value, bool))):
            wrong.append(f"{key} = {json.dumps(value)[:40]}, not {TYPE_WORDS[kind]}")
    return wrong


def _meta_model(part: str, path: Path):
    """The architecture without memory or weights (module names and shapes for the adapter checks), or the finding
    that says why transformers cannot build it."""
    import torch
    from transformers import AutoConfig, Blip2ForConditionalGeneration

    try:
        with torch.device("meta"):
            return Blip2ForConditionalGeneration(AutoConfig.from_pretrained(str(path))), None
    except Exception as exc:  # whatever transformers makes of a config it cannot use: said, with the file to fix
        text = f"transformers cannot build it from config.json: {one_line(exc)}"
        return None, Finding(part, "architecture", PROBLEM, text, "download or copy config.json again")


def _image_tokens(part: str, path: Path, config: dict, tokenizer) -> list[Finding]:
    """Where the image goes in the prompt: the same token id in config and tokenizer, the same query count."""
    queries = config.get("num_query_tokens", 32)
    in_processor = (read_json(path / "processor_config.json") or {}).get("num_query_tokens")
    token_id = tokenizer.get_vocab().get("<image>")
    in_config = config.get("image_token_index", config.get("image_token_id"))
    if token_id is not None and token_id == in_config and in_processor == queries:
        return [Finding(part, "image token", OK, f"<image> = id {token_id}, {queries} query tokens")]
    said = f"config image_token_index {in_config}, tokenizer <image> {token_id}, processor num_query_tokens "
    return [
        Finding(
            part,
            "image token",
            NOTE,
            said + f"{in_processor} (model: {queries}): the layout from before BLIP-2's 2024 processor update; "
            "enrich adds <image> and sets both at load, and says so in the run's log",
        )
    ]


def _vocabulary(part: str, config: dict, tokenizer, weights: Weights) -> Finding:
    declared = (config.get("text_config") or {}).get("vocab_size")
    rows = weights.rows("decoder.embed_tokens.weight", "language_model.shared.weight", "embed_tokens.weight")
    if rows is None:
        return Finding(part, "vocabulary", NOTE, "no embedding table found in the safetensors headers")
    if declared is not None and declared != rows:
        return Finding(
            part,
            "vocabulary",
            PROBLEM,
            f"config says {declared} tokens, the weights have {rows} embedding rows: the files disagree",
            "re-save the model with save_pretrained so that config and weights match",
        )
    tokens = len(tokenizer) + ("<image>" not in tokenizer.get_vocab())
    if tokens > rows:
        return Finding(part, "vocabulary", NOTE, f"{tokens} tokens > {rows} embedding rows: grown at load")
    return Finding(part, "vocabulary", OK, f"{tokens} tokens fit the {rows} embedding rows")


def _image_size(part: str, path: Path, config: dict) -> list[Finding]:
    processor = read_json(path / "preprocessor_config.json") or (read_json(path / "processor_config.json") or {}).get(
        "image_processor"
    )
    if not processor:
        fix = "copy the image processor's preprocessor_config.json from the base model"
        return [Finding(part, "image processor", PROBLEM, "no preprocessor_config.json", fix)]
    size = processor.get("size", {}) if isinstance(processor, dict) else None
    side = size.get("height", size.get("shortest_edge")) if isinstance(size, dict) else size  # older files: 224
    expected = (config.get("vision_config") or {}).get("image_size", 224)
    if side == expected:
        return [Finding(part, "image processor", OK, f"{side} px, as the vision model expects")]
    text = f"resizes images to {side} px, the vision model expects {expected} px: every item would fail"
    return [Finding(part, "image processor", PROBLEM, text, "use the base model's preprocessor_config.json")]
