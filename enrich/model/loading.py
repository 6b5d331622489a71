"""Load a BLIP-2 checkpoint and an optional LoRA adapter, by hub id or local directory.

Safetensors only and no remote code: a checkpoint can never execute code on a worker. Works offline
(HF_HUB_OFFLINE=1) on local directories.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers import Blip2ForConditionalGeneration, Blip2Processor
from transformers.utils import logging as hf_logging

from enrich import EnrichError
from enrich.model import check_checkpoint, one_line, safetensors_fix

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
# Set in config.json by enrich.lab.arch on architectures saved with random weights: such a model gets no stop
# tokens, so every answer decodes to its max_new_tokens. Random weights stop at random points, and a benchmark
# timed on them would measure that noise; decoding to the limit times the workload, the same in every engine,
# in process or through `enrich run`, with no benchmark flag in the run's configuration.
RANDOM_WEIGHTS = "enrich_random_weights"


@dataclass
class LoadedModel:
    model: Blip2ForConditionalGeneration
    processor: Blip2Processor
    device: torch.device
    dtype: torch.dtype
    stop_token_ids: list[int]  # newline and eos: answers end there, not at the token limit (none: random weights)
    named_adapters: dict[str, bool] = field(default_factory=dict)  # name -> whether it changes the image features
    notes: list[str] = field(default_factory=list)  # what loading adapted (an old layout), for the run's log

    @property
    def tokenizer(self):
        return self.processor.tokenizer

    def new_tokens(self, output: torch.Tensor, prompt_length: int) -> list[int]:
        """The generated ids of one `generate` output row: an OPT BLIP-2 echoes its prompt (image tokens and text)
        before them, a T5 BLIP-2 returns only its decoder's output, which opens with the decoder start token."""
        start = 1 if self.model.config.text_config.is_encoder_decoder else prompt_length
        return output[start:].tolist()

    @contextmanager
    def adapter(self, name: str | None):
        """Answer with a named LoRA adapter, or with the base model (None): a switch, not a reload."""
        if not self.named_adapters:
            yield
        elif name is None:
            with self.model.disable_adapter():
                yield
        else:
            self.model.set_adapter(name)
            yield


def pick_device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def pick_dtype(name: str, device: torch.device) -> torch.dtype:
    if name == "auto":
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    return DTYPES[name]


def load_blip2(
    source: str,
    adapter: str | None = None,
    dtype: str = "auto",
    quantize: str | None = None,
    named_adapters: dict[str, str] | None = None,
) -> LoadedModel:
    """`adapter` is merged into the weights; `named_adapters` stay separate, one switched on per question."""
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    check_checkpoint(source)
    device = pick_device()
    torch_dtype = pick_dtype(dtype, device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # BLIP-2 keeps the Q-Former in fp32: TF32 speeds it up
        torch.backends.cudnn.allow_tf32 = True
    kwargs = dict(dtype=torch_dtype, use_safetensors=True, trust_remote_code=False, attn_implementation="sdpa")
    if quantize:
        kwargs.update(quantization_config=_bnb_config(quantize, torch_dtype), device_map={"": device.index or 0})
    try:
        model = Blip2ForConditionalGeneration.from_pretrained(source, **kwargs)
        processor = Blip2Processor.from_pretrained(source, trust_remote_code=False)
    except Exception as exc:  # corrupt or foreign files raise anything from OSError to SafetensorError
        raise EnrichError(f"could not load a BLIP-2 checkpoint from {source}: {one_line(exc)}") from None
    notes = fit_image_tokens(model, processor, source)
    if not quantize:
        model = model.to(device)
    if adapter:
        model = _apply_adapter(model, adapter, merge=not quantize)
    touches_vision = {}
    for name, location in (named_adapters or {}).items():
        model = _add_named_adapter(model, name, location)
        touches_vision[name] = _changes_image_features(model, name)
    processor.tokenizer.padding_side = "left"  # batched generation appends after the prompt
    stops = _stop_token_ids(processor.tokenizer)
    if getattr(model.config, RANDOM_WEIGHTS, False):
        stops = []
        notes.append(f"{source} has random weights (enrich.lab.arch): no stop tokens, every answer runs to its limit")
    return LoadedModel(model.eval(), processor, device, torch_dtype, stops, touches_vision, notes)


def fit_image_tokens(model, processor, source: str) -> list[str]:
    """Bring a checkpoint saved before BLIP-2's 2024 processor update to the current layout, in memory.

    Those checkpoints (and the forks and fine-tunes made from them) have no `image_token_index` in their config,
    no `num_query_tokens` in their processor and no `<image>` in their tokenizer: the processor then inserts no
    image tokens and `generate` finds none to fill ("'bool' object has no attribute 'unsqueeze'"). The processor
    has added `<image>` to the tokenizer; recording its id and the query count, and growing the embeddings when
    the tokenizer outgrew them, is what the hub's update did to the files. Returns the log line, if any.
    """
    config, tokenizer = model.config, processor.tokenizer
    token = str(processor.image_token)
    token_id = tokenizer.convert_tokens_to_ids(token)
    changes = []
    if processor.num_query_tokens != config.num_query_tokens:
        changes.append(f"num_query_tokens {processor.num_query_tokens} -> {config.num_query_tokens}")
        processor.num_query_tokens = config.num_query_tokens
    if config.image_token_index != token_id:
        changes.append(f"image_token_index {config.image_token_index} -> {token_id}")
        config.image_token_index = token_id
    rows = model.get_input_embeddings().num_embeddings
    if len(tokenizer) > rows:
        try:
            model.resize_token_embeddings(len(tokenizer), pad_to_multiple_of=64, mean_resizing=False)
        except Exception as exc:
            raise EnrichError(
                f"{source}: its tokenizer has {len(tokenizer)} tokens and its embeddings {rows} rows, and growing "
                f"them failed ({one_line(exc)}); load it once without --quantize, resize_token_embeddings and save it"
            ) from None
        changes.append(f"embeddings {rows} -> {model.get_input_embeddings().num_embeddings} rows")
    if tokenizer.encode(token, add_special_tokens=False) != [token_id] or token_id == tokenizer.unk_token_id:
        raise EnrichError(
            f"{source}: its tokenizer does not keep {token} as one token, so the image cannot be placed in the "
            f"prompt; add it as a special token (tokenizer.add_special_tokens) and save the tokenizer with the model"
        )
    if not changes:
        return []
    return [
        f"{source} has the BLIP-2 layout from before the 2024 processor update; upgraded at load: "
        f"{', '.join(changes)} (save it with a current transformers to skip this)"
    ]


def _bnb_config(quantize: str, compute_dtype: torch.dtype):
    if not torch.cuda.is_available():
        raise EnrichError(f"--quantize {quantize} needs a CUDA GPU (bitsandbytes); this machine has none")
    try:
        import bitsandbytes  # noqa: F401
    except ImportError:
        raise EnrichError("--quantize needs bitsandbytes: pip install 'enrich[quantize]'") from None
    from transformers import BitsAndBytesConfig

    if quantize == "8bit":
        _log_once("bitsandbytes.autograd._functions", "MatMul8bitLt: inputs will be cast")
        return BitsAndBytesConfig(load_in_8bit=True)
    return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=compute_dtype)


