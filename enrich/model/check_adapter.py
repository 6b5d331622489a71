"""`enrich check` of a LoRA adapter: its config, its weights, the base model it names, and whether its target
modules and LoRA shapes fit the model's architecture (built on the meta device by check.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from enrich.model.check import NOTE, OK, PROBLEM, Finding, Weights, mistyped, read_json, resolve, weights_finding


def check_adapter(source: str, model: str, meta, part: str) -> list[Finding]:
    part = f"{part} {source}"
    path, hub_id = resolve(source)
    config = read_json(path / "adapter_config.json")
    if config is None:
        return [Finding(part, "config", PROBLEM, "no adapter_config.json", "point at the folder peft saved")]
    wrong = mistyped(config, {"base_model_name_or_path": str})
    targets = config.get("target_modules")
    if targets is not None and not _names_or_pattern(targets):
        wrong.append(f"target_modules = {json.dumps(targets)[:40]}, not a list of names or a pattern")
    if config.get("peft_type", "LORA") != "LORA":  # enrich merges and switches LoRA adapters only
        wrong.append(f"peft_type = {json.dumps(config.get('peft_type'))[:40]}, not LORA")
    rank = config.get("r", 8)
    if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
        wrong.append(f"r = {json.dumps(rank)[:40]}, not a positive whole number (the LoRA rank)")
    if wrong:
        fix = "point at the folder peft saved, or save the adapter again"
        return [Finding(part, "config", PROBLEM, f"adapter_config.json holds {'; '.join(wrong)}", fix)]
    weights = Weights.of(path, hub_id)
    findings = [weights_finding(part, source, weights), _base_model(part, config, model)]
    if meta is not None:
        findings += _target_modules(part, config, weights, meta)
    return findings


def _base_model(part: str, config: dict, model: str) -> Finding:
    base = config.get("base_model_name_or_path") or "(not recorded)"
    if Path(base).name.lower() == Path(model.rstrip("/")).name.lower():
        return Finding(part, "base model", OK, base)
    return Finding(
        part,
        "base model",
        NOTE,
        f"trained on {base}, given {model}: fine when they hold the same weights (the experiments trained on "
        "ybelkada/blip2-opt-2.7b-fp16-sharded, an fp16 copy of Salesforce/blip2-opt-2.7b); the module check decides",
    )


def _target_modules(part: str, config: dict, weights: Weights, meta) -> list[Finding]:
    modules = dict(meta.named_modules())
    targets = config.get("target_modules") or []
    targets = targets if isinstance(targets, str) else sorted(targets)  # peft saves a set: any order
    hit = [name for name in modules if matches(name, targets)]
    if not hit:
        fix = "train the adapter on this model, or pass the model it was trained on"
        return [Finding(part, "target modules", PROBLEM, f"none of {targets} is a module of the model", fix)]
    findings = [Finding(part, "target modules", OK, f"{targets}: {len(hit)} modules of the model")]
    misfits = []
    for key, shape in weights.shapes.items():
        found = re.fullmatch(r"base_model\.model\.(.+)\.lora_([AB])\.weight", key)
        if not found:
            continue
        module = modules.get(found.group(1))
        expected = (
            None
            if module is None
            else getattr(module, "in_features" if found.group(2) == "A" else "out_features", None)
        )
        side = shape[1] if found.group(2) == "A" else shape[0]
        if module is None or (expected is not None and expected != side):
            misfits.append(found.group(1) if module is None else f"{found.group(1)} ({side} vs the model's {expected})")
    if misfits:
        fix = "use the adapter with the base model it was trained on"
        text = f"{len(misfits)} LoRA weight(s) do not fit the model, e.g. {misfits[0]}"
        findings.append(Finding(part, "weights", PROBLEM, text, fix))
    return findings


def matches(name: str, targets) -> bool:
    """peft's rule: a list matches a module name or its last dotted parts; a string is a full regex."""
    if isinstance(targets, str):
        return re.fullmatch(targets, name) is not None
    return any(name == t or name.endswith("." + t) for t in targets)


def _names_or_pattern(targets) -> bool:
    """What peft reads: a list of module names, or a regular expression that compiles."""
    if isinstance(targets, list):
        return all(isinstance(name, str) for name in targets)
    if not isinstance(targets, str):
        return False
    try:
        re.compile(targets)
        return True
    except re.error:
        return False
