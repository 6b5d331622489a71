"""Tiny replicas of the hub layouts a user meets, file for file: what real checkpoints look like, at toy sizes.

Nothing can be downloaded here, so each builder writes the files its hub repository has (names, config keys,
tokenizer kind, special tokens), with tiny random weights:

- `save_blip2_opt(layout="current")`: Salesforce/blip2-opt-2.7b since its 2024 update: `image_token_index` right
  after the OPT vocabulary (50265 there), `<image>` in the tokenizer, `processor_config.json` with
  `num_query_tokens`, the text vocabulary padded to a multiple of 64 (50304 there), sharded safetensors.
- `save_blip2_opt(layout="pre2024")`: the same repository before it, as forks and fine-tunes still ship it: no
  `image_token_index`, no `<image>`, no `processor_config.json`, the vocabulary padded to a multiple of 8 (50272).
- `save_blip2_t5`: Salesforce/blip2-flan-t5-xl: a T5 encoder-decoder behind the Q-Former, a SentencePiece tokenizer.
- `save_experiment_lora`: the seed experiments' LoRA (r=16, alpha=32, dropout 0.05, q_proj and k_proj).
- `save_opus_mt_tc_big`: Helsinki-NLP/opus-mt-tc-big-en-pt: `MarianTokenizer` over `source.spm`/`target.spm` and
  `vocab.json` (no `tokenizer.json`), multi-target with `>>por<<` and `>>pob<<` (pt-BR) tokens.
- `save_nllb`: facebook/nllb-200-*: an M2M100 model with the `NllbTokenizer` (language codes `eng_Latn`, `por_Latn`).
- `save_m2m100`: facebook/m2m100_*: `M2M100Tokenizer` over `vocab.json` and `sentencepiece.bpe.model`, `__pt__`.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import torch
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import Blip2Config, Blip2ForConditionalGeneration, Blip2QFormerConfig, Blip2VisionConfig

from enrich.lab.tiny import CORPUS

QUERY_TOKENS = 8
IMAGE_SIZE = 32
PORTUGUESE = "uma camiseta vermelha e calça jeans azul. vestido verde. manga curta, gola redonda e bolso."
IMAGE_PROCESSOR = {
    "do_normalize": True,
    "do_resize": True,
    "image_mean": [0.48145466, 0.4578275, 0.40821073],
    "image_processor_type": "BlipImageProcessor",
    "image_std": [0.26862954, 0.26130258, 0.27577711],
    "processor_class": "Blip2Processor",
    "resample": 3,
    "rescale_factor": 0.00392156862745098,
    "size": {"height": IMAGE_SIZE, "width": IMAGE_SIZE},
}
# The seed experiments' LoRA, as /work/shared/CONTEXT.md records it.
EXPERIMENT_LORA = dict(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["q_proj", "k_proj"], bias="none")


def _json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def _pad(size: int, multiple: int) -> int:
    return -(-size // multiple) * multiple


def write_opt_tokenizer(out: Path, vocab_size: int = 300) -> int:
    """OPT's GPT-2 byte-level BPE files (vocab.json, merges.txt) with OPT's special tokens; returns its size.

    As in facebook/opt-*: <s>=0, <pad>=1, </s>=2, <unk>=3, and `</s>` is the bos every text starts with.
    """
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(CORPUS.splitlines(), trainer=trainer)
    bpe.model.save(str(out))  # vocab.json, merges.txt
    special = {"bos_token": "</s>", "eos_token": "</s>", "pad_token": "<pad>", "unk_token": "</s>"}
    _json(out / "special_tokens_map.json", special)
    config = {**special, "add_bos_token": True, "add_prefix_space": False, "errors": "replace"}
    _json(out / "tokenizer_config.json", {**config, "model_max_length": 10**30, "tokenizer_class": "GPT2Tokenizer"})
    return bpe.get_vocab_size()


def _vision_qformer() -> tuple[dict, dict]:
    vision = Blip2VisionConfig(
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        image_size=IMAGE_SIZE,
        patch_size=8,
        initializer_range=0.02,
    )
    qformer = Blip2QFormerConfig(
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=1,
        num_attention_heads=4,
        encoder_hidden_size=64,
        cross_attention_frequency=1,
    )
    return vision.to_dict(), qformer.to_dict()


def _save_blip2(config: Blip2Config, out: Path, seed: int) -> None:
    torch.manual_seed(seed)
    model = Blip2ForConditionalGeneration(config).eval()
    with torch.no_grad():
        model.query_tokens.normal_(0.0, 0.02)  # zeros make every query token identical
    model.save_pretrained(out, safe_serialization=True, max_shard_size="400KB")  # sharded, like the hub's
    _json(out / "preprocessor_config.json", IMAGE_PROCESSOR)


def save_blip2_opt(out: str | Path, layout: str = "current", seed: int = 0, vocab_rows: int | None = None) -> Path:
    """`vocab_rows` overrides the embedding rows (a checkpoint whose vocabulary is too small for `<image>`)."""
    from transformers import OPTConfig

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    words = write_opt_tokenizer(out)
    newline = json.loads((out / "vocab.json").read_text())["Ċ"]
    current = layout == "current"
    rows = vocab_rows or (_pad(words + 1, 64) if current else _pad(words, 8))
    text = OPTConfig(
        vocab_size=rows,
        hidden_size=64,
        ffn_dim=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        word_embed_proj_dim=64,
        max_position_embeddings=256,
        bos_token_id=2,
        eos_token_id=newline,  # as in blip2-opt-2.7b: "\n" (50118) ends an answer
        pad_token_id=1,
        prefix="</s>",
        init_std=0.5,  # random OPT weights at 0.02 repeat one token whatever the input
    )
    vision, qformer = _vision_qformer()
    extra = {"image_token_index": words} if current else {}
    config = Blip2Config(
        vision_config=vision,
        qformer_config=qformer,
        text_config=text.to_dict(),
        num_query_tokens=QUERY_TOKENS,
        **extra,
    )
    _save_blip2(config, out, seed)
    if current:
        _add_image_token(out, words)
        _json(out / "processor_config.json", {"num_query_tokens": QUERY_TOKENS, "processor_class": "Blip2Processor"})
    else:
        data = json.loads((out / "config.json").read_text())
        data.pop("image_token_index", None)  # the key did not exist before the update
        _json(out / "config.json", data)
    return out


def _add_image_token(out: Path, token_id: int) -> None:
    """The 2024 update's tokenizer: `<image>` as an added special token right after the BPE vocabulary."""
    _json(out / "added_tokens.json", {"<image>": token_id})
    config = json.loads((out / "tokenizer_config.json").read_text())
    entry = {"content": "<image>", "lstrip": False, "normalized": False, "rstrip": False, "single_word": False}
    config["added_tokens_decoder"] = {str(token_id): {**entry, "special": True}}
    config["processor_class"] = "Blip2Processor"
    _json(out / "tokenizer_config.json", config)


