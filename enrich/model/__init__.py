"""Model code: the only place that imports torch, transformers and peft.

This `__init__` stays torch-free so the driver can check a checkpoint before any Ray actor starts;
import the submodules (loading, engine, mt, tiny) where the model actually runs.
"""

from __future__ import annotations

import json
from pathlib import Path

from enrich import EnrichError

SAFE_WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "adapter_model.safetensors")
PICKLE_WEIGHTS = ("pytorch_model.bin", "pytorch_model.bin.index.json", "adapter_model.bin")


def check_checkpoint(source: str, what: str = "model") -> None:
    """Fail fast, before any model loads, on a local checkpoint that cannot work.

    Hub ids pass through; they are resolved (and refused offline) where the model loads.
    """
    path = Path(source).expanduser()
    if not path.exists():
        if source.startswith((".", "/", "~")) or source.count("/") != 1:
            raise EnrichError(f"{what} not found: {source} is neither a local directory nor a hub id (org/name)")
        return
    if not path.is_dir():
        raise EnrichError(f"{what} {source} must be a directory saved with save_pretrained")
    names = {p.name for p in path.iterdir()}
    if "config.json" not in names and "adapter_config.json" not in names:
        raise EnrichError(f"{what} {source} has no config.json: not a transformers checkpoint")
    if not names & set(SAFE_WEIGHTS):
        pickled = sorted(names & set(PICKLE_WEIGHTS))
        hint = f" (found pickle weights {pickled}, which are refused)" if pickled else ""
        raise EnrichError(f"{what} {source} has no safetensors weights{hint}; {safetensors_fix(source, names)}")


def check_engine(source: str, engine: str) -> None:
    """The default engine drives OPT decoders only: a local checkpoint with another language model (a T5) is
    refused here, before Ray starts and a model loads. A hub id is checked where it loads (vision_once.py)."""
    config_file = Path(source).expanduser() / "config.json"
    if engine != "default" or not config_file.is_file():
        return
    try:
        kind = json.loads(config_file.read_text()).get("text_config", {}).get("model_type", "opt")
    except (OSError, ValueError, AttributeError):
        return  # the loader says what is wrong with the file
    if kind != "opt":
        raise EnrichError(
            f"model {source} has a {kind} language model: the default engine drives OPT decoders (blip2-opt-*) "
            "only; use --engine reference"
        )


def safetensors_fix(source: str, names: set[str]) -> str:
    """How to get safetensors weights: an explicit conversion step the user takes, never a pickle load here."""
    if "adapter_model.bin" in names:
        return f"convert it once with `enrich convert-adapter {source} {source}-safetensors` and use that folder"
    return "re-save it with save_pretrained(..., safe_serialization=True) on a machine you trust"


def one_line(exc: BaseException) -> str:
    """An exception's whole message on one line (library messages often start with a newline)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def fingerprint(source: str | None) -> str | None:
    """A cheap content fingerprint of a checkpoint or adapter: changes when its files change.

    Hashes config files whole and every weight file's size, safetensors header and 16 sampled 64 KiB
    blocks, so a multi-GB model is fingerprinted in milliseconds. Hub ids are resolved to the local
    snapshot the model loads from (downloaded once, shared with the loader's cache).
    """
    import hashlib
    import struct

    if not source:
        return None
    path = Path(source).expanduser()
    if not path.exists():
        from huggingface_hub import snapshot_download

        try:
            path = Path(snapshot_download(source, allow_patterns=["*.json", "*.safetensors", "*.model", "*.txt"]))
        except Exception as exc:
            raise EnrichError(f"cannot resolve {source} to fingerprint it: {exc}") from None
    digest = hashlib.sha256()
    for file in sorted(p for p in path.iterdir() if p.is_file()):
        digest.update(file.name.encode())
        if file.suffix == ".json":
            digest.update(file.read_bytes())
        elif file.suffix == ".safetensors":
            size = file.stat().st_size
            digest.update(str(size).encode())
            with file.open("rb") as handle:
                header = struct.unpack("<Q", handle.read(8))[0] if size >= 8 else 0
                digest.update(handle.read(min(header, size)))
                for k in range(16):
                    handle.seek(size * k // 16)
                    digest.update(handle.read(65536))
    return digest.hexdigest()[:16]
