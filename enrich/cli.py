"""The `enrich` command line: thin click commands over runner.py and sql.py.

Nothing here imports torch or ray at module level, so `enrich --help` is instant.
"""

from __future__ import annotations

import functools

import click

from enrich import EnrichError, __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


def user_errors(command):
    """Library errors become one clear line and exit code 1, not a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except EnrichError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def _pairs(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        name, sep, location = value.partition("=")
        if not sep or not name or not location:
            raise click.BadParameter(f"expected NAME=LOCATION, got {value!r}")
        pairs.append((name, location))
    return tuple(pairs)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="enrich")
def main():
    """Caption and questionnaire answers for product images, with BLIP-2 on Ray, into Parquet and DuckDB."""


@main.command()
@click.option("--catalog", help="CSV, JSONL or Parquet with sku and image columns, or a folder of images.")
@click.option("--out", help="Output folder (default: ./enrich-out).")
@click.option("--job", type=click.Path(exists=True, dir_okay=False), help="Job TOML; flags override its values.")
@click.option("--model", help="BLIP-2 hub id or local directory (default: the demo model, with its questionnaire "
              "adapter and translator; a given model gets neither).")
@click.option("--adapter", help="PEFT LoRA adapter, hub id or directory, merged for inference.")
@click.option("--named-adapter", "adapters", multiple=True, metavar="NAME=LOCATION", callback=lambda c, p, v: _pairs(v),
              help="A LoRA adapter kept separate, used by questions that name it (repeatable).")
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Questionnaire TOML.")
@click.option("--mt-model", help="English->Portuguese seq2seq checkpoint for free text (Marian, NLLB...); "
              "default: the demo translator with the demo model, none otherwise.")
@click.option("--engine", type=click.Choice(["default", "reference"]), help="reference: one generate per prompt.")
@click.option("--dtype", type=click.Choice(["auto", "float32", "bfloat16", "float16"]), help="auto: bf16 on CUDA.")
@click.option("--quantize", type=click.Choice(["8bit", "4bit"]), help="bitsandbytes quantization (CUDA only).")
@click.option("--workers", type=click.IntRange(min=1), help="Model actors (default: one per GPU, else from cores).")
@click.option("--batch-size", type=click.IntRange(min=1), help="Prompts per generate call (default 16).")
@click.option("--shard-size", type=click.IntRange(min=1), help="Items per committed Parquet file (default 32).")
@click.option("--image-root", "image_roots", multiple=True, metavar="DIR",
              help="Also allow local images under DIR (repeatable; the catalog's folder is always allowed).")
@click.option("--ray-address", help="Join an existing Ray cluster (default: start a local one).")
@click.option("--full", is_flag=True, default=None, help="Recompute items whose inputs did not change.")
@click.option("--error-budget", type=click.FloatRange(0, 1), help="Exit 3 when the share of error items exceeds it.")
@click.option("--stall-timeout", "stall_timeout_s", type=click.FloatRange(min=1), help="Abort after this many "
              "seconds without a finished shard (default 1800).")
@click.option("--cuda-graphs/--no-cuda-graphs", default=None, help="Replay each decode step as a CUDA graph "
              "(default on; CUDA and unquantized models only).")
@click.option("--no-progress", is_flag=True, help="No progress bar (logs and cron).")
@user_errors
def run(job, no_progress, **flags):
    """Enrich a catalog: caption + questionnaire per image, EN and pt-BR, into Parquet.

    \b
    Example:
      enrich run --catalog sample_catalog/catalog.csv --out enrich-out
      enrich run --catalog products.parquet --model Salesforce/blip2-opt-2.7b \\
                 --adapter ./adapters/vqa --mt-model ./models/opus-mt-en-pt --out /data/enriched
      enrich run --job jobs/sample.toml --named-adapter caption=./adapters/caption
    """
    from enrich.config import load_config
    from enrich.runner import run_job

    config = load_config(job, **flags)
    summary = run_job(config, echo=lambda m: click.echo(m, err=True), progress=not no_progress)
    _print_summary(summary)
    if summary.over_budget:
        click.echo(f"error budget exceeded: {summary.errors / summary.processed:.1%} of processed items failed, "
                   f"budget {summary.error_budget:.1%}", err=True)  # fmt: skip
        raise SystemExit(3)


def _print_summary(summary) -> None:
    errors = ", ".join(f"{code} {n}" for code, n in sorted(summary.errors_by_code.items())) or "none"
    rate = summary.processed / summary.processing_seconds if summary.processing_seconds else 0.0
    memory = summary.peak_rss_mb or {}
    click.echo(f"run {summary.run_id}: {summary.items} items, {summary.processed} processed "
               f"({summary.ok} ok, {summary.errors} errors: {errors}), {summary.unchanged} unchanged"
               + (f", {summary.resumed_shards} shards kept from the interrupted attempt" if summary.resumed_shards
                  else ""))  # fmt: skip
    click.echo(f"{summary.seconds:.1f}s wall, {rate:.2f} items/s; processing {summary.processing_seconds:.1f}s; "
               f"peak RSS driver {memory.get('driver', 0):.0f} MB, worker {memory.get('worker', 0):.0f} MB")
    click.echo(f"-> {summary.out}")
    click.echo(f'query it: enrich sql {summary.out} "select status, count(*) from items group by status"')


@main.command()
@click.option("--catalog", default="sample_catalog/catalog.csv", show_default=True, help="Where the images come from.")
@click.option("--model", help="BLIP-2 hub id or directory (default: the demo bundle: base, questionnaire adapter, translator).")
@click.option("--arch", type=click.Choice(["blip2-opt-2.7b", "blip2-small-224"]),
              help="Build this architecture with random weights (fixed-length decoding) instead of --model.")
@click.option("--adapter", help="PEFT LoRA adapter, merged.")
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Default: jobs/questionnaire.toml.")
@click.option("--mt-model", help="Also time translation with this seq2seq checkpoint.")
@click.option("--dtype", type=click.Choice(["auto", "float32", "bfloat16", "float16"]), default="auto", show_default=True)
@click.option("--quantize", type=click.Choice(["8bit", "4bit"]))
@click.option("--images", type=click.IntRange(min=1), default=64, show_default=True, help="Images per engine.")
@click.option("--reference-images", type=click.IntRange(min=1), default=16, show_default=True,
              help="Time the reference on the first N of --images (it runs one prompt at a time).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--shard-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--e2e-items", type=click.IntRange(min=0), default=256, show_default=True,
              help="Items for the end-to-end `enrich run` through Ray; 0 skips it.")
@click.option("--cuda-graphs/--no-cuda-graphs", default=True, show_default=True,
              help="Replay each decode step as a CUDA graph (CUDA, unquantized); off times eager steps.")
@click.option("--pixel-colors", is_flag=True, help="Only benchmark pixel colors against the catalog's color column.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@user_errors
def bench(as_json, pixel_colors, **options):
    """Time the reference and the default engine side by side on the same images and model.

    \b
    Example:
      enrich bench --arch blip2-small-224 --images 16
      enrich bench --arch blip2-opt-2.7b --dtype bfloat16 --images 256 --reference-images 8 --json
      enrich bench --model ./my-blip2 --adapter ./adapters/vqa --quantize 4bit
      enrich bench --pixel-colors --catalog sample_catalog/catalog.csv
    """
    import json

    from enrich.bench import BenchOptions, pixel_color_bench, run_bench, summary_lines

    if pixel_colors:
        report = pixel_color_bench(options["catalog"])
        click.echo(json.dumps(report, indent=2) if as_json else
                   f"pixel colors on {report['images']} labelled images at {report['side_px']} px, one core: "
                   f"{report['ms_per_image_median']} ms/image median ({report['ms_per_image_max']} max); "
                   f"top-1 agreement {report['top1_agreement']:.0%}, top-3 {report['top3_agreement']:.0%}")  # fmt: skip
        return

    report = run_bench(BenchOptions(**options), echo=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(report, indent=2) if as_json else "\n".join(summary_lines(report)))


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@user_errors
def status(out_dir, as_json):
    """Runs, shards done and pending, errors by reason, throughput, and whether a run is active.

    \b
    Example:
      enrich status enrich-out
      enrich status /data/enriched --json
    """
    import json
    from pathlib import Path

    from enrich.state import status_report

    report = status_report(Path(out_dir).resolve())
    if as_json:
        click.echo(json.dumps(report, indent=2, default=str))
        return
    active = report["active"]
    click.echo(f"active run: {'pid ' + str(active.get('pid')) + ' since ' + str(active.get('since')) if active else 'none'}")
    for run in report["runs"]:
        rate = f"{run['items_per_s']} items/s" if run["items_per_s"] is not None else "-"
        click.echo(f"{run['run_id']}  {run['status']:<8}  shards {run['shards_done']} done, {run['shards_pending']} "
                   f"pending  items {run['items_processed'] or 0}  {rate}" + (f"  ({run['error']})" if run["error"] else ""))
    reasons = ", ".join(f"{reason} {n}" for reason, n in report["latest_items_by_status"].items()) or "no items"
    click.echo(f"latest items: {reasons}")


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--skus", "skus_file", type=click.Path(exists=True, dir_okay=False), help="File of skus (one per line, or CSV).")
@click.option("--where", "predicate", help="SQL predicate over items joined with answers (answer_status, answer_adapter).")
@click.option("--audit", help="Redo the items this audit in queries/ flags.")
@click.option("--queries", "queries_dir", type=click.Path(exists=True, file_okay=False), help="Audit folder.")
@click.option("--dry-run", is_flag=True, help="Print the count and a sample; change nothing.")
@click.option("--no-progress", is_flag=True)
@user_errors
def reprocess(out_dir, skus_file, predicate, audit, queries_dir, dry_run, no_progress):
    """Redo a subset with the latest run's configuration; results become the latest, history is kept.

    \b
    Example:
      enrich reprocess enrich-out --where "question_id = 'color' and confidence < 0.5" --dry-run
      enrich reprocess enrich-out --skus flagged.txt
      enrich reprocess enrich-out --audit low_confidence
    """
    from enrich import reprocess as selection
    from enrich.runner import run_job

    if sum(x is not None for x in (skus_file, predicate, audit)) != 1:
        raise click.UsageError("choose exactly one of --skus, --where, --audit")
    if skus_file:
        skus = selection.skus_from_file(skus_file)
    elif predicate:
        skus = selection.skus_where(out_dir, predicate)
    else:
        skus = selection.skus_flagged_by(out_dir, audit, queries_dir)
    if dry_run or not skus:
        click.echo("\n".join(selection.dry_run_lines(skus)))
        return
    config = selection.latest_config(out_dir)
    summary = run_job(config, echo=lambda m: click.echo(m, err=True), progress=not no_progress, only_skus=set(skus))
    _print_summary(summary)


@main.command()
@click.option("--model", help="BLIP-2 hub id or directory to start from (default: the demo base model).")
@click.option("--data", required=True, type=click.Path(exists=True), help="Labelled catalog (see `enrich render`).")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Where the adapter (or model) goes.")
@click.option("--eval-data", type=click.Path(exists=True), help="Labelled hold-out catalog, scored after each epoch.")
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Default: jobs/questionnaire.toml.")
@click.option("--epochs", type=click.IntRange(min=0), default=3, show_default=True,
              help="0 with --vision-steps: pretrain the vision encoder only, and save the model.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--lr", type=click.FloatRange(min=0, min_open=True), default=2e-4, show_default=True)
@click.option("--vqa-share", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Share of each batch that is VQA; the rest are captions (0: captions only, 1: VQA only).")
@click.option("--full", is_flag=True, help="Train every weight (a base model) instead of a LoRA adapter.")
@click.option("--vision-steps", type=click.IntRange(min=0), default=0, show_default=True,
              help="With --full on a from-scratch model: first pretrain the vision encoder as a classifier of the "
                   "closed questions for this many steps.")
@click.option("--freeze-vision", is_flag=True, help="With --full: keep the vision encoder's weights as they are.")
@click.option("--lora-r", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--quantize", type=click.Choice(["4bit"]), help="QLoRA through bitsandbytes (CUDA only).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--limit", type=click.IntRange(min=1), help="Use only the first N catalog rows.")
@user_errors
def train(model, questionnaire, lora_r, **options):
    """Fine-tune BLIP-2 (LoRA, or every weight with --full) on captions and questionnaire answers.

    \b
    Example:
      enrich render train-data --count 2000 --seed 1 && enrich render holdout --count 200 --seed 99
      enrich train --data train-data/catalog.csv --eval-data holdout/catalog.csv --out adapters/vqa
      enrich train --model Salesforce/blip2-opt-2.7b --data labelled.csv --out adapters/qlora --quantize 4bit
      enrich train --model fresh-tiny --full --vision-steps 3000 --epochs 0 --data train-data/catalog.csv --out seeing
      enrich train --model seeing --full --freeze-vision --data train-data/catalog.csv --out base
    """
    from enrich.config import default_model, default_questionnaire
    from enrich.model.train import TrainConfig
    from enrich.model.train import train as run_training

    config = TrainConfig(model=model or default_model(), questionnaire=questionnaire or default_questionnaire(),
                         lora_r=lora_r, lora_alpha=2 * lora_r, **options)  # fmt: skip
    result = run_training(config, echo=click.echo)
    click.echo(f"-> {result['out']} (adapter or model, metrics.json, train_config.json)")


@main.command(name="eval")
@click.option("--model", help="BLIP-2 hub id or directory (default: the demo model and its questionnaire adapter).")
@click.option("--adapter", help="LoRA adapter to merge.")
@click.option("--data", required=True, type=click.Path(exists=True), help="Labelled catalog (see `enrich render`).")
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Default: jobs/questionnaire.toml.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N catalog rows.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@user_errors
def evaluate_command(model, adapter, data, questionnaire, limit, as_json):
    """Score a model (+ adapter) on a labelled catalog: accuracy per question and caption token F1.

    \b
    Example:
      enrich render holdout --count 200 --seed 99
      enrich eval --data holdout/catalog.csv --json
    """
    import json

    from enrich.config import default_questionnaire, with_demo_defaults
    from enrich.model.evaluate import evaluate
    from enrich.model.loading import load_blip2
    from enrich.questionnaire import load_questionnaire

    model, adapter, _ = with_demo_defaults(model, adapter, None)
    loaded = load_blip2(model, adapter)
    report = evaluate(loaded, data, load_questionnaire(questionnaire or default_questionnaire()), limit)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"{report['items']} items; caption token F1 {report['caption_f1']}")
    for question, value in report["accuracy"].items():
        click.echo(f"  {question:<16} {value:.1%}")


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option("--count", type=click.IntRange(min=1), default=100, show_default=True, help="Products to render.")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True,
              help="Seed range: renders of different seeds never coincide (use a fresh one for hold-outs).")
def render(out_dir, count, seed):
    """Render synthetic apparel product shots with labels: a catalog with images, metadata and captions.

    \b
    Example:
      enrich render synthetic --count 200 --seed 7
      enrich bench --pixel-colors --catalog synthetic/catalog.csv
    """
    from enrich.render import write_catalog

    rows = write_catalog(out_dir, count, seed)
    click.echo(f"{len(rows)} renders -> {out_dir}/catalog.csv")


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--queries", type=click.Path(exists=True, file_okay=False), help="Audit folder (default: queries/).")
@click.option("--only", multiple=True, metavar="NAME", help="Run only this audit (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write a self-contained review page.")
@click.option("--labels", type=click.Path(exists=True, dir_okay=False),
              help="Golden labels (CSV: sku, question_id, expected): add the accuracy per question.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Accuracy baseline (JSON: question -> accuracy): exit 5 when a question falls below it by more "
                   "than --margin. Written from this run's accuracy when the file does not exist yet.")
@click.option("--margin", type=click.FloatRange(0, 1), default=0.02, show_default=True)
@user_errors
def audit(out_dir, queries, only, fmt, html_path, labels, baseline, margin):
    """Run the QA audits over an output folder; exit 4 when a blocking audit fails, 5 on an accuracy regression.

    OUT_DIR is an `enrich run` output, or any folder with items/*.parquet and answers/*.parquet in the
    documented schema (results made elsewhere or edited by hand).

    \b
    Example:
      enrich audit enrich-out
      enrich audit enrich-out --only repetition_loop --format json
      enrich audit enrich-out --html report.html
      enrich audit enrich-out --labels golden.csv --baseline baseline.json
    """
    import json

    from enrich.audit import (
        accuracy,
        accuracy_lines,
        as_json,
        baseline_gate,
        blocking_failures,
        load_audits,
        run_audits,  # fmt: skip
        table_lines,
    )
    from enrich.config import bundled_queries_dir

    if baseline and not labels:
        raise click.UsageError("--baseline needs --labels")
    results = run_audits(out_dir, load_audits(queries or bundled_queries_dir(), tuple(only)))
    scores = accuracy(out_dir, labels) if labels else None
    if fmt == "json":
        click.echo(json.dumps(as_json(results, scores), indent=2))
    else:
        click.echo("\n".join(table_lines(results) + (["", *accuracy_lines(scores)] if scores is not None else [])))
    if html_path:
        from enrich.report import write_report

        click.echo(f"review page -> {write_report(out_dir, results, html_path)}", err=True)
    regressed = []
    if baseline:
        written, regressed = baseline_gate(scores, baseline, margin)
        click.echo(f"baseline written -> {baseline}" if written else
                   "\n  ".join(["accuracy regression against the baseline:", *regressed]) if regressed else
                   "accuracy within the baseline", err=True)  # fmt: skip
    failed = blocking_failures(results)
    if failed:
        click.echo(f"blocking audit(s) failed: {', '.join(r.audit.name for r in failed)}", err=True)
        raise SystemExit(4)
    if regressed:
        raise SystemExit(5)


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("query")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE", help="Bind $NAME to VALUE.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@user_errors
def sql(out_dir, query, params, fmt):
    """Run one read-only SELECT over the output's views: items, answers, runs (+ *_history).

    \b
    Example:
      enrich sql enrich-out "select sku, question_id, answer_en, answer_pt from answers limit 5"
      enrich sql enrich-out "select * from answers where sku = \\$sku" -p sku "SKU-001" --format json
    """
    from enrich.sql import query as run_query
    from enrich.sql import render

    columns, rows = run_query(out_dir, query, dict(params))
    click.echo(render(columns, rows, fmt))


if __name__ == "__main__":
    main()
