"""`enrich bench`: the reference and the default engine on the same images and model, in one process.

Reports images/s for each and their ratio, seconds per stage, peak memory, and the end-to-end `enrich run`
throughput (Ray actors, image decoding in Ray tasks) as a share of the in-process engine's; with a translator,
of the engine's plus translating its outputs, since `enrich run` translates too. Every figure is measured on
the machine it runs on; nothing is estimated.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import logging
import tempfile
import time
from dataclasses import dataclass, replace
from itertools import cycle, islice
from pathlib import Path

from enrich import EnrichError
from enrich.catalog import read_catalog
from enrich.config import RunConfig, default_questionnaire, with_demo_defaults
from enrich.images import load_image
from enrich.questionnaire import load_questionnaire

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BenchOptions:
    catalog: str
    model: str | None = None
    arch: str | None = None  # build this architecture with random weights instead of loading --model
    adapter: str | None = None
    questionnaire: str | None = None
    mt_model: str | None = None
    dtype: str = "auto"
    quantize: str | None = None
    images: int = 64  # two default shards: the in-process rate the end-to-end share divides by needs seconds of work
    reference_images: int = 16  # at most `images`; the reference is batch-1: its rate does not depend on the count
    image_batch: int = 16  # the default engine's knobs, as enrich run's (config.RunConfig)
    cpu_decode_rows: int = 16
    batch_size: int | None = None  # the previous release's single knob: sets both (enrich bench engine --batch-size)
    shard_size: int = 32
    e2e_items: int = 256  # 0 skips the end-to-end run
    cuda_graphs: bool = True
    attention: str = "auto"  # an sdpa backend both engines are held to (torch.nn.attention.SDPBackend), or torch's


def run_bench(options: BenchOptions) -> dict:
    if options.batch_size is not None:
        options = replace(options, image_batch=options.batch_size, cpu_decode_rows=options.batch_size, batch_size=None)
    if not options.arch:  # what `enrich run` would load: with no --model, the demo base, adapter and translator
        model, adapter, mt_model = with_demo_defaults(options.model, options.adapter, options.mt_model)
        options = replace(options, model=model, adapter=adapter, mt_model=mt_model)
    with tempfile.TemporaryDirectory(prefix="enrich-bench-") as scratch:
        model_dir = options.model
        if options.arch:
            from enrich.lab.arch import save_random_arch
            from enrich.model.loading import pick_device, pick_dtype

            log.info(f"building {options.arch} with random weights (no stop tokens: every answer decodes to its limit)")
            dtype = pick_dtype(options.dtype, pick_device())
            model_dir = str(save_random_arch(options.arch, Path(scratch) / "model", dtype))
        report = _in_process(options, model_dir)
        if options.e2e_items:
            report.update(_end_to_end(options, model_dir, Path(scratch), report))
        return report


def _in_process(options: BenchOptions, model_dir: str) -> dict:
    import torch

    from enrich.model.loading import load_blip2
    from enrich.model.reference import ReferenceEngine
    from enrich.model.vision_once import VisionOnceEngine
    from enrich.questionnaire import tasks_of

    tasks = tasks_of(load_questionnaire(options.questionnaire or default_questionnaire()))
    pixels, decode_ms = _images(options.catalog, options.images)
    log.info(f"loading {model_dir}")
    loaded = load_blip2(model_dir, options.adapter, options.dtype, options.quantize)
    engine = VisionOnceEngine(
        loaded,
        image_batch=options.image_batch,
        cpu_decode_rows=options.cpu_decode_rows,
        cuda_graphs=options.cuda_graphs,
    )
    engines = {"reference": ReferenceEngine(loaded), "engine": engine}
    counts = {"reference": min(options.reference_images, len(pixels)), "engine": len(pixels)}
    report = {
        "device": _device_name(loaded.device),
        "model": options.arch or model_dir,
        "dtype": str(loaded.dtype),
        "quantize": options.quantize,
        "images": counts,
        "fixed_length": not loaded.stop_token_ids,  # random weights (lab/arch.py): every answer to its limit
        "cuda_graphs": engine.graphs,
        "attention": options.attention,
        "image_batch": options.image_batch,
        "cpu_decode_rows": options.cpu_decode_rows,
        "tasks": {
            "caption": 1,
            "open": sum(not t.forms for t in tasks) - 1,
            "closed": sum(bool(t.forms) for t in tasks),
        },
        "image_decode_ms_per_image": round(decode_ms, 3),
        "stages_s": {},
        "peak_memory_mb": {},
    }
    with _attention(options.attention):
        outputs = _timed(engines, counts, pixels, tasks, options.shard_size, loaded.device, report)
    report["speedup"] = round(report["engine_images_per_s"] / report["reference_images_per_s"], 3)
    report["stages_s"]["engine"]["image_decode"] = round(decode_ms * counts["engine"] / 1000, 4)
    translation = _translation_seconds(options.mt_model, outputs, options.shard_size)
    report["stages_s"]["engine"]["translation"] = translation
    if translation is not None:  # what a worker does per image: the engine's work, then translating it
        seconds = counts["engine"] / report["engine_images_per_s"] + translation
        report["engine_with_translation_images_per_s"] = round(counts["engine"] / seconds, 4)
    del engines, loaded
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return report


def _timed(engines: dict, counts: dict, pixels: list, tasks: list, shard_size: int, device, report: dict) -> list:
    """Each engine's images/s, stage times and peak memory into `report`; the last engine's outputs."""
    outputs = []
    for name, engine in engines.items():
        engine.run(pixels[:1], tasks)  # warm-up: first-call allocations and kernel selection
        engine.timer.seconds.clear()
        _reset_peak(device)
        images = pixels[: counts[name]]
        log.info(f"timing the {name} on {len(images)} images")
        started = time.perf_counter()
        outputs = [
            out
            for start in range(0, len(images), shard_size)
            for out in engine.run(images[start : start + shard_size], tasks)
        ]
        seconds = time.perf_counter() - started
        report[f"{name}_images_per_s"] = round(len(images) / seconds, 4)
        report["stages_s"][name] = {k: round(v, 4) for k, v in engine.timer.seconds.items()}
        report["peak_memory_mb"][name] = _peak_mb(device)
    return outputs


@contextlib.contextmanager
def _attention(backend: str):
    """Hold sdpa to one backend (`enrich bench engine --attention`); torch's own choice for auto."""
    if backend == "auto":
        yield
        return
    from torch.nn.attention import SDPBackend, sdpa_kernel

    names = {"efficient": "EFFICIENT_ATTENTION", "cudnn": "CUDNN_ATTENTION", "math": "MATH"}
    try:
        with sdpa_kernel(getattr(SDPBackend, names[backend])):
            yield
    except RuntimeError as exc:
        if "backend" not in str(exc):
            raise
        raise EnrichError(f"--attention {backend} has no kernel for these inputs on this device: {exc}") from None