def train_sentencepiece(text: str, vocab_size: int, kind: str = "unigram", **ids) -> bytes:
    """A SentencePiece model trained in memory on `text` (repeated so every piece is seen)."""
    import sentencepiece

    buffer = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(text.splitlines() * 20),
        model_writer=buffer,
        vocab_size=vocab_size,
        model_type=kind,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        **ids,
    )
    return buffer.getvalue()


def save_blip2_t5(out: str | Path, seed: int = 0) -> Path:
    """blip2-flan-t5-xl's layout: T5 behind the Q-Former, spiece.model, `<image>` after the vocabulary."""
    from transformers import T5Config, T5Tokenizer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    spm = out / "spiece.model"
    spm.write_bytes(train_sentencepiece(CORPUS, 200, pad_id=0, eos_id=1, unk_id=2, bos_id=-1))
    tokenizer = T5Tokenizer.from_pretrained(str(out), extra_ids=0)
    tokenizer.add_tokens(["<image>"], special_tokens=True)
    image_token = tokenizer.convert_tokens_to_ids("<image>")
    tokenizer.save_pretrained(out)
    text = T5Config(
        vocab_size=_pad(len(tokenizer), 64),
        d_model=64,
        d_kv=16,
        d_ff=128,
        num_layers=2,
        num_decoder_layers=2,
        num_heads=4,
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        initializer_factor=3.0,  # outputs that depend on image and prompt
        decoder_start_token_id=0,
        pad_token_id=0,
        eos_token_id=1,
    )
    vision, qformer = _vision_qformer()
    config = Blip2Config(
        vision_config=vision,
        qformer_config=qformer,
        text_config=text.to_dict(),
        num_query_tokens=QUERY_TOKENS,
        image_token_index=image_token,
    )
    _save_blip2(config, out, seed)
    _json(out / "processor_config.json", {"num_query_tokens": QUERY_TOKENS, "processor_class": "Blip2Processor"})
    return out


def save_experiment_lora(
    model_dir: str | Path, out: str | Path, base: str = "Salesforce/blip2-opt-2.7b", seed: int = 0, **changes
) -> Path:
    """The experiments' LoRA config on `model_dir`, random (non-zero) weights, saved as safetensors."""
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(seed)
    model = Blip2ForConditionalGeneration.from_pretrained(model_dir, use_safetensors=True)
    config = LoraConfig(**{**EXPERIMENT_LORA, **changes}, init_lora_weights=False)
    peft_model = get_peft_model(model, config)
    peft_model.save_pretrained(out, safe_serialization=True)
    data = json.loads((Path(out) / "adapter_config.json").read_text())
    _json(Path(out) / "adapter_config.json", {**data, "base_model_name_or_path": base})
    return Path(out)


