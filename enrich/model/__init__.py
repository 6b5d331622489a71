"""Model code: the only place that imports torch, transformers and peft.

This `__init__` stays torch-free so the driver can check a checkpoint before any Ray actor starts;
import the submodules (loading, engine, mt, tiny) where the model actually runs.
"""

from __future__ import annotations

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
        raise EnrichError(f"{what} {source} has no safetensors weights{hint}; re-save it with safe_serialization=True")
