"""English -> pt-BR machine translation with any transformers seq2seq checkpoint (Marian, NLLB, M2M100, ...).

Multilingual checkpoints need the target language named, each family its own way (see `target_language`):
Marian multi-target models (opus-mt-tc-big-en-pt) by a `>>xxx<<` token before the source text, NLLB and M2M100
by forcing the first generated token to the target's language token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
from transformers.utils import logging as hf_logging

from enrich import EnrichError
from enrich.model import check_checkpoint, one_line
from enrich.model.loading import pick_device

# pt-BR first: this product writes Brazilian Portuguese, and opus-mt-tc-big-en-pt lists `pob` among its targets.
MARIAN_TARGETS = ("pob", "por", "pt_BR", "pt_br", "pt")
NLLB_SOURCE, NLLB_TARGET = "eng_Latn", "por_Latn"
M2M_SOURCE, M2M_TARGET = "en", "pt"
TARGET_KEYS = ("target_lang", "tgt_lang")  # Marian's and M2M100's names for a tokenizer's target language
# a language code (es, spa, es_MX, spa_Latn), not a group name a converter wrote (ROMANCE), which says nothing; a
# three-letter group code (mul, roa) matches, but a model into a group has language tokens and never reaches here
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z]{2,4})?")
PORTUGUESE_CODES = ("pt", "por", "pob")
ENGLISH_CODES = ("en", "eng")


@dataclass(frozen=True)
class Target:
    family: str  # marian (prefix token), nllb or m2m100 (forced bos), or single (the model knows one target)
    code: str | None = None  # the language code as the model names it: pob, por_Latn, pt
    prefix: str = ""  # put before every source text
    forced_bos: int | None = None  # the first generated token
    source_lang: str | None = None  # the tokenizer's source language, where it takes one

    def describe(self) -> str:
        if self.family == "single":
            return "one target language (no language token)"
        token = self.prefix.strip() or f"forced bos {self.code} (id {self.forced_bos})"
        return f"{self.family} target {self.code}: {token}"


def target_language(tokenizer, wanted: str | None = None) -> Target:
    """How this tokenizer's model is told to write Portuguese; `wanted` (--mt-target) overrides the choice."""
    languages = getattr(tokenizer, "lang_code_to_id", None)  # M2M100Tokenizer: its language tokens are not in vocab
    if isinstance(languages, dict) and M2M_TARGET in languages:
        code = _plain(wanted, "__", "__") or M2M_TARGET
        return Target("m2m100", code, forced_bos=_id(languages, code, code), source_lang=M2M_SOURCE)
    vocab = tokenizer.get_vocab()
    if NLLB_TARGET in vocab:
        code = wanted or NLLB_TARGET
        return Target("nllb", code, forced_bos=_id(vocab, code, code), source_lang=NLLB_SOURCE)
    codes = sorted(token[2:-2] for token in vocab if token.startswith(">>") and token.endswith("<<"))
    if codes:
        code = _plain(wanted, ">>", "<<") or next((c for c in MARIAN_TARGETS if c in codes), None)
        if code not in codes:
            raise EnrichError(
                f"the translation model writes {', '.join(codes[:20])}, not {code or 'Portuguese'}; "
                "choose its Portuguese code with --mt-target (job key mt_target)"
            )
        return Target("marian", code, prefix=f">>{code}<< ")
    if wanted:
        raise EnrichError(f"--mt-target {wanted}: the translation model has no target language tokens to choose from")
    _refuse_another_language(tokenizer)
    return Target("single")


def _refuse_another_language(tokenizer) -> None:
    """A one-pair model names its target in tokenizer_config.json (Marian's converter writes the pair's last code:
    opus-mt-en-es has target_lang "es"): one that names another language would fill every `_pt` column with it."""
    code = next((tokenizer.init_kwargs.get(key) for key in TARGET_KEYS if tokenizer.init_kwargs.get(key)), None)
    if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code) or code.lower().startswith(PORTUGUESE_CODES):
        return
    if _names_english_to_portuguese(f"{tokenizer.init_kwargs.get('source_lang') or ''}-{code}"):
        return
    raise EnrichError(
        f"the translation model translates into {code!r} (target_lang in its tokenizer_config.json), not "
        "Portuguese; use an English->Portuguese model such as Helsinki-NLP/opus-mt-tc-big-en-pt, or correct "
        "target_lang if the model does write Portuguese"
    )


def _names_english_to_portuguese(name: str) -> bool:
    """Marian's converter splits the model's folder name at its last hyphen: "opus-mt-en-es" gives source_lang
    "opus-mt-en" and target_lang "es", but a folder "en-pt-big" gives target_lang "big" (the Biangai language's ISO
    code, as it happens). Where the whole name has an English code before a Portuguese one, the pair is en -> pt
    and the last word was no language."""
    words = [word.lower() for word in re.split(r"[-_./\s]+", name)]
    english = next((i for i, word in enumerate(words) if word in ENGLISH_CODES), None)
    return english is not None and any(word in PORTUGUESE_CODES for word in words[english + 1 :])


