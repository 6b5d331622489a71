"""Where everything lives in an output folder; the one module that knows the paths.

    OUT/.enrich.lock                         held by the active run (lock.py)
    OUT/tables/items/                        Delta table: the latest result per sku
    OUT/tables/answers/                      Delta table: the answers of those results
    OUT/tables/catalog/                      Delta table: the skus of the newest finished whole-catalog run
    OUT/tables/items_history/                Delta table: every item row of every run
    OUT/tables/answers_history/              Delta table: every answer row of every run
    OUT/runs/<run_id>/manifest.json          config, fingerprints, questionnaire, catalog, counts, timings
    OUT/runs/<run_id>/plan.parquet           the items the run works on, in shards (written once, at its start)
    OUT/stamps.parquet                       the new size and mtime of local files read again with the same bytes

Before Delta (enrich 0.1 up to 2026-11), runs held their own Parquet parts and commit markers:
    OUT/runs/<run_id>/{items,answers}/part-NNNNN.parquet, OUT/runs/<run_id>/done/part-NNNNN.json
`enrich migrate` (migrate.py) moves such a folder into the tables above.
A plain folder with items/*.parquet and answers/*.parquet (results made elsewhere) is read as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from enrich import EnrichError

CURRENT = ("items", "answers", "catalog")
HISTORY = ("items_history", "answers_history")
TABLES = CURRENT + HISTORY


@dataclass(frozen=True)
class Layout:
    root: Path

    @classmethod
    def of(cls, out: str | Path) -> Layout:
        return cls(Path(out).expanduser().resolve())

    @property
    def lock(self) -> Path:
        return self.root / ".enrich.lock"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    @property
    def stamps(self) -> Path:
        return self.root / "stamps.parquet"

    def table(self, name: str) -> Path:
        return self.root / "tables" / name

    def run_dir(self, run_id: str) -> Path:
        return self.runs / run_id

    def manifest(self, run_id: str) -> Path:
        return self.run_dir(run_id) / "manifest.json"

    def plan(self, run_id: str) -> Path:
        return self.run_dir(run_id) / "plan.parquet"

    def manifests(self) -> list[Path]:
        """Every run's manifest, oldest first (run ids sort by their start time)."""
        return sorted(self.runs.glob("*/manifest.json"))

    def require_output(self, doing: str) -> None:
        """Refuse to `doing` a folder that holds no enrich output: compacting one made five empty tables in it."""
        if not (self.is_delta() or self.runs.is_dir()):
            raise EnrichError(f"{self.root} is not an enrich output (it has no tables/ nor runs/): nothing to {doing}")

    def is_delta(self) -> bool:
        return (self.table("items_history") / "_delta_log").is_dir()

    def legacy_runs(self) -> list[Path]:
        """Run folders in the pre-Delta layout, oldest first: they have commit markers."""
        return sorted(p.parent for p in self.runs.glob("*/done") if p.is_dir())

    def is_plain(self) -> bool:
        """Results made elsewhere: items/*.parquet (and answers/*.parquet), no runs, no tables."""
        plain = not self.runs.is_dir() and not self.is_delta() and not self.is_tables_folder()
        return plain and any((self.root / "items").glob("*.parquet"))

    def is_tables_folder(self) -> bool:
        """OUT/tables itself: its items/ is a Delta table, whose folder also holds the files earlier versions
        replaced, so reading it as a plain folder counted an item once per version it had."""
        return (self.root / "items" / "_delta_log").is_dir()

    def plain_files(self, name: str) -> list[Path]:
        return sorted((self.root / name).glob("*.parquet"))
