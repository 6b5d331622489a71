"""Enrich one shard: caption and questionnaire for every decoded image, normalized and translated.

`ShardProcessor` is a callable-style class: the model loads once in `__init__` (one per Ray actor), and
`process` handles one shard. Per-item failures become error rows; anything else raises, failing the shard.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass
from pathlib import Path

from enrich import faults
from enrich.config import RunConfig
from enrich.questionnaire import CLOSED, GARMENT_QUESTION, Question, Questionnaire, tasks_of
from enrich.records import (
    ANSWER_EMPTY,
    ANSWER_OK,
    ERROR,
    OK,
    Answer,
    DecodedImage,
    Generation,
    ItemResult,
    Ranking,
    refreshed_results,
)
from enrich.relabel import read_closed
from enrich.stats import peak_rss_mb
from enrich.translate import translate_closed, translate_free_text


@dataclass(frozen=True)
class WorkerSpec:
    """What a model actor needs, and nothing else of the run: the engine, the translator, the questionnaire.

    The questionnaire travels parsed, the one the driver hashed: an edit of its file during a run cannot
    make an actor answer another questionnaire than the one the run records.
    """

    model: str
    questionnaire: Questionnaire
    fault_dir: str  # the output folder, where fault injection keeps its once-markers
    adapter: str | None = None
    adapters: tuple[tuple[str, str], ...] = ()
    dtype: str = "auto"
    quantize: str | None = None
    engine: str = "default"
    image_batch: int = 16
    cpu_decode_rows: int = 16
    cuda_graphs: bool = True
    mt_model: str | None = None
    mt_target: str | None = None

    @classmethod
    def of(cls, config: RunConfig, questionnaire: Questionnaire) -> WorkerSpec:
        names = {f.name for f in dataclasses.fields(cls)} - {"questionnaire", "fault_dir"}
        return cls(questionnaire=questionnaire, fault_dir=config.out, **{n: getattr(config, n) for n in names})


class ShardProcessor:
    def __init__(self, spec: WorkerSpec, torch_threads: int | None = None):
        from enrich.model.engine import make_engine
        from enrich.model.loading import load_blip2, set_cpu_threads

        if torch_threads:
            set_cpu_threads(torch_threads)
        self.questionnaire = spec.questionnaire
        loaded = load_blip2(spec.model, spec.adapter, spec.dtype, spec.quantize, dict(spec.adapters))
        self.device = str(loaded.device)
        self.notes = list(loaded.notes)  # what loading had to adapt, said once by the driver
        self.engine = make_engine(
            spec.engine,
            loaded,
            image_batch=spec.image_batch,
            cpu_decode_rows=spec.cpu_decode_rows,
            cuda_graphs=spec.cuda_graphs,
        )
        self.translator = None
        if spec.mt_model:
            from enrich.model.mt import Seq2SeqTranslator

            self.translator = Seq2SeqTranslator(spec.mt_model, target=spec.mt_target)
            self.notes.append(self.translator.describe())
        self.tasks = tasks_of(self.questionnaire)
        self.busy_seconds = 0.0
        self.fault_dir = Path(spec.fault_dir)

    def ready(self) -> dict:
        """Called once by the driver so that a model that cannot load fails before any shard."""
        return {"pid": os.getpid(), "device": self.device, "engine": self.engine.name, "notes": self.notes}

    def stats(self) -> dict:
        """Peak memory, and seconds spent processing shards: busy / wall time shows whether the actor starves."""
        return {"peak_rss_mb": peak_rss_mb(), "busy_seconds": self.busy_seconds}

    def process(self, decoded: list[DecodedImage]) -> list[ItemResult]:
        started = time.perf_counter()
        try:
            return self._process(decoded)
        finally:
            self.busy_seconds += time.perf_counter() - started

    def _process(self, decoded: list[DecodedImage]) -> list[ItemResult]:
        refreshed = refreshed_results(decoded)  # new catalog columns on the same bytes: no model
        decoded = [d for d in decoded if not d.unchanged]
        for d in decoded:
            faults.hit("kill_worker", d.row.sku, self.fault_dir)
        good = [d for d in decoded if d.ok]
        generations = self._generate_isolating_failures(good)
        results = [self._item(d, generations.get(d.row.sku)) for d in decoded]
        self._translate(results)
        for result in results:  # pixels stay in the actor: only text and colors go back to the driver
            result.image = dataclasses.replace(_with_pixel_colors(result), pixels=None)
        return results + refreshed

    def _generate_isolating_failures(self, good: list[DecodedImage]) -> dict[str, list | Exception]:
        """One batch for the shard; if it fails, item by item so one bad item costs one error row."""
        if not good:
            return {}
        try:
            batch = self.engine.run([d.pixels for d in good], self.tasks)
            return {d.row.sku: outputs for d, outputs in zip(good, batch)}
        except Exception as batch_error:
            if len(good) == 1:
                return {good[0].row.sku: batch_error}
        out: dict[str, list | Exception] = {}
        for d in good:
            try:
                out[d.row.sku] = self.engine.run([d.pixels], self.tasks)[0]
            except Exception as exc:
                out[d.row.sku] = exc
        return out

    def _item(self, image: DecodedImage, generations: list | Exception | None) -> ItemResult:
        if not image.ok:
            return ItemResult(image, ERROR, image.error_code, image.error)
        if isinstance(generations, Exception):
            return ItemResult(image, ERROR, "model_error", model_error_message(generations))
        caption, *answers = generations
        questions = self.questionnaire.questions
        return ItemResult(image, OK, caption=caption, answers=[_answer(q, g) for q, g in zip(questions, answers)])

    def _translate(self, results: list[ItemResult]) -> None:
        ok = [r for r in results if r.status == OK]
        free = [(r, None) for r in ok] + [(r, k) for r in ok for k, a in enumerate(r.answers) if a.kind != CLOSED]
        texts = [r.caption.text if k is None else r.answers[k].answer_en for r, k in free]
        for (result, k), translation in zip(free, translate_free_text(texts, self.translator)):
            if k is None:
                result.caption_pt = translation
            else:
                result.answers[k] = dataclasses.replace(result.answers[k], pt=translation)


def model_error_message(exc: Exception) -> str:
    """`ExceptionClass: reason` on one line; the driver groups failures by the class (pool.SystemicFailure)."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