def _plain(code: str | None, left: str, right: str) -> str | None:
    if code and code.startswith(left) and code.endswith(right):
        return code[len(left) : -len(right)]
    return code


def _id(vocab: dict, token: str, code: str) -> int:
    if token not in vocab:
        raise EnrichError(f"the translation model has no language token for {code!r}; check --mt-target")
    return vocab[token]


class Seq2SeqTranslator:
    def __init__(self, source: str, batch_size: int = 64, max_new_tokens: int = 128, target: str | None = None):
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        check_checkpoint(source, "translation model")
        self.source = source
        self.device = pick_device()
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(source, trust_remote_code=False)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(source, use_safetensors=True, trust_remote_code=False)
        except Exception as exc:  # corrupt or foreign files, a missing tokenizer library: keep the whole reason
            raise EnrichError(f"could not load the translation model {source}: {one_line(exc)}") from None
        self.model.to(self.device).eval()
        self.target = target_language(self.tokenizer, target)
        if self.target.source_lang:
            self.tokenizer.src_lang = self.target.source_lang  # NLLB and M2M100 prefix the source's language token

    @property
    def prefix(self) -> str:
        return self.target.prefix

    @property
    def forced_bos(self) -> int | None:
        return self.target.forced_bos

    def describe(self) -> str:
        return f"translating with {self.source}: {self.target.describe()}"

    @torch.inference_mode()
    def translate(self, texts: list[str]) -> list[str]:
        """Batches of similar lengths: a batch decodes until its longest output ends, so mixing costs steps."""
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        out: list[str] = [""] * len(texts)
        for start in range(0, len(texts), self.batch_size):
            chosen = order[start : start + self.batch_size]
            batch = [self.prefix + texts[k] for k in chosen]
            inputs = self.tokenizer(batch, return_tensors="pt", padding=True, truncation=True).to(self.device)
            extra = {"forced_bos_token_id": self.forced_bos} if self.forced_bos is not None else {}
            ids = self.model.generate(**inputs, max_new_tokens=self._room(), num_beams=1, do_sample=False, **extra)
            for k, text in zip(chosen, self.tokenizer.batch_decode(ids, skip_special_tokens=True)):
                out[k] = text.strip()
        return out

    def _room(self) -> int:
        """New tokens the decoder's position table allows: small models must stop early, not crash."""
        positions = getattr(self.model.config, "max_position_embeddings", None) or self.max_new_tokens + 1
        return max(1, min(self.max_new_tokens, positions - 1))


def check_translator(source: str, wanted: str | None = None) -> list:
    """`enrich check`'s findings for a translation model, from its config, tokenizer and weight headers."""
    from enrich.model.check import OK, PROBLEM, Finding, Weights, load_tokenizer, read_json, resolve, weights_finding

    part = f"translation model {source}"
    path, hub_id = resolve(source)
    config = read_json(path / "config.json")
    if config is None or not config.get("is_encoder_decoder", False):
        kind = config.get("model_type") if config else "no config.json"
        return [Finding(part, "architecture", PROBLEM, f"not a seq2seq checkpoint ({kind})", "pass Marian/NLLB/M2M100")]
    weights = Weights.of(path, hub_id)
    findings = [weights_finding(part, source, weights)]
    tokenizer, failed = load_tokenizer(part, path)
    if failed:
        return [*findings, failed]
    try:
        target = target_language(tokenizer, wanted)
        findings.append(Finding(part, "target language", OK, target.describe()))
    except EnrichError as exc:
        fix = (
            "drop --mt-target (job key mt_target): this model writes one language"
            if "no target language tokens" in str(exc)
            else "use an English->Portuguese model"
            if "target_lang" in str(exc)
            else "set --mt-target to its Portuguese code"
        )
        findings.append(Finding(part, "target language", PROBLEM, str(exc), fix))
        target = None
    rows = weights.rows("shared.weight", "encoder.embed_tokens.weight") or config.get("vocab_size")
    highest = max([*tokenizer.get_vocab().values(), target.forced_bos if target and target.forced_bos else 0])
    if rows is not None and highest >= rows:
        text = f"token id {highest} but {rows} embedding rows: this tokenizer belongs to another model"
        findings.append(Finding(part, "vocabulary", PROBLEM, text, "use the tokenizer saved with the model"))
    elif rows is not None:
        findings.append(Finding(part, "vocabulary", OK, f"token ids up to {highest} fit the {rows} embedding rows"))
    return findings