def _seq2seq_config(kind: str, vocab: int, pad: int, eos: int, bos: int | None = None, start: int | None = None):
    from transformers import M2M100Config, MarianConfig

    sizes = dict(
        vocab_size=vocab,
        d_model=64,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=128,
        decoder_ffn_dim=128,
        max_position_embeddings=64,
        pad_token_id=pad,
        eos_token_id=eos,
        decoder_start_token_id=pad if start is None else start,
        init_std=1.0,  # at 0.3 a random decoder repeats one token whatever the input
    )
    if kind == "marian":
        return MarianConfig(**sizes)
    return M2M100Config(**sizes, bos_token_id=bos, scale_embedding=True)


def _save_seq2seq(config, out: Path, seed: int) -> None:
    from transformers import AutoModelForSeq2SeqLM

    torch.manual_seed(seed)
    model = AutoModelForSeq2SeqLM.from_config(config).eval()
    model.generation_config.max_length = 32
    model.save_pretrained(out, safe_serialization=True)


def save_opus_mt_tc_big(out: str | Path, targets: tuple[str, ...] = (">>por<<", ">>pob<<"), seed: int = 0) -> Path:
    """opus-mt-tc-big-en-pt: source.spm, target.spm, one vocab.json over both, language tokens first."""
    import sentencepiece

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.spm").write_bytes(train_sentencepiece(CORPUS, 150, unk_id=0, eos_id=1, bos_id=-1, pad_id=-1))
    (out / "target.spm").write_bytes(train_sentencepiece(PORTUGUESE, 80, unk_id=0, eos_id=1, bos_id=-1, pad_id=-1))
    vocab = {"</s>": 0, "<unk>": 1, **{t: 2 + k for k, t in enumerate(targets)}}
    for name in ("source.spm", "target.spm"):
        pieces = sentencepiece.SentencePieceProcessor(model_file=str(out / name))
        for k in range(pieces.get_piece_size()):
            vocab.setdefault(pieces.id_to_piece(k), len(vocab))
    vocab["<pad>"] = len(vocab)
    _json(out / "vocab.json", vocab)
    special = {"eos_token": "</s>", "pad_token": "<pad>", "unk_token": "<unk>"}
    _json(out / "special_tokens_map.json", special)
    tokenizer_config = {"model_max_length": 512, "separate_vocabs": False, "source_lang": "en", "target_lang": "pt"}
    _json(out / "tokenizer_config.json", {**special, **tokenizer_config, "tokenizer_class": "MarianTokenizer"})
    _save_seq2seq(_seq2seq_config("marian", len(vocab), vocab["<pad>"], vocab["</s>"]), out, seed)
    return out


def save_nllb(out: str | Path, seed: int = 0) -> Path:
    """nllb-200: an M2M100 model, NllbTokenizer (sentencepiece.bpe.model + tokenizer.json), 202 language codes."""
    from transformers import NllbTokenizer
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    spm = out / "sentencepiece.bpe.model"
    spm.write_bytes(train_sentencepiece(CORPUS + PORTUGUESE, 150, kind="bpe"))
    tokenizer = NllbTokenizer.from_pretrained(str(out), additional_special_tokens=FAIRSEQ_LANGUAGE_CODES)
    tokenizer.save_pretrained(out)
    ids = (tokenizer.pad_token_id, tokenizer.eos_token_id, tokenizer.bos_token_id, tokenizer.eos_token_id)
    _save_seq2seq(_seq2seq_config("m2m", _pad(len(tokenizer), 8), *ids), out, seed)
    return out


def save_m2m100(out: str | Path, seed: int = 0) -> Path:
    """m2m100: vocab.json + sentencepiece.bpe.model, M2M100Tokenizer; language tokens `__xx__` after the vocabulary."""
    import sentencepiece
    from transformers import M2M100Tokenizer

    out = Path(out)
    work = out / "build"
    work.mkdir(parents=True, exist_ok=True)
    spm = work / "sentencepiece.bpe.model"
    spm.write_bytes(train_sentencepiece(CORPUS + PORTUGUESE, 150, kind="bpe"))
    pieces = sentencepiece.SentencePieceProcessor(model_file=str(spm))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for k in range(pieces.get_piece_size()):
        vocab.setdefault(pieces.id_to_piece(k), len(vocab))
    _json(work / "vocab.json", vocab)
    tokenizer = M2M100Tokenizer(str(work / "vocab.json"), str(spm), src_lang="en", tgt_lang="pt")
    tokenizer.save_pretrained(out)
    shutil.rmtree(work)
    ids = (tokenizer.pad_token_id, tokenizer.eos_token_id, tokenizer.bos_token_id, tokenizer.eos_token_id)
    rows = _pad(max(tokenizer.lang_token_to_id.values()) + 1, 8)  # language tokens come after the vocabulary
    _save_seq2seq(_seq2seq_config("m2m", rows, *ids), out, seed)
    return out