def _images(catalog: str, count: int):
    """Decode the catalog's images (timed), keep the good ones, and cycle them up to `count`."""
    rows = read_catalog(catalog).rows
    started = time.perf_counter()
    decoded = [load_image(row) for row in rows]
    decode_ms = (time.perf_counter() - started) * 1000 / len(rows)
    good = [d.pixels for d in decoded if d.ok]
    if not good:
        raise EnrichError(f"no decodable image in {catalog}")
    return list(islice(cycle(good), count)), decode_ms


def _translation_seconds(mt_model: str | None, outputs, shard_size: int) -> float | None:
    """Translate as a worker does: each shard's distinct free texts, a shard at a time. None without an MT model."""
    if not mt_model:
        return None
    from enrich.model.mt import Seq2SeqTranslator
    from enrich.records import Generation
    from enrich.translate import translate_free_text

    translator = Seq2SeqTranslator(mt_model)
    started = time.perf_counter()
    for start in range(0, len(outputs), shard_size):
        shard = outputs[start : start + shard_size]
        translate_free_text([g.text for per_image in shard for g in per_image if isinstance(g, Generation)], translator)
    return round(time.perf_counter() - started, 4)


def _end_to_end(options: BenchOptions, model_dir: str, scratch: Path, report: dict) -> dict:
    """`enrich run` over e2e_items catalog rows (the bench images, repeated) through Ray."""
    from enrich.runner import run_job

    rows = [r for r in read_catalog(options.catalog).rows if load_image(r).ok]
    catalog = scratch / "catalog.csv"
    with catalog.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "image"])
        writer.writerows((f"bench-{n:06d}", row.image) for n, row in enumerate(islice(cycle(rows), options.e2e_items)))
    config = RunConfig(
        catalog=str(catalog),
        out=str(scratch / "out"),
        model=model_dir,
        adapter=options.adapter,
        questionnaire=options.questionnaire or default_questionnaire(),
        dtype=options.dtype,
        quantize=options.quantize,
        image_batch=options.image_batch,
        cpu_decode_rows=options.cpu_decode_rows,
        shard_size=options.shard_size,
        workers=1,
        cuda_graphs=options.cuda_graphs,
    )
    log.info(f"timing enrich run end to end on {options.e2e_items} items (1 worker)")
    summary = run_job(config, progress=False)
    rate = summary.items / summary.processing_seconds
    in_process = report.get("engine_with_translation_images_per_s", report["engine_images_per_s"])
    return {
        "e2e_items": summary.items,
        "e2e_images_per_s": round(rate, 4),
        "e2e_share_of_engine": round(rate / in_process, 3),
        "e2e_wall_s_incl_startup": round(summary.seconds, 2),
        "e2e_peak_rss_mb": summary.peak_rss_mb,
        "e2e_worker_busy_share": round(sum(summary.worker_busy_seconds) / summary.processing_seconds, 3),
    }


