"""`enrich bench store`: the output store at production scale, against plain Parquet read by plain DuckDB.

A synthetic catalog of N local image files goes through the real planning, commit, publish and compaction
(`enrich run` with the model stood in, lab/standin.py): one full run, then K nights, each with 5% of the
images changed, 1% new items and a few deleted. Then, in one process, each read command on the output is
timed against the same latest rows exported to a few plain Parquet files and queried with plain DuckDB,
and a no-op night over the N unchanged files against `os.stat` of them plus reading the catalog. Writing
and reading each run in a child process, so that each one's peak RSS is its own.
"""

from __future__ import annotations

import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

CHANGED, NEW, DELETED = 0.05, 0.01, 0.0005  # of the catalog, per night
REPEATS = 3  # each read is timed this many times; the median is reported
QUERIES = {
    "count_items": "SELECT count(*) FROM items",
    "count_answers": "SELECT count(*) FROM answers",
    "group_by_color": "SELECT answer_en, count(*) FROM answers WHERE question_id = 'color' GROUP BY 1 ORDER BY 2 DESC",
    "items_limit_5": "SELECT * FROM items LIMIT 5",
    "sku_history": "SELECT * FROM items_history WHERE sku = $sku ORDER BY processed_at",
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreBench:
    items: int
    nights: int
    out: str | None = None  # keep the output (and its catalog) here
    shard_size: int = 256  # the nightly job's
    seed: int = 0


def run_store_bench(options: StoreBench) -> dict:
    with tempfile.TemporaryDirectory(prefix="enrich-bench-store-") as scratch:
        root = Path(options.out or scratch).resolve()
        root.mkdir(parents=True, exist_ok=True)
        catalog, nights, driver_rss = SyntheticCatalog(root, options.items, options.seed), [], 0.0
        for night in range(options.nights + 1):
            if night:
                catalog.next_night(night)
            report, rss = _child("night", root, options)
            nights.append(report["seconds"])
            driver_rss = max(driver_rss, rss)
            log.info(f"night {night}: {report['seconds']} s, {report['processed']} enriched, peak RSS {rss:.0f} MB")
        read, read_rss = _child("read", root, options)
    queries = read["queries"]
    return {
        "items": options.items,
        "nights": options.nights,
        "shard_size": options.shard_size,
        "machine": _machine(),
        "nights_s": nights,
        "files": read["files"],
        "queries": queries,
        "max_ratio": max(q["ratio"] for q in queries if q["name"] != "audits"),
        "audit_ratio": next(q["ratio"] for q in queries if q["name"] == "audits"),
        "noop_s": round(read["noop_s"], 3),
        # A small catalog stats in well under a millisecond: rounded only after the ratio is taken
        "noop_reference_s": round(read["noop_reference_s"], 5),
        "noop_ratio": round(read["noop_s"] / read["noop_reference_s"], 2),
        "noop_started_workers": read["noop_started_workers"],
        "peak_rss_mb": read_rss,
        "driver_peak_rss_mb": driver_rss,
        "out": options.out,
    }


def _child(phase: str, root: Path, options: StoreBench) -> tuple[dict, float]:
    """Run one phase in a child process, so that its peak RSS is its own; returns its report and that, in MB."""
    code = f"import sys; from enrich.lab.bench import store; store._main({phase!r}, sys.argv[1], sys.argv[2])"
    process = subprocess.Popen([sys.executable, "-c", code, str(root), json.dumps(asdict(options))])
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise RuntimeError(f"the bench's {phase} phase failed (exit status {status}); its errors are above")
    return json.loads((root / f"{phase}.json").read_text()), round(usage.ru_maxrss / 1024, 1)


def _main(phase: str, root: str, options: str) -> None:
    """A child: one night through `enrich run` (with the model stood in), or the reads."""
    options, root = StoreBench(**json.loads(options)), Path(root)
    if phase == "night":
        started = time.perf_counter()
        summary, _ = _enrich(root, options, root / "catalog.csv")
        report = {"seconds": round(time.perf_counter() - started, 2), "processed": summary.processed}
    else:
        report = _read(root, options)
    (root / f"{phase}.json").write_text(json.dumps(report))


def _enrich(root: Path, options: StoreBench, catalog: Path):
    from enrich.config import load_config
    from enrich.lab.standin import StandinPool
    from enrich.runner import run_job

    config = load_config(catalog=str(catalog), out=str(root / "out"), shard_size=options.shard_size)
    started = []

    def counted(*args):
        started.append(True)
        return StandinPool(*args)

    summary = run_job(config, progress=False, pool=counted)
    return summary, bool(started)


class SyntheticCatalog:
    """N items over N tiny local image files; each night rewrites 5% of the images, adds 1%, deletes a few."""

    def __init__(self, root: Path, items: int, seed: int):
        self.root, self.path, self.rng = root, root / "catalog.csv", random.Random(seed)
        self.skus = list(range(items))
        self.next_id = items
        for sku in self.skus:
            self._image(sku, 0)
        self._write()

    def next_night(self, night: int) -> None:
        count = len(self.skus)
        for sku in self.rng.sample(self.skus, int(count * CHANGED)):
            self._image(sku, night)
        gone = set(self.rng.sample(self.skus, max(1, int(count * DELETED))))
        self.skus = [s for s in self.skus if s not in gone]
        new = list(range(self.next_id, self.next_id + int(count * NEW)))
        for sku in new:
            self._image(sku, night)
        self.skus += new
        self.next_id += len(new)
        self._write()

    def image_path(self, sku: int) -> Path:
        return self.root / "images" / str(sku // 1000) / f"{sku}.jpg"

    def _image(self, sku: int, version: int) -> None:
        path = self.image_path(sku)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_tiny_jpeg((sku * 7919 + version * 104729) % 2**24))

    def _write(self) -> None:
        colors = ("black", "white", "navy", "red", "green")
        lines = ["sku,image,title,category,color"]
        lines += [f"SKU-{s},images/{s // 1000}/{s}.jpg,Product {s},T-Shirts,{colors[s % 5]}" for s in self.skus]
        self.path.write_text("\n".join(lines) + "\n")


def _read(root: Path, options: StoreBench) -> dict:
    from deltalake import DeltaTable

    from enrich.store import Layout, read_snapshot

    out, layout = root / "out", Layout.of(root / "out")
    files = {
        name: len(DeltaTable(str(layout.table(name))).file_uris())
        for name in ("items", "answers", "items_history", "answers_history", "catalog")
    }
    reference = _export(read_snapshot(layout).files, root / "reference")
    sku = "SKU-1"
    timed = [
        _time_query(out, reference, name, sql, {"sku": sku} if "$sku" in sql else None) for name, sql in QUERIES.items()
    ]
    timed += [_time_status(out, reference), _time_audits(out, reference)]
    noop_s, started = _time_noop(root, options)
    return {
        "files": files,
        "queries": timed,
        "noop_s": noop_s,
        "noop_reference_s": _time_stat_reference(root),
        "noop_started_workers": started,
    }


def _export(files: dict[str, list[str]], folder: Path) -> dict[str, list[str]]:
    """The current rows as plain Parquet, a few files per table (DuckDB writes one per thread)."""
    import duckdb

    folder.mkdir(exist_ok=True)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    exported = {}
    for name in ("items", "answers"):
        listed = ", ".join(f"'{f}'" for f in files[name])
        target = folder / name
        source = f"SELECT * FROM read_parquet([{listed}], union_by_name = true)"
        con.execute(f"COPY ({source}) TO '{target}' (FORMAT parquet, PER_THREAD_OUTPUT true, OVERWRITE true)")
        exported[name] = sorted(str(p) for p in target.glob("*.parquet"))
    return exported


def _plain(reference: dict[str, list[str]]):
    """Plain DuckDB over the exported files, with the views the audits name (history = the latest rows)."""
    import duckdb

    from enrich.views import RUN_COLUMNS

    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")  # as enrich's own: stdout stays the output
    for name in ("items", "answers"):
        listed = ", ".join(f"'{f}'" for f in reference[name])
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listed}])")
        con.execute(f"CREATE VIEW {name}_history AS SELECT * FROM {name}")
    con.execute("CREATE VIEW catalog AS SELECT sku FROM items")
    columns = ", ".join(
        f"NULL::{'TIMESTAMPTZ' if 'timestamp' in str(t) else 'VARCHAR' if str(t) == 'string' else 'DOUBLE'} AS {n}"
        for n, t in RUN_COLUMNS.items()
    )
    con.execute(f"CREATE VIEW runs AS SELECT {columns} LIMIT 0")
    return con


