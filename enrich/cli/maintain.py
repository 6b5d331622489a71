"""`enrich compact`, `enrich vacuum`, `enrich migrate`: keeping an output folder small and current."""

from __future__ import annotations

import click

from enrich.cli.common import main, user_errors

OUT_DIR = click.argument("out_dir", type=click.Path(exists=True, file_okay=False))


@main.command()
@OUT_DIR
@click.option(
    "--max-files",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Compact a table that has more data files than this.",
)
@user_errors
def compact(out_dir, max_files):
    """Rewrite each table's small files into few large ones (a run does this by itself when it ends).

    Safe at any moment: a compaction is one Delta commit, and readers keep reading the files they opened.

    \b
    Example:
      enrich compact enrich-out
    """
    from enrich.store import Layout, OutputLock, maintenance, writer

    layout = Layout.of(out_dir)
    layout.require_output("compact")
    with OutputLock(layout.root, "compact"):
        removed = maintenance.compact(writer.open_output(layout), max_files) | maintenance.compact_audits(
            layout, max_files
        )
    click.echo(f"compacted {', '.join(f'{t} ({n} files merged)' for t, n in removed.items()) or 'nothing'}")


@main.command()
@OUT_DIR
@click.option(
    "--keep-days",
    type=click.FloatRange(min=0, max=36_500),
    callback=lambda _, __, days: days if days == days else _not_a_number(),  # NaN passes FloatRange's bounds
    required=True,
    help="Keep history for this many days, and time travel for as many (7 at most: the tables' logs keep 7 days).",
)
@click.option(
    "--forget-delisted",
    is_flag=True,
    help="Also remove the last result of items the catalog dropped (listed again, they go to the model).",
)
@user_errors
def vacuum(out_dir, keep_days, forget_delisted):
    """Bound history on disk: remove what is older than --keep-days and no longer current.

    Removes item and answer rows of earlier runs older than N days that are not the current result of
    their sku, and the data files that no table version of the last N days needs (so time travel reaches
    back N days, no further; and never past the 7 days of versions the tables' logs keep). Current results
    are never removed, whatever their age, nor the last result of an item the catalog dropped (listed
    again, it is restored without the model) unless --forget-delisted.

    \b
    Example:
      enrich vacuum enrich-out --keep-days 90
      enrich vacuum enrich-out --keep-days 90 --forget-delisted
    """
    from enrich.store import Layout, OutputLock, maintenance, writer

    layout = Layout.of(out_dir)
    layout.require_output("vacuum")
    with OutputLock(layout.root, "vacuum"):
        report = maintenance.vacuum(writer.open_output(layout), keep_days, forget_delisted)
    files = sum(report["files_removed"].values())
    click.echo(
        f"removed {report['history_rows_removed']} item row(s) of history with their answers, and {files} file(s), "
        f"older than {keep_days:g} days"
    )


@main.command()
@OUT_DIR
@user_errors
def migrate(out_dir):
    """Upgrade an output written by an earlier enrich (Parquet parts per run) to Delta tables, in place.

    History is kept; a migration killed at any step is finished by running it again. `enrich run` on
    such a folder migrates it first by itself.

    \b
    Example:
      enrich migrate /data/enriched
    """
    from enrich.store import Layout, OutputLock
    from enrich.store.migrate import migrate as run_migration

    layout = Layout.of(out_dir)
    layout.require_output("migrate")
    with OutputLock(layout.root, "migrate"):
        report = run_migration(layout)
    click.echo(
        "nothing to migrate"
        if not report["runs"]
        else f"migrated {report['shards']} shard(s) of {report['runs']} run(s)"
    )


def _not_a_number():
    raise click.BadParameter("nan is not a number of days", param_hint="'--keep-days'")