def _device_name(device) -> str:
    import torch

    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    import os
    import platform

    return f"cpu ({platform.processor() or platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__})"


def _reset_peak(device) -> None:
    import torch

    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)


def _peak_mb(device) -> float:
    """CUDA: peak allocated since the reset; CPU: the process's peak RSS (it cannot be reset)."""
    import torch

    if device.type == "cuda":
        return round(torch.cuda.max_memory_allocated(device) / 2**20, 1)
    from enrich.stats import peak_rss_mb

    return round(peak_rss_mb(), 1)


def summary_lines(report: dict) -> list[str]:
    tasks = report["tasks"]
    lines = [
        f"device      {report['device']}",
        f"model       {report['model']} ({report['dtype']}{', ' + report['quantize'] if report['quantize'] else ''})",
        f"workload    1 caption + {tasks['open']} open + {tasks['closed']} closed per image; images: "
        f"reference {report['images']['reference']}, engine {report['images']['engine']}"
        + (", fixed-length decoding" if report["fixed_length"] else "")
        + (", decode steps replayed as CUDA graphs" if report["cuda_graphs"] else ""),
        f"reference   {report['reference_images_per_s']:10.3f} images/s",
        f"engine      {report['engine_images_per_s']:10.3f} images/s   speedup {report['speedup']:.2f}x",
    ]
    translated = "engine_with_translation_images_per_s" in report
    if translated:
        lines.append(f"+ translation {report['engine_with_translation_images_per_s']:9.3f} images/s   (in process)")
    if "e2e_images_per_s" in report:
        lines.append(
            f"enrich run  {report['e2e_images_per_s']:10.3f} images/s   {report['e2e_share_of_engine']:.0%} of the "
            f"engine{' + translation' if translated else ''} ({report['e2e_items']} items via Ray, "
            f"worker busy {report['e2e_worker_busy_share']:.0%} of the time)"
        )
    lines.append(f"image decode {report['image_decode_ms_per_image']:.2f} ms/image")
    for name in ("reference", "engine"):
        stages = ", ".join(
            f"{k} {'not measured' if v is None else f'{v:.3f}s'}" for k, v in report["stages_s"][name].items()
        )
        lines.append(f"{name} stages: {stages}; peak memory {report['peak_memory_mb'][name]:.0f} MB")
    return lines