def _median_seconds(call) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _entry(name: str, ours: float, reference: float) -> dict:
    return {
        "name": name,
        "enrich_s": round(ours, 4),
        "reference_s": round(reference, 4),
        "ratio": round(ours / reference, 2),
    }


def _time_query(out: Path, reference: dict, name: str, sql: str, params) -> dict:
    from enrich.sql import query

    ours = _median_seconds(lambda: query(out, sql, params))
    plain = _median_seconds(lambda: _plain(reference).execute(sql, params).fetchall())
    return _entry(name, ours, plain)


def _time_status(out: Path, reference: dict) -> dict:
    from enrich.status import status_report

    sql = "SELECT coalesce(error_code, 'ok') AS reason, count(*) FROM items GROUP BY 1 ORDER BY 2 DESC"
    return _entry(
        "status",
        _median_seconds(lambda: status_report(out)),
        _median_seconds(lambda: _plain(reference).execute(sql).fetchall()),
    )


def _time_audits(out: Path, reference: dict) -> dict:
    from enrich.audit import _wrapped, load_audits, missing_columns, run_audits
    from enrich.config import bundled_queries_dir

    audits = load_audits(bundled_queries_dir())

    def plain():
        con = _plain(reference)
        columns = {(v, n) for v in ("items", "answers") for n, *_ in con.execute(f"DESCRIBE {v}").fetchall()}
        for audit in audits:
            if not missing_columns(audit, columns):
                con.execute(_wrapped(con, audit), audit.params or None).fetchall()

    return _entry("audits", _median_seconds(lambda: run_audits(out, audits)), _median_seconds(plain))


