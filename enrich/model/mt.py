"""English -> pt-BR machine translation with any transformers seq2seq checkpoint (Marian, NLLB, ...)."""

from __future__ import annotations

import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
from transformers.utils import logging as hf_logging

from enrich import EnrichError
from enrich.model import check_checkpoint
from enrich.model.loading import pick_device

# Multilingual checkpoints need the target named: Marian by a prefix token, NLLB/M2M by a forced bos.
_MARIAN_TARGETS = (">>por<<", ">>pt_br<<", ">>pt_BR<<", ">>pt<<")
_NLLB_SOURCE, _NLLB_TARGET = "eng_Latn", "por_Latn"


class Seq2SeqTranslator:
    def __init__(self, source: str, batch_size: int = 64, max_new_tokens: int = 128):
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
        except Exception as exc:  # corrupt or foreign files raise many types
            raise EnrichError(f"could not load the translation model {source}: {exc}") from None
        self.model.to(self.device).eval()
        vocab = self.tokenizer.get_vocab()
        self.prefix = next((t + " " for t in _MARIAN_TARGETS if t in vocab), "")
        self.forced_bos = vocab.get(_NLLB_TARGET)
        if self.forced_bos is not None:
            self.tokenizer.src_lang = _NLLB_SOURCE

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
