"""`enrich bench`: a group of measurements, each printing what it measured on this machine (or JSON)."""

from __future__ import annotations

import click

from enrich.cli.common import main, user_errors
from enrich.config import CPU_DECODE_ROWS, IMAGE_BATCH


@main.group()
def bench():
    """Measure enrich on this machine: the engines, the output store, pixel colors.

    \b
    Example:
      enrich bench engine --arch blip2-small-224 --images 16 --e2e-items 0    # a minute on a CPU
      enrich bench colors --data ../shared/realphotos/myntra/labels.csv --seller-map jobs/seller_map_myntra.toml
      enrich bench store --items 20000 --nights 3
    """


@bench.command("engine")
@click.option("--catalog", default="sample_catalog/catalog.csv", show_default=True, help="Where the images come from.")
@click.option(
    "--model", help="BLIP-2 hub id or directory (default: the demo bundle: base, questionnaire adapter, translator)."
)
@click.option(
    "--arch",
    type=click.Choice(["blip2-opt-2.7b", "blip2-small-224"]),
    help="Build this architecture with random weights (no stop tokens: every answer decodes to its limit) "
    "instead of --model.",
)
@click.option("--adapter", help="PEFT LoRA adapter, merged.")
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Default: jobs/questionnaire.toml.")
@click.option("--mt-model", help="Also time translation with this seq2seq checkpoint.")
@click.option(
    "--dtype",
    type=click.Choice(["auto", "float32", "bfloat16", "float16"]),
    default="auto",
    show_default=True,
    help="The weights' dtype (auto: bfloat16 on CUDA, float32 on CPU).",
)
@click.option(
    "--quantize", type=click.Choice(["8bit", "4bit"]), help="Load the language model quantized (bitsandbytes, CUDA)."
)
@click.option("--images", type=click.IntRange(min=1), default=64, show_default=True, help="Images per engine.")
@click.option(
    "--reference-images",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Time the reference on the first N of --images (it runs one prompt at a time).",
)
@click.option(
    "--image-batch",
    type=click.IntRange(min=1),
    default=IMAGE_BATCH,
    show_default=True,
    help="Default engine: images per vision-encoder and prefix pass.",
)
@click.option(
    "--cpu-decode-rows",
    type=click.IntRange(min=1),
    default=CPU_DECODE_ROWS,
    show_default=True,
    help="Default engine on CPU: open-question rows prompted and decoded together (CUDA: free memory).",
)
@click.option("--batch-size", type=click.IntRange(min=1), help="Deprecated: sets --image-batch and --cpu-decode-rows.")
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=32,
    show_default=True,
    help="Items per shard of the end-to-end run.",
)
@click.option(
    "--e2e-items",
    type=click.IntRange(min=0),
    default=256,
    show_default=True,
    help="Items for the end-to-end `enrich run` through Ray, after the engines (minutes on a CPU); 0 skips it.",
)
@click.option(
    "--cuda-graphs/--no-cuda-graphs",
    default=True,
    show_default=True,
    help="Replay each decode step as a CUDA graph (CUDA, unquantized); off times eager steps.",
)
@click.option(
    "--attention",
    type=click.Choice(["auto", "efficient", "cudnn", "math"]),
    default="auto",
    show_default=True,
    help="The sdpa backend the engines may use (auto: torch's choice), to measure which is fastest on a GPU.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@user_errors
def bench_engine(as_json, **options):
    """Time the reference and the default engine side by side on the same images and model.

    \b
    Example:
      enrich bench engine --arch blip2-small-224 --images 16 --e2e-items 0    # the engines alone, no Ray run
      enrich bench engine --arch blip2-opt-2.7b --dtype bfloat16 --images 256 --reference-images 8 --json
      enrich bench engine --model ./my-blip2 --adapter ./adapters/vqa --quantize 4bit
    """
    import json

    from enrich.lab.bench.engine import BenchOptions, run_bench, summary_lines

    report = run_bench(BenchOptions(**options))
    click.echo(json.dumps(report, indent=2) if as_json else "\n".join(summary_lines(report)))


@bench.command("colors")
@click.option(
    "--data",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Labelled photos: id, file, article_type, base_colour[, color_group, product_name, sleeve_length, "
    "worn_with_group] (or a catalog: sku, image, color).",
)
@click.option(
    "--seller-map",
    type=click.Path(exists=True, dir_okay=False),
    help="Maps the labels' article_type and base_colour (default: the questionnaire's own values).",
)
@click.option(
    "--side", type=click.IntRange(16, 4096), default=512, show_default=True, help="Time at this many px (16-4096)."
)
@click.option("--repeats", type=click.IntRange(min=1), default=3, show_default=True, help="Timed runs per photo.")
@click.option(
    "--folds",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Also cross-validate the learned color namer over this many folds (trains one model per fold).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@user_errors
def bench_colors(data, seller_map, side, repeats, folds, as_json):
    """Pixel colors against labelled photos: top-1 and top-2 per color group, ms per image on one core, and
    the confusion of label x prediction; the pixel audits (pattern, sleeves, the garment worn with the product)
    against the labels' columns for them.

    \b
    Example:
      enrich bench colors --data ../shared/realphotos/myntra/labels.csv --seller-map jobs/seller_map_myntra.toml
      enrich bench colors --data jobs/labels_myntra_garments.csv --seller-map jobs/seller_map_myntra.toml
      enrich bench colors --data labels.csv --seller-map jobs/seller_map_myntra.toml --folds 5 --json
      enrich bench colors --data sample_catalog/catalog.csv
    """
    import json

    from enrich.config import default_questionnaire
    from enrich.lab.bench.colors import run_colors_bench, summary_lines
    from enrich.questionnaire import load_questionnaire
    from enrich.seller import load_seller_map

    mapping = load_seller_map(seller_map, load_questionnaire(default_questionnaire()))
    if folds == 1:  # one fold holds every photo: a figure of a model that saw none of them
        raise click.BadParameter("cross-validation needs 2 folds at least (0: none)", param_hint="--folds")
    report = run_colors_bench(data, mapping, side=side, repeats=repeats, folds=folds)
    click.echo(json.dumps(report, indent=2) if as_json else "\n".join(summary_lines(report)))


@bench.command("store")
@click.option("--items", type=click.IntRange(min=10), default=100_000, show_default=True, help="Catalog items.")
@click.option(
    "--nights",
    type=click.IntRange(min=0),
    default=12,
    show_default=True,
    help="Nights after the first run, each with 5% of the images changed, 1% new items, a few deleted.",
)
@click.option("--shard-size", type=click.IntRange(min=1), default=256, show_default=True, help="The nightly job's.")
@click.option("--out", type=click.Path(file_okay=False), help="Keep the output (and its catalog) here.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@user_errors
def bench_store(items, nights, shard_size, out, as_json):
    """Time the output store at scale against plain Parquet read by plain DuckDB, on this machine.

    One full run and NIGHTS nightly runs through the real planning, commit, publish and compaction (the model
    stood in), then each read command (count, group-by, limit 5, one sku's history, status, the audits) side
    by side with the same latest rows in a few plain Parquet files, and a no-op night against stat + catalog.

    \b
    Example:
      enrich bench store --items 20000 --nights 3
      enrich bench store --items 500000 --nights 30 --json > store.json
    """
    import json

    from enrich.lab.bench.store import StoreBench, run_store_bench, summary_lines

    report = run_store_bench(StoreBench(items, nights, out, shard_size))
    click.echo(json.dumps(report, indent=2) if as_json else "\n".join(summary_lines(report)))
