"""Choose what to redo in an output folder: a list of skus, a SQL predicate, or what an audit flags.

Selections run on the locked-down DuckDB connection over the committed views. The reprocessing itself is
an ordinary run of the latest run's configuration restricted to those skus, recomputed even when unchanged:
its results become the latest, and the earlier rows stay in the *_history views.
"""

from __future__ import annotations

import csv
from pathlib import Path

from enrich import EnrichError, state
from enrich.config import RunConfig, bundled_queries_dir, config_from_record
from enrich.sql import query

# Items joined with their answers; answer columns that share an item column's name are prefixed.
FLAT = """
SELECT DISTINCT sku FROM (
  SELECT i.*, a.question_id, a.prompt, a.kind, a.answer_en, a.raw_en, a.answer_pt, a.confidence, a.runner_up,
         a.runner_up_confidence, a.num_tokens, a.hit_limit, a.status AS answer_status, a.adapter AS answer_adapter
  FROM items i LEFT JOIN answers a ON a.run_id = i.run_id AND a.sku = i.sku
) WHERE ({predicate}) ORDER BY sku"""


def skus_from_file(path: str | Path) -> list[str]:
    """One sku per line, or a CSV with a `sku` column."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    if lines and lines[0].strip().lower().split(",")[0] == "sku" and "," in lines[0]:
        return sorted({row["sku"] for row in csv.DictReader(lines) if row.get("sku")})
    skus = {line.strip() for line in lines if line.strip()}
    return sorted(skus - {"sku"})


def skus_where(out: str | Path, predicate: str) -> list[str]:
    if ";" in predicate:
        raise EnrichError("the predicate must be a single SQL expression (no ';')")
    _, rows = query(out, FLAT.format(predicate=predicate))
    return [sku for (sku,) in rows]


def skus_flagged_by(out: str | Path, audit: str, queries_dir: str | Path | None = None) -> list[str]:
    from enrich.audit import load_audits, run_audits

    [result] = run_audits(out, load_audits(queries_dir or bundled_queries_dir(), (audit,)))
    return sorted({finding.sku for finding in result.findings})


def latest_config(out: str | Path) -> RunConfig:
    """The configuration of the newest run in `out`, as its manifest recorded it."""
    manifests = state.manifests(Path(out).expanduser().resolve())
    if not manifests:
        raise EnrichError(f"{out} has no run to reprocess")
    return config_from_record(manifests[-1]["config"])


def dry_run_lines(skus: list[str], sample: int = 10) -> list[str]:
    return [
        f"{len(skus)} item(s) would be reprocessed",
        *(f"  {sku}" for sku in skus[:sample]),
        *(["  …"] if len(skus) > sample else []),
    ]