def _apply_adapter(model, adapter: str, merge: bool):
    """Merged into bf16/fp32 weights for speed; kept separate on 8/4-bit, where merging re-quantizes."""
    from peft import PeftModel

    local = _adapter_dir(adapter)
    try:
        model = PeftModel.from_pretrained(model, str(local), is_trainable=False)
    except Exception as exc:  # a mismatched or corrupt adapter
        raise EnrichError(f"could not load the LoRA adapter {adapter}: {one_line(exc)}") from None
    return model.merge_and_unload() if merge else model


def _add_named_adapter(model, name: str, adapter: str):
    from peft import PeftModel

    local = str(_adapter_dir(adapter))
    try:
        if isinstance(model, PeftModel):
            model.load_adapter(local, adapter_name=name, is_trainable=False)
            return model
        return PeftModel.from_pretrained(model, local, adapter_name=name, is_trainable=False)
    except Exception as exc:  # a mismatched or corrupt adapter
        raise EnrichError(f"could not load the LoRA adapter {name} = {adapter}: {one_line(exc)}") from None


def _changes_image_features(model, name: str) -> bool:
    """True when the adapter has LoRA weights outside the language model (vision, Q-Former, projection)."""
    return any(
        f".{name}." in key and "language_model" not in key for key, _ in model.named_parameters() if "lora_" in key
    )


def _adapter_dir(adapter: str) -> Path:
    """A local adapter directory; hub adapters are fetched with their safetensors file only."""
    path = Path(adapter).expanduser()
    if not path.exists():
        check_checkpoint(adapter, "adapter")  # refuses path-like names that do not exist
        from huggingface_hub import snapshot_download

        try:
            path = Path(snapshot_download(adapter, allow_patterns=["adapter_config.json", "adapter_model.safetensors"]))
        except Exception as exc:  # offline, unknown repo, network: all mean "cannot load"
            offline = " (HF_HUB_OFFLINE is set)" if os.environ.get("HF_HUB_OFFLINE") else ""
            raise EnrichError(f"could not fetch the adapter {adapter}{offline}: {one_line(exc)}") from None
    if not (path / "adapter_model.safetensors").is_file():
        names = {p.name for p in path.iterdir()}
        raise EnrichError(
            f"adapter {adapter} has no adapter_model.safetensors (pickle adapters are refused); "
            f"{safetensors_fix(adapter, names)}"
        )
    return path


def _stop_token_ids(tokenizer) -> list[int]:
    newline = tokenizer.encode("\n", add_special_tokens=False)
    stops = [newline[0]] if len(newline) == 1 else []  # OPT: "\n" is id 50118; T5's SentencePiece has none
    # the padding token too: an adapter whose training loss covered the padding (../CONTEXT.md) answers "pink" and
    # then pads to the limit; decoded, that is "pink" marked as cut (T5's pad is its decoder start, which
    # new_tokens drops before any stop is looked for)
    for special in (tokenizer.eos_token_id, tokenizer.pad_token_id):
        if special is not None and special not in stops:
            stops.append(special)
    return stops


def set_cpu_threads(count: int) -> None:
    """Torch's intra-op threads: CPU actors share the machine's cores between them."""
    import torch

    torch.set_num_threads(count)


class _FirstOnly(logging.Filter):
    """Lets the first record that starts with `prefix` through, and drops the same message after it."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix, self.seen = prefix, False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith(self.prefix):
            return True
        first, self.seen = not self.seen, True
        return first


def _log_once(logger_name: str, prefix: str) -> None:
    """bitsandbytes' int8 matmul logs that it casts bf16 inputs to fp16, as it must, on every call: 10 MB of log
    for 128 images on an H200 (a night's log would be gigabytes). Once says it."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, _FirstOnly) and f.prefix == prefix for f in logger.filters):
        logger.addFilter(_FirstOnly(prefix))
