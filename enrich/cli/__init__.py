"""The `enrich` command line: thin click commands, one module per family.

- run.py: run, reprocess (write an output folder)
- query.py: sql, status, audit (read one)
- maintain.py: compact, vacuum, migrate (keep one small and current)
- lab.py: render, train, eval (make models); bench.py: the bench group (measure)

Nothing here imports torch or ray at module level, so `enrich --help` is instant.
"""

# each module registers its commands on `main`
from enrich.cli import bench, lab, maintain, model, query, run  # noqa: F401
from enrich.cli.common import main

__all__ = ["main"]