def _time_noop(root: Path, options: StoreBench) -> tuple[float, bool]:
    started = time.perf_counter()
    summary, workers = _enrich(root, options, root / "catalog.csv")
    seconds = time.perf_counter() - started
    if summary.processed or summary.metadata_updated:
        raise RuntimeError(f"the no-op night processed {summary.processed} item(s): the bench is not measuring a no-op")
    return seconds, workers


def _time_stat_reference(root: Path) -> float:
    """What any nightly job must do at least: read the catalog and stat every image it names."""
    import pyarrow.csv

    def stat_all():
        table = pyarrow.csv.read_csv(root / "catalog.csv")
        for image in table.column("image").to_pylist():
            os.stat(root / image)

    return _median_seconds(stat_all)


def _machine() -> str:
    import platform

    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}"
    )


def summary_lines(report: dict) -> list[str]:
    size = f"{report['items']} items, {report['nights']} nights, shard size {report['shard_size']}"
    lines = [f"store bench: {size} ({report['machine']})"]
    lines.append("files per table: " + ", ".join(f"{t} {n}" for t, n in report["files"].items()))
    lines.append(f"{'read':<16} {'enrich s':>9} {'plain s':>9} {'ratio':>6}")
    lines += [
        f"{q['name']:<16} {q['enrich_s']:>9.4f} {q['reference_s']:>9.4f} {q['ratio']:>6.2f}" for q in report["queries"]
    ]
    workers = " (workers started!)" if report["noop_started_workers"] else ", no worker started"
    noop = f"no-op night {report['noop_s']} s vs stat + catalog {report['noop_reference_s']} s"
    lines.append(f"{noop}: {report['noop_ratio']}x{workers}")
    lines.append(f"peak RSS: reads {report['peak_rss_mb']} MB, runs {report['driver_peak_rss_mb']} MB")
    lines.append("nights (s): " + ", ".join(map(str, report["nights_s"])))
    return lines


def _tiny_jpeg(color: int) -> bytes:
    """A 16x16 JPEG of one color (the smallest size enrich reads): decoded as a real run's images are, new bytes
    per version."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (color >> 16, (color >> 8) & 255, color & 255)).save(buffer, "JPEG")
    return buffer.getvalue()
