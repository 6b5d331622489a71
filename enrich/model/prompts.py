"""Prompts as the default engine feeds them: token ids as the processor builds them, rows embedded left-padded.

Both the decode loop (vision_once.py) and ranking (ranking.py) run (image, prompt) rows after the image's prefix;
this is the one place that turns those rows into the embeddings, mask and image index a prompt pass takes.
"""

from __future__ import annotations

import torch

from enrich.model.slots import SlotDecoder

Row = tuple[int, list[int]]  # (image index, prompt text token ids)


class Prompts:
    def __init__(self, tokenizer, slots: SlotDecoder, device: torch.device):
        self.tokenizer, self.slots, self.device = tokenizer, slots, device
        self._ids: dict[str, list[int]] = {}

    def ids(self, text: str) -> list[int]:
        """The tokenized prompt (with bos), which follows the image's query tokens, as the processor builds it."""
        if text not in self._ids:
            self._ids[text] = self.tokenizer(text)["input_ids"]
        return self._ids[text]

    def rows(self, rows: list[Row]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Left-padded prompt embeddings, their mask, and each row's image."""
        width = max(len(ids) for _, ids in rows)
        ids = torch.full((len(rows), width), self.tokenizer.pad_token_id, dtype=torch.long, device=self.device)
        mask = torch.zeros((len(rows), width), dtype=torch.long, device=self.device)
        for r, (_, prompt) in enumerate(rows):
            ids[r, width - len(prompt) :] = torch.tensor(prompt, device=self.device)
            mask[r, width - len(prompt) :] = 1
        return self.slots.embed(ids), mask, torch.tensor([i for i, _ in rows], device=self.device)
