"""Full-size and small BLIP-2 architectures with random weights, for benchmarks where weights can't be had.

Speed depends on the shapes, not the values: `blip2-opt-2.7b` has exactly the published sizes (ViT-g 39x1408
at 224 px / patch 14, a 12-layer Q-Former with 32 queries, OPT-2.7B 32x2560 with a 50304 vocabulary: the hub's since
its 2024 update, 50265 BPE tokens and `<image>` padded to a multiple of 64; 50272 before it). Random
weights stop at random points, so the saved config carries `enrich.model.loading.RANDOM_WEIGHTS`: loading gives
such a model no stop tokens and every answer decodes to its max_new_tokens, in both engines and through
`enrich run` alike, with no flag in any configuration. The tokenizer is the tiny local one; ids outside it decode
to nothing, which only the (meaningless) text notices.
"""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import Blip2Config, Blip2ForConditionalGeneration, Blip2QFormerConfig, Blip2VisionConfig, OPTConfig

from enrich.lab.tiny import TinySpec, build_processor, build_tokenizer
from enrich.model.loading import RANDOM_WEIGHTS

ARCHS = {
    "blip2-opt-2.7b": dict(
        image_size=224,
        patch_size=14,
        vision=(39, 1408, 6144, 16),
        qformer=(12, 768, 3072, 12),
        text=(32, 2560, 10240, 32),
        queries=32,
        vocab=50304,
    ),
    # The CPU target's "small random BLIP-2": 224 px, patch 14, a 4-layer vision encoder.
    "blip2-small-224": dict(
        image_size=224,
        patch_size=14,
        vision=(4, 256, 1024, 4),
        qformer=(2, 256, 1024, 4),
        text=(4, 256, 1024, 4),
        queries=32,
        vocab=4096,
    ),
}


def save_random_arch(name: str, out_dir: str | Path, dtype: torch.dtype = torch.float32) -> Path:
    """Build `name` with random weights on the fastest device, save it like a real checkpoint."""
    spec = ARCHS[name]
    tokenizer = build_tokenizer(512)
    config = _config(spec, tokenizer)
    setattr(config, RANDOM_WEIGHTS, True)  # loading gives it no stop tokens: answers decode to their limit
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(0)
    with torch.device(device):
        model = Blip2ForConditionalGeneration(config).to(dtype)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    out = Path(out_dir)
    model.save_pretrained(out, safe_serialization=True)
    processor_spec = TinySpec(image_size=spec["image_size"], num_query_tokens=spec["queries"])
    build_processor(processor_spec, tokenizer).save_pretrained(out)
    return out


def _config(spec: dict, tokenizer) -> Blip2Config:
    layers, hidden, ffn, heads = spec["vision"]
    vision = Blip2VisionConfig(
        num_hidden_layers=layers,
        hidden_size=hidden,
        intermediate_size=ffn,
        num_attention_heads=heads,
        image_size=spec["image_size"],
        patch_size=spec["patch_size"],
        initializer_range=0.02,
    )
    q_layers, q_hidden, q_ffn, q_heads = spec["qformer"]
    qformer = Blip2QFormerConfig(
        num_hidden_layers=q_layers,
        hidden_size=q_hidden,
        intermediate_size=q_ffn,
        num_attention_heads=q_heads,
        encoder_hidden_size=hidden,
    )
    t_layers, t_hidden, t_ffn, t_heads = spec["text"]
    text = OPTConfig(
        vocab_size=max(spec["vocab"], len(tokenizer)),
        hidden_size=t_hidden,
        ffn_dim=t_ffn,
        num_hidden_layers=t_layers,
        num_attention_heads=t_heads,
        word_embed_proj_dim=t_hidden,
        max_position_embeddings=2048,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    return Blip2Config(
        vision_config=vision.to_dict(),
        qformer_config=qformer.to_dict(),
        text_config=text.to_dict(),
        num_query_tokens=spec["queries"],
        image_token_index=tokenizer.convert_tokens_to_ids("<image>"),
    )
