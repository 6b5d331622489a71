"""Helpers for tests that run `enrich` in its own process group and may kill it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PIL import Image

COLORS = [(200, 30, 40), (30, 60, 200), (30, 160, 60), (20, 20, 20), (230, 200, 40), (240, 140, 180)]


def make_catalog(root: Path, count: int, prefix: str = "p") -> Path:
    """`count` items over a few small images; returns the catalog CSV."""
    images = root / "images"
    images.mkdir(parents=True, exist_ok=True)
    for n, color in enumerate(COLORS):
        picture = Image.new("RGB", (64, 80), (245, 245, 245))
        picture.paste(color, (12, 10, 52, 74))
        picture.save(images / f"c{n}.jpg", quality=90)
    lines = ["sku,image,title"] + [f"{prefix}-{i},images/c{i % len(COLORS)}.jpg,item {i}" for i in range(count)]
    path = root / "catalog.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def run_cli(*args, faults: str = "", timeout: float = 240, standin: str | None = None) -> subprocess.CompletedProcess:
    """Run the CLI in a new session and reap everything it started (Ray helpers included).

    `standin`: "pool" or "worker", the model side stood in (tests/standin_cli.py)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ENRICH_FAULTS": faults}
    entry = [str(Path(__file__).with_name("standin_cli.py")), standin] if standin else ["-m", "enrich.cli"]
    return run_in_session([sys.executable, *entry, *args], env, timeout)


def run_in_session(command: list, env: dict, timeout: float) -> subprocess.CompletedProcess:
    """Run `command` in a new session; kill whatever of that session is left afterwards."""
    command = [str(c) for c in command]
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=timeout)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
    return subprocess.CompletedProcess(command, process.returncode, out, err)
