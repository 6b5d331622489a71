"""`enrich convert-adapter`: an old peft adapter (adapter_model.bin, a pickle) rewritten as safetensors.

An explicit step the user takes once, on an adapter they trust: enrich itself only ever loads safetensors.
The pickle is read with `torch.load(weights_only=True)`, which refuses anything but tensors and plain containers,
so even this step executes no code from the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from enrich import EnrichError
from enrich.model import one_line
from enrich.model.check import read_json

COPIED = ("adapter_config.json", "README.md")


def convert_adapter(source: str | Path, destination: str | Path) -> Path:
    """Write `destination`/adapter_model.safetensors (+ adapter_config.json) from `source`/adapter_model.bin."""
    import torch
    from safetensors.torch import save_file

    source, destination = Path(source).expanduser(), Path(destination).expanduser()
    pickle = source / "adapter_model.bin"
    if not pickle.is_file() or not (source / "adapter_config.json").is_file():
        raise EnrichError(f"{source} has no adapter_model.bin and adapter_config.json to convert")
    read_json(source / "adapter_config.json")  # a damaged one is named now, not copied to fail at every load
    target = destination / "adapter_model.safetensors"
    if target.exists():
        raise EnrichError(f"{target} exists already; choose another destination")
    try:
        state = torch.load(pickle, map_location="cpu", weights_only=True)
    except Exception as exc:  # not tensors only, or not a torch file at all
        raise EnrichError(
            f"{pickle} cannot be read as plain tensors, so it is not converted: {one_line(exc)}"
        ) from None
    _check_state(pickle, state, torch)
    try:
        destination.mkdir(parents=True, exist_ok=True)
        # safetensors refuses tensors that share memory; each one gets its own contiguous copy
        save_file({k: v.detach().clone().contiguous() for k, v in state.items()}, target, metadata={"format": "pt"})
        for name in COPIED:  # never over files the destination holds already
            if (source / name).is_file() and not (destination / name).exists():
                shutil.copy2(source / name, destination / name)
    except OSError as exc:
        raise EnrichError(f"cannot write the adapter to {destination}: {exc.strerror or exc}") from None
    return destination


def _check_state(pickle: Path, state, torch) -> None:
    """A LoRA state dict enrich can load: named, dense, real tensors, at least one."""
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise EnrichError(f"{pickle} is not a state dict of tensors")
    if not state:
        raise EnrichError(f"{pickle} holds no tensors: nothing to convert")
    odd = next((k for k in state if not isinstance(k, str)), None)
    if odd is not None:
        raise EnrichError(f"{pickle} names a tensor {odd!r}, not by text: it is no peft state dict")
    for name, tensor in state.items():
        if tensor.layout != torch.strided or tensor.is_meta or tensor.is_complex():
            kind = "meta" if tensor.is_meta else "complex" if tensor.is_complex() else str(tensor.layout)
            raise EnrichError(f"{pickle}: tensor {name} is {kind}, which no LoRA adapter holds; it is not converted")
