"""Where the default engine's time goes on a GPU: torch.profiler over one timed run of a bench-sized batch.

    python3 .ci/gpu_profile.py MODEL_DIR OUT_FILE [IMAGES]      (.ci/gpu-check profile runs it)

The model is the one `.ci/gpu-check build` saves (blip2-opt-2.7b, random weights); the images are the sample
catalog's, as `enrich bench engine` takes them. It writes the stage times of the profiled run, the operators by
GPU time and by host time, and the stages as named ranges (`stage:decode`...) to OUT_FILE.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import torch
from torch.profiler import ProfilerActivity, profile

from enrich.config import default_questionnaire
from enrich.lab.bench.engine import _images
from enrich.model.loading import load_blip2
from enrich.model.vision_once import VisionOnceEngine
from enrich.questionnaire import load_questionnaire, tasks_of


def main(model_dir: str, out_file: str, count: int = 256) -> None:
    tasks = tasks_of(load_questionnaire(default_questionnaire()))
    pixels, _ = _images("sample_catalog/catalog.csv", count)
    engine = VisionOnceEngine(load_blip2(model_dir), image_batch=64)
    engine.run(pixels[:64], tasks)  # warm-up: allocations, kernel selection, graph capture
    engine.timer.seconds.clear()
    cuda = torch.cuda.is_available()  # a CPU smoke test: ARCH=blip2-small-224 DTYPE=float32 ... build profile
    sync = torch.cuda.synchronize if cuda else lambda: None
    sync()
    with profile(activities=[ProfilerActivity.CPU] + [ProfilerActivity.CUDA] * cuda) as profiled:
        started = time.perf_counter()
        engine.run(pixels, tasks)
        sync()
        seconds = time.perf_counter() - started
    averages = profiled.key_averages()
    with open(out_file, "w") as out:
        stages = {k: round(v, 4) for k, v in engine.timer.seconds.items()}
        print(json.dumps({"images": count, "seconds": round(seconds, 3), "stages_s": stages}), file=out)
        keys = (("GPU time", "cuda_time_total"),) * cuda + (("host time (self)", "self_cpu_time_total"),)
        for title, key in keys:
            print(f"\n## operators by {title}\n", file=out)
            print(averages.table(sort_by=key, row_limit=40, max_name_column_width=60), file=out)
    print(Path(out_file).read_text()[:6000])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:]))
