"""`enrich train`: fine-tune any BLIP-2 on labelled product images, the way the original experiments should have.

- Labels are -100 on the image tokens, the prompt and the padding: only the answer (or caption) and the
  terminator the engine stops on are learned, so the model learns to stop instead of running to the limit.
- Each batch mixes caption and VQA examples in a set ratio, so that neither task erases the other (the
  original caption fine-tune lost its VQA ability).
- AdamW, cosine schedule with linear warm-up, gradient clipping, and an evaluation after every epoch.
- LoRA through peft by default (QLoRA with `--quantize 4bit` on CUDA), or every weight (`--full`) to train a base.
- The adapter (or model), its metrics and its training configuration are saved together.
- `--labels CSV` (sku, question_id, expected: the review page's export) replaces or adds the targets of those
  answers of the --data catalog, so reviewed corrections are trained on.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from PIL import Image
from tqdm import tqdm

from enrich import EnrichError
from enrich.catalog import read_catalog
from enrich.images import load_image
from enrich.lab.data import labelled
from enrich.lab.schedule import lr_at
from enrich.labels import CAPTION, closed_value
from enrich.labels import read_labels as reviewed_labels
from enrich.questionnaire import CLOSED, load_questionnaire

LORA_TARGETS = r".*language_model.*\.(q_proj|k_proj|v_proj|out_proj|fc1|fc2)"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainConfig:
    model: str
    data: str  # a labelled catalog: sku, image, caption_en and one column per question id (see `enrich render`)
    out: str
    questionnaire: str
    eval_data: str | None = None
    epochs: int = 3
    batch_size: int = 16
    lr: float = 2e-4
    warmup_share: float = 0.05
    max_grad_norm: float = 1.0
    vqa_share: float = 0.5  # of each batch; 0 trains captions only, 1 VQA only
    full: bool = False  # train every weight (a base model) instead of a LoRA adapter
    vision_steps: int = 0  # --full from scratch: first pretrain the vision encoder as a classifier (vision_pretrain.py)
    freeze_vision: bool = False  # keep the vision encoder as it is, as BLIP-2 keeps its pretrained one
    lora_r: int = 16
    lora_alpha: int = 32
    lora_targets: str = LORA_TARGETS
    quantize: str | None = None  # "4bit": QLoRA (CUDA only)
    seed: int = 0
    limit: int | None = None  # use only the first N catalog rows (smoke runs)
    labels: str | None = None  # reviewed labels (sku, question_id, expected) replacing or adding targets of `data`


@dataclass(frozen=True)
class Example:
    image: int  # index into the decoded images
    prompt: str
    target: str  # what the model must say after the prompt, before the terminator
    task: str  # "caption" or the question id


def examples_of(rows: list[dict], questionnaire) -> tuple[list[Example], list[Example]]:
    """(caption examples, VQA examples) from labelled rows; empty labels are skipped. A closed question's target is
    its canonical value, read as reviewed labels and seller columns are ("Navy Blue" is navy): a production
    catalog's own color column would otherwise be learnt as the seller wrote it; a value that maps to none
    ("Multi") is not trained on, and counted in a warning."""
    captions = [
        Example(i, questionnaire.caption_prompt, row["caption_en"], "caption")
        for i, row in enumerate(rows)
        if row.get("caption_en")
    ]
    vqa, unmapped = [], Counter()
    for i, row in enumerate(rows):
        for q in questionnaire.questions:
            target = row.get(q.id) and (closed_value(q, row[q.id]) if q.kind == CLOSED else row[q.id])
            if target:
                vqa.append(Example(i, q.prompt, target, q.id))
            elif row.get(q.id):
                unmapped[q.id, row[q.id]] += 1
    if unmapped:
        examples = ", ".join(f"{q} {value!r}" for (q, value), _ in unmapped.most_common(5))
        log.warning(
            f"{sum(unmapped.values())} closed value(s) of the data map to no questionnaire value and are not "
            f"trained on, e.g. {examples}"
        )
    return captions, vqa


def read_labels(path: str | Path, questionnaire) -> dict[str, dict[str, str]]:
    """sku -> {column: target} from reviewed labels (enrich/labels.py reads and checks them, closed values mapped
    to the questionnaire's canonical ones); a caption label is the catalog's caption column."""
    targets: dict[str, dict[str, str]] = {}
    for (sku, question_id), target in reviewed_labels(path, questionnaire).items():
        targets.setdefault(sku, {})["caption_en" if question_id == CAPTION else question_id] = target
    return targets


def labelled_rows(data: str, limit: int | None, labels: dict[str, dict[str, str]] | None) -> tuple[list, list, dict]:
    """(label rows, pixels, counts): the catalog's labels with the reviewed ones laid over them, per sku.

    As lab.data.labelled, which does not return the skus the labels are keyed by.
    """
    if not labels:
        rows, pixels = labelled(data, limit)
        return rows, pixels, {}
    catalog = read_catalog(data)
    extras = catalog.extras.to_pylist()
    rows, pixels, applied = [], [], 0
    for row in catalog.rows[:limit]:
        decoded = load_image(row)
        if decoded.ok:
            reviewed = labels.get(row.sku, {})
            applied += len(reviewed)
            rows.append({k: ("" if v is None else str(v)) for k, v in extras[row.index].items()} | reviewed)
            pixels.append(decoded.pixels)
    if not rows:
        raise EnrichError(f"no decodable, labelled image in {data}")
    known = {row.sku for row in catalog.rows}
    outside = sum(len(answers) for sku, answers in labels.items() if sku not in known)
    unused = sum(map(len, labels.values())) - applied - outside  # beyond --limit, or the image does not decode
    if not applied:  # trained on the data alone, exit 0, with one log line to say so
        raise EnrichError(
            f"none of the {outside + unused} reviewed labels applies to {data} ({outside} name skus it does not "
            f"have, {unused} are beyond --limit or on images that do not decode): pass the catalog they were made on"
        )
    return rows, pixels, {"applied": applied, "not_in_data": outside, "not_used": unused}


def encode(tokenizer, image_token_id: int, num_query_tokens: int, example: Example, stop_id: int):
    """(input_ids, labels): exactly the engine's prompt layout, then the target and the terminator.

    The prompt is `<image>` x num_query_tokens + tokenizer(prompt) (with bos), as the processor builds it.
    Answers follow "Answer:" after a space (as ranking scores them); captions follow bos directly.
    """
    prompt = [image_token_id] * num_query_tokens + tokenizer(example.prompt)["input_ids"]
    text = example.target if example.task == "caption" else " " + example.target
    target = tokenizer.encode(text, add_special_tokens=False) + [stop_id]
    return prompt + target, [-100] * len(prompt) + target


def collate(encoded: list[tuple[list[int], list[int]]], pad_id: int):
    """Right-padded ids, attention mask and labels (-100 on padding)."""
    width = max(len(ids) for ids, _ in encoded)
    ids = torch.full((len(encoded), width), pad_id, dtype=torch.long)
    labels = torch.full((len(encoded), width), -100, dtype=torch.long)
    mask = torch.zeros((len(encoded), width), dtype=torch.long)
    for r, (row_ids, row_labels) in enumerate(encoded):
        ids[r, : len(row_ids)] = torch.tensor(row_ids)
        labels[r, : len(row_labels)] = torch.tensor(row_labels)
        mask[r, : len(row_ids)] = 1
    return ids, mask, labels


def mixed_batches(
    captions: list[Example], vqa: list[Example], batch_size: int, vqa_share: float, rng: random.Random
) -> list[list[Example]]:
    """One epoch of batches, each with round(batch_size * vqa_share) VQA examples and captions for the rest.

    The epoch covers the larger of the two pools once; the smaller one is cycled, reshuffled each pass.
    """
    per_vqa = round(batch_size * vqa_share) if vqa else 0
    per_caption = batch_size - per_vqa if captions else 0
    if per_vqa + per_caption == 0:
        raise EnrichError("no training examples: the data has no caption_en and no column named like a question")
    steps = max(
        math.ceil(len(vqa) / per_vqa) if per_vqa else 0, math.ceil(len(captions) / per_caption) if per_caption else 0
    )
    draw_vqa, draw_caption = _cycler(vqa, rng), _cycler(captions, rng)
    return [
        [next(draw_vqa) for _ in range(per_vqa)] + [next(draw_caption) for _ in range(per_caption)]
        for _ in range(steps)
    ]


def _cycler(pool: list[Example], rng: random.Random):
    while pool:
        order = pool[:]
        rng.shuffle(order)
        yield from order


def train(config: TrainConfig) -> dict:
    from enrich.model.loading import load_blip2

    _refuse_pointless(config)  # before anything loads: refused after, the load and the vision pretraining were wasted
    torch.manual_seed(config.seed)
    questionnaire = load_questionnaire(config.questionnaire)
    reviewed = read_labels(config.labels, questionnaire) if config.labels else None  # refused before the model loads
    rows, pixels, label_counts = labelled_rows(config.data, config.limit, reviewed)
    if label_counts:
        log.info(json.dumps({"labels": label_counts}))
    # Every weight trained (--full) is kept in fp32 on every device: AdamW's small steps vanish in bf16, and a frozen
    # encoder saved through bf16 would change (seen on an H200). LoRA on CUDA keeps a bf16 base (peft keeps its
    # adapter weights in fp32).
    full_precision = config.full or not torch.cuda.is_available()
    loaded = load_blip2(config.model, dtype="float32" if full_precision else "auto", quantize=config.quantize)
    pixel_values = loaded.processor.image_processor([Image.fromarray(p) for p in pixels], return_tensors="pt")
    pixel_values = pixel_values["pixel_values"]
    vision = _pretrained_vision(loaded, rows, questionnaire, pixel_values, config) if config.vision_steps else {}
    model = _trainable(loaded.model, config)
    history = _fit(model, loaded, config, examples_of(rows, questionnaire), pixel_values)
    _save(model, loaded, config, history, vision)
    return {"epochs": history, "out": config.out, "vision": vision or None, "labels": label_counts or None}


def _pretrained_vision(loaded, rows: list[dict], questionnaire, pixel_values, config: TrainConfig) -> dict:
    """The from-scratch vision encoder trained first as a classifier of the closed answers (vision_pretrain.py)."""
    from enrich.lab.vision_pretrain import pretrain_vision

    closed = {
        q.id: [closed_value(q, row[q.id]) or "" if row.get(q.id) else "" for row in rows]
        for q in questionnaire.questions
        if q.kind == CLOSED
    }
    vision_model, pixels = loaded.model.vision_model, pixel_values.to(loaded.device, loaded.dtype)
    return pretrain_vision(vision_model, pixels, closed, config.vision_steps, config.batch_size, config.lr, config.seed)


def _fit(model, loaded, config: TrainConfig, examples, pixel_values) -> list[dict]:
    """The epochs: mixed batches under the schedule, an evaluation after each; returns their metrics."""
    from enrich.lab.evaluate import evaluate
    from enrich.model.loading import LoadedModel

    captions, vqa = examples
    rng = random.Random(config.seed)
    total = len(mixed_batches(captions, vqa, config.batch_size, config.vqa_share, random.Random(0))) * config.epochs
    warmup = max(1, round(total * config.warmup_share))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.lr, weight_decay=0.01)
    history, step, started = [], 0, time.monotonic()
    for epoch in range(config.epochs):
        model.train()
        losses = []
        batches = mixed_batches(captions, vqa, config.batch_size, config.vqa_share, rng)
        # A bar on a terminal only (disable=None): logs of long trainings get the per-epoch JSON lines.
        for batch in tqdm(batches, desc=f"epoch {epoch + 1}/{config.epochs}", unit="batch", leave=False, disable=None):
            for group in optimizer.param_groups:
                group["lr"] = lr_at(step, total, warmup, config.lr)
            losses.append(_step(model, loaded, batch, pixel_values, optimizer, config.max_grad_norm))
            step += 1
        model.eval()
        metrics = {
            "epoch": epoch + 1,
            "train_loss": round(sum(losses) / len(losses), 4),
            "seconds": round(time.monotonic() - started, 1),
        }
        if config.eval_data:
            view = LoadedModel(model, loaded.processor, loaded.device, loaded.dtype, loaded.stop_token_ids)
            metrics.update(evaluate(view, config.eval_data, load_questionnaire(config.questionnaire), limit=None))
        log.info(json.dumps(metrics))
        history.append(metrics)
    return history


def _step(model, loaded, batch: list[Example], pixel_values, optimizer, max_grad_norm: float) -> float:
    tokenizer, device = loaded.tokenizer, loaded.device
    encoded = [
        encode(tokenizer, model.config.image_token_id, model.config.num_query_tokens, e, tokenizer.eos_token_id)
        for e in batch
    ]
    ids, mask, labels = (t.to(device) for t in collate(encoded, tokenizer.pad_token_id))
    loss = _loss(model, pixel_values[[e.image for e in batch]].to(device, loaded.dtype), ids, mask, labels)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return loss.item()


def _refuse_pointless(config: TrainConfig) -> None:
    if config.epochs < 1 and not config.vision_steps:
        raise EnrichError("--epochs 0 only makes sense with --vision-steps (pretrain the vision encoder, then save)")
    if config.vision_steps and not config.full:
        raise EnrichError("--vision-steps pretrains a from-scratch vision encoder: it needs --full")
    if config.full and config.quantize:
        raise EnrichError("--full trains every weight; it cannot be combined with --quantize")


def _trainable(model, config: TrainConfig):
    if config.full:
        for name, parameter in model.named_parameters():
            parameter.requires_grad_(not (config.freeze_vision and name.startswith("vision_model.")))
        return model
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    if config.quantize:
        model = prepare_model_for_kbit_training(model)
    lora = LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=0.05,
        target_modules=config.lora_targets,
        bias="none",
    )
    return get_peft_model(model, lora)


def _loss(model, pixel_values, ids, mask, labels) -> torch.Tensor:
    """Next-token cross-entropy on the labelled positions only."""
    logits = model(pixel_values=pixel_values, input_ids=ids, attention_mask=mask).logits.float()
    return torch.nn.functional.cross_entropy(
        logits[:, :-1].reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1), ignore_index=-100
    )


def _save(model, loaded, config: TrainConfig, history: list[dict], vision: dict) -> None:
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    if config.full:
        loaded.processor.save_pretrained(out)
    (out / "metrics.json").write_text(json.dumps({"vision": vision or None, "epochs": history}, indent=2) + "\n")
    (out / "train_config.json").write_text(json.dumps(asdict(config), indent=2) + "\n")
