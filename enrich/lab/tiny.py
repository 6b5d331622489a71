"""Tiny BLIP-2 checkpoints built from config, for tests and the embedded default model.

Real checkpoints cannot be downloaded here, so every model the tests use is made from a config with a
byte-level BPE tokenizer trained on a small local corpus. Everything is saved with `save_pretrained`
(safetensors), exactly like a real checkpoint, and loaded back through the production loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import (
    Blip2Config,
    Blip2ForConditionalGeneration,
    Blip2Processor,
    Blip2QFormerConfig,
    Blip2VisionConfig,
    BlipImageProcessorPil,
    MarianConfig,
    MarianMTModel,
    OPTConfig,
    PreTrainedTokenizerFast,
)

# Words the tiny tokenizer should keep whole; bytes cover everything else.
CORPUS = """
Question: What is the person wearing? Answer: a red t-shirt and blue jeans.
Question: What type of garment is this? Answer: t-shirt tank top shirt sweater jacket dress skirt jeans trousers shorts
Question: What is the color of the garment? Answer: black white grey red blue navy green yellow orange pink purple brown beige
Question: What is the pattern of the garment? Answer: solid striped checked dotted floral graphic
Question: Describe the garment. Answer: a long sleeve cotton shirt with a collar and buttons.
Question: What are the details of the garment? Answer: short sleeves, a round neckline, a pocket and a zipper.
a photo of a woman wearing a green dress. a man in a grey sweater. the sleeves, the neckline, the collar.
"""


@dataclass(frozen=True)
class TinySpec:
    """Sizes of a tiny BLIP-2. The defaults train fast on 2 CPU cores (see DESIGN.md)."""

    image_size: int = 64
    patch_size: int = 8
    vision_layers: int = 4
    vision_hidden: int = 128
    qformer_layers: int = 2
    text_layers: int = 2
    text_hidden: int = 128
    num_query_tokens: int = 8
    vocab_size: int = 512
    # Random OPT weights at std 0.02 repeat one token whatever the input; a larger std makes
    # greedy outputs depend on image and prompt, which equality tests need.
    text_init_std: float = 0.02
    seed: int = 0


def build_tokenizer(vocab_size: int = 512, corpus: str = CORPUS) -> PreTrainedTokenizerFast:
    """An OPT-style byte-level BPE: `</s>` doubles as bos/eos/pad and prefixes every text."""
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(corpus.splitlines(), trainer=trainer)
    eos = bpe.token_to_id("</s>")
    bpe.post_processor = processors.TemplateProcessing(
        single="</s> $A", pair="</s> $A </s> $B", special_tokens=[("</s>", eos)]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, bos_token="</s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>"
    )
    tokenizer.add_special_tokens({"additional_special_tokens": ["<image>"]})
    tokenizer.padding_side = "left"
    return tokenizer


def build_processor(spec: TinySpec, tokenizer: PreTrainedTokenizerFast) -> Blip2Processor:
    images = BlipImageProcessorPil(size={"height": spec.image_size, "width": spec.image_size})
    return Blip2Processor(image_processor=images, tokenizer=tokenizer, num_query_tokens=spec.num_query_tokens)


def build_model(spec: TinySpec, tokenizer: PreTrainedTokenizerFast) -> Blip2ForConditionalGeneration:
    torch.manual_seed(spec.seed)
    image_token = tokenizer.convert_tokens_to_ids("<image>")
    vision = Blip2VisionConfig(
        hidden_size=spec.vision_hidden,
        intermediate_size=spec.vision_hidden * 4,
        num_hidden_layers=spec.vision_layers,
        num_attention_heads=4,
        image_size=spec.image_size,
        patch_size=spec.patch_size,
        initializer_range=0.02,  # the default 1e-10 gives near-zero weights
    )
    qformer = Blip2QFormerConfig(
        hidden_size=spec.vision_hidden,
        intermediate_size=spec.vision_hidden * 4,
        num_hidden_layers=spec.qformer_layers,
        num_attention_heads=4,
        encoder_hidden_size=spec.vision_hidden,
        cross_attention_frequency=1,
    )
    text = OPTConfig(
        vocab_size=len(tokenizer),
        hidden_size=spec.text_hidden,
        ffn_dim=spec.text_hidden * 4,
        num_hidden_layers=spec.text_layers,
        num_attention_heads=4,
        word_embed_proj_dim=spec.text_hidden,
        max_position_embeddings=256,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        init_std=spec.text_init_std,
    )
    config = Blip2Config(
        vision_config=vision.to_dict(),
        qformer_config=qformer.to_dict(),
        text_config=text.to_dict(),
        num_query_tokens=spec.num_query_tokens,
        image_token_index=image_token,
    )
    model = Blip2ForConditionalGeneration(config)
    with torch.no_grad():
        model.query_tokens.normal_(0.0, 0.02)  # zeros make every query token identical
    return model.eval()


def save_tiny_blip2(out_dir: str | Path, spec: TinySpec = TinySpec()) -> Path:
    """Build and save a tiny BLIP-2 (model + processor) the way a real checkpoint is laid out."""
    out = Path(out_dir)
    tokenizer = build_tokenizer(spec.vocab_size)
    model = build_model(spec, tokenizer)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    build_processor(spec, tokenizer).save_pretrained(out)
    return out


def save_tiny_lora(model_dir: str | Path, out_dir: str | Path, seed: int = 0) -> Path:
    """A LoRA adapter with random (non-zero) weights, so applying it visibly changes the outputs."""
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(seed)
    base = Blip2ForConditionalGeneration.from_pretrained(model_dir, use_safetensors=True)
    config = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "k_proj", "v_proj"], init_lora_weights=False)
    peft_model = get_peft_model(base, config)
    peft_model.save_pretrained(out_dir, safe_serialization=True)
    return Path(out_dir)


def save_tiny_marian(out_dir: str | Path, seed: int = 0) -> Path:
    """A random Marian seq2seq with a local tokenizer: exercises the MT path end to end, offline."""
    torch.manual_seed(seed)
    tokenizer = build_tokenizer(512, CORPUS + "uma camiseta vermelha e calça jeans azul. vestido verde.")
    config = MarianConfig(
        vocab_size=len(tokenizer),
        d_model=64,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=128,
        decoder_ffn_dim=128,
        max_position_embeddings=128,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
        init_std=0.3,
    )
    model = MarianMTModel(config).eval()
    model.generation_config.max_length = 64
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)
    return Path(out_dir)


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: python -m enrich.lab.tiny OUT_DIR")
    print(save_tiny_blip2(sys.argv[1], TinySpec(text_init_std=0.5)))