def _with_pixel_colors(result: ItemResult) -> DecodedImage:
    """The product's pixel colors, read where its garment is: the seller's garment type, else the model's answer
    (figure.region_garment).

    Here rather than in the decode tasks, because the model's garment answer is known only after the model ran.
    """
    from enrich.colors import with_product_colors
    from enrich.figure import region_garment

    image = result.image
    if result.status != OK:
        return image
    answered = next(
        (a.answer_en for a in result.answers if a.question_id == GARMENT_QUESTION and a.status == ANSWER_OK), None
    )
    return with_product_colors(image, region_garment(image.row.garment, answered))


def _answer(question: Question, output: Generation | Ranking) -> Answer:
    if isinstance(output, Ranking):
        return _ranked_answer(question, output)
    generation = output
    text = generation.text
    if question.kind == CLOSED:
        answer_en, status, pt = read_closed(question, text)
    else:  # free text is translated per shard, in bulk
        answer_en, status, pt = text, ANSWER_OK if text else ANSWER_EMPTY, None
    return Answer(
        question_id=question.id,
        prompt=question.prompt,
        kind=question.kind,
        answer_en=answer_en,
        raw_en=text,
        status=status,
        num_tokens=generation.num_tokens,
        hit_limit=generation.hit_limit,
        pt=pt,
        adapter=question.adapter,
    )


def _ranked_answer(question: Question, ranking: Ranking) -> Answer:
    return Answer(
        question_id=question.id,
        prompt=question.prompt,
        kind=question.kind,
        answer_en=ranking.value,
        raw_en=ranking.form,
        status=ANSWER_OK,
        num_tokens=ranking.num_tokens,
        hit_limit=False,
        pt=translate_closed(question, ranking.value),
        confidence=ranking.confidence,
        runner_up=ranking.runner_up,
        runner_up_confidence=ranking.runner_up_confidence,
        adapter=question.adapter,
    )
