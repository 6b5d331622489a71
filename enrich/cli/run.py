"""`enrich run` and `enrich reprocess`: the commands that write an output folder."""

from __future__ import annotations

import click

from enrich import exits
from enrich.cli.common import exit_with, main, named_adapters, query_limits, user_errors
from enrich.config import CPU_DECODE_ROWS, DEFAULT_ERROR_BUDGET, DTYPES, ENGINES, IMAGE_BATCH, QUANTIZE

VOLATILE_HINT_ITEMS = 1000  # catalog-only updates of at least this many items, and half the catalog, get a hint


@main.command()
@click.option("--catalog", help="CSV, JSONL or Parquet with sku and image columns, or a folder of images.")
@click.option("--out", help="Output folder (default: ./enrich-out).")
@click.option("--job", type=click.Path(exists=True, dir_okay=False), help="Job TOML; flags override its values.")
@click.option(
    "--model",
    help="BLIP-2 hub id or local directory (default: the demo model, with its questionnaire "
    "adapter and translator; a given model gets neither).",
)
@click.option("--adapter", help="PEFT LoRA adapter, hub id or directory, merged for inference.")
@named_adapters(
    "A LoRA adapter kept separate, used by the questions that name it (adapter = NAME in the questionnaire; "
    "repeatable)."
)
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Questionnaire TOML.")
@click.option(
    "--seller-map",
    type=click.Path(exists=True, dir_okay=False),
    help="TOML mapping the catalog's seller categories and colors to questionnaire values "
    "(default: by the questionnaire's values, synonyms and aliases).",
)
@click.option(
    "--mt-model",
    help="English->Portuguese seq2seq checkpoint for free text (Marian, NLLB...); "
    "default: the demo translator with the demo model, none otherwise.",
)
@click.option(
    "--mt-target",
    help="The translator's target language code: pob or por (Marian), por_Latn (NLLB), pt (M2M100); "
    "default: pt-BR where the model has it.",
)
@click.option("--engine", type=click.Choice(ENGINES), help="reference: one generate per prompt.")
@click.option("--dtype", type=click.Choice(DTYPES), help="auto: bf16 on CUDA.")
@click.option("--quantize", type=click.Choice(QUANTIZE), help="bitsandbytes quantization (CUDA only).")
@click.option("--workers", type=click.IntRange(min=1), help="Model actors (default: one per GPU, else from cores).")
@click.option(
    "--image-batch",
    type=click.IntRange(min=1),
    help=f"Default engine: images per vision-encoder pass and per language-model prefix pass, on any device "
    f"(default {IMAGE_BATCH}; halved on out-of-memory).",
)
@click.option(
    "--cpu-decode-rows",
    type=click.IntRange(min=1),
    help=f"Default engine on CPU: (image, open question) rows prompted and decoded together (default "
    f"{CPU_DECODE_ROWS}); on CUDA free memory sizes them. The reference engine uses neither knob.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    help="Deprecated, goes in the next release: sets --image-batch and --cpu-decode-rows.",
)
@click.option(
    "--shard-size", type=click.IntRange(min=1), help="Items per shard: the unit of work, retry and resume (default 32)."
)
@click.option(
    "--image-root",
    "image_roots",
    multiple=True,
    metavar="DIR",
    help="Also allow local images under DIR (repeatable; the catalog's folder is always allowed).",
)
@click.option(
    "--catalog-column",
    "catalog_columns",
    multiple=True,
    metavar="NAME",
    help="Store only these catalog columns (repeatable; default: all): leave out one that changes nightly (stock, "
    "price), which would copy its items into history every night.",
)
@click.option(
    "--ray-address", help="Join an existing Ray cluster (default: $RAY_ADDRESS when set, else start a local one)."
)
@click.option("--full", is_flag=True, default=None, help="Recompute items whose inputs did not change.")
@click.option(
    "--allow-shrink",
    is_flag=True,
    default=None,
    help="Let this run drop half or more of the items that gave results because the catalog no longer has them "
    "(refused otherwise, as a truncated export).",
)
@click.option(
    "--error-budget",
    type=click.FloatRange(0, 1),
    help=f"Exit 3 when the share of error items among those processed exceeds it (default {DEFAULT_ERROR_BUDGET}; "
    "1 never fails); items that failed the same way before are not counted.",
)
@click.option(
    "--stall-timeout",
    "stall_timeout_s",
    type=click.FloatRange(min=1),
    help="Abort after this many seconds without a finished shard (default 1800).",
)
@click.option(
    "--cuda-graphs/--no-cuda-graphs",
    default=None,
    help="Replay each decode step as a CUDA graph (default on; CUDA and unquantized models only).",
)
@click.option(
    "--verify",
    is_flag=True,
    default=None,
    help="Read and hash every image; without it a local file whose size and mtime are unchanged is not read.",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (logs and cron).")
@user_errors
def run(job, no_progress, **flags):
    """Enrich a catalog: caption + questionnaire per image, EN and pt-BR, into Delta tables (Parquet).

    \b
    Example:
      enrich run --catalog sample_catalog/catalog.csv --out enrich-out
      enrich run --catalog products.parquet --model Salesforce/blip2-opt-2.7b \\
                 --adapter ./adapters/vqa --mt-model ./models/opus-mt-en-pt --out /data/enriched
      enrich run --job jobs/sample.toml --questionnaire my-questions.toml \\
                 --named-adapter caption=./adapters/caption   # its [caption] says adapter = "caption"
    """
    from enrich.config import load_config
    from enrich.runner import run_job

    config = load_config(job, **flags)
    summary = run_job(config, progress=not no_progress)
    _print_summary(summary)
    exit_with(exits.of_run(summary))


def _why_kept(summary) -> str:
    """Of the items updated without the model, those that were for another reason than their catalog columns."""
    why = [f"{summary.relabelled} read again through the edited questionnaire"] if summary.relabelled else []
    why += [f"{summary.restored} restored from history"] if summary.restored else []
    return f" ({', '.join(why)})" if why else ""


def _print_summary(summary) -> None:
    errors = ", ".join(f"{code} {n}" for code, n in sorted(summary.errors_by_code.items())) or "none"
    rate = summary.processed / summary.processing_seconds if summary.processing_seconds else 0.0
    wall_rate = summary.processed / summary.seconds if summary.seconds else 0.0  # the runs view's items_per_s
    memory = summary.peak_rss_mb or {}
    worker = "no worker started" if memory.get("worker") is None else f"worker {memory['worker']:.0f} MB"
    click.echo(
        f"run {summary.run_id}: {summary.items} items, {summary.processed} processed "
        f"({summary.ok} ok, {summary.errors} errors: {errors}"
        + (f"; {summary.repeated_errors} of them failed the same way before" if summary.repeated_errors else "")
        + f"), {summary.unchanged} unchanged"
        + (
            f", {summary.metadata_updated} updated without the model{_why_kept(summary)}"
            if summary.metadata_updated
            else ""
        )
        + (
            f", {summary.unreachable} kept as they were (their images could not be fetched; asked for again next night)"
            if summary.unreachable
            else ""
        )
        + (f", {summary.deleted} deleted from the catalog" if summary.deleted else "")
        + (
            f", {summary.resumed_items} items in {summary.resumed_shards} shards kept from the interrupted attempt"
            if summary.resumed_shards
            else ""
        )
    )
    click.echo(
        f"{summary.seconds:.1f}s wall ({wall_rate:.2f} items/s); processing {summary.processing_seconds:.1f}s "
        f"({rate:.2f} items/s, model start-up and shutdown left out); "
        f"peak RSS driver {memory.get('driver', 0):.0f} MB, {worker}"
    )
    catalog_only = summary.metadata_updated - summary.relabelled - summary.restored  # (a relabel or rollback night)
    if catalog_only >= max(VOLATILE_HINT_ITEMS, summary.items // 2):
        click.echo(
            f"{catalog_only} items had only catalog columns changed; each such update writes a history "
            "row: if a column changes every night (stock, price), store only the others (job key catalog_columns)"
        )
    click.echo(f"-> {summary.out}")
    click.echo(f'query it: enrich sql {summary.out} "select status, count(*) from items group by status"')


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--skus",
    "skus_file",
    type=click.Path(exists=True, dir_okay=False),
    help="File of skus: one per line, or a CSV whose first column is headed sku (the review page's export).",
)
@click.option(
    "--where", "predicate", help="SQL predicate over items joined with answers (answer_status, answer_adapter)."
)
@click.option("--audit", help="Redo the items this audit in queries/ flags.")
@click.option("--queries", "queries_dir", type=click.Path(exists=True, file_okay=False), help="Audit folder.")
@click.option("--dry-run", is_flag=True, help="Print the count and a sample; change nothing.")
@click.option(
    "--error-budget",
    type=click.FloatRange(0, 1),
    help="This reprocess's error budget (exit 3 above it; default: the job's).",
)
@click.option(
    "--catalog",
    type=click.Path(exists=True),
    help="Read this catalog instead of the one the newest run read (it moved, or each night has its own export).",
)
@click.option(
    "--job",
    type=click.Path(exists=True, dir_okay=False),
    help="Run with this job file's configuration instead of the newest run's (its out is OUT_DIR).",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (logs and cron).")
@query_limits  # --where and --audit select with queries, whose limit errors name these options
@user_errors
def reprocess(
    out_dir, skus_file, predicate, audit, queries_dir, dry_run, error_budget, catalog, job, no_progress, limits
):
    """Redo a subset with the newest finished run's configuration; results become the latest, history is kept.

    \b
    Example:
      enrich reprocess enrich-out --where "question_id = 'color' and confidence < 0.5" --dry-run
      enrich reprocess enrich-out --skus flagged.txt
      enrich reprocess enrich-out --audit low_confidence
      enrich reprocess enrich-out --skus flagged.txt --catalog exports/catalog-2026-12-04.csv
    """
    import dataclasses

    from enrich import reprocess as selection
    from enrich.runner import run_job

    if sum(x is not None for x in (skus_file, predicate, audit)) != 1:
        raise click.UsageError("choose exactly one of --skus, --where, --audit")
    if skus_file:
        skus = selection.skus_from_file(skus_file)
    elif predicate is not None:  # an empty one is the predicate's own error, not a missing --audit
        skus = selection.skus_where(out_dir, predicate, limits)
    else:
        skus = selection.skus_flagged_by(out_dir, audit, queries_dir, limits)
    config = selection.config_for(out_dir, job, catalog)
    skus = selection.in_catalog(config.catalog, skus, listed_in=skus_file)
    if not skus:  # "0 item(s) would be reprocessed" read as a dry run's, when nothing was to be done
        click.echo("nothing to reprocess: the selection holds no item of the catalog")
        return
    if dry_run:
        click.echo("\n".join(selection.dry_run_lines(skus)))
        return
    if error_budget is not None:
        config = dataclasses.replace(config, error_budget=error_budget)
    summary = run_job(config, progress=not no_progress, only_skus=set(skus))
    _print_summary(summary)
    exit_with(exits.of_run(summary))
