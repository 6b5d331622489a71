"""Lab commands: `enrich render`, `enrich train`, `enrich eval`, `enrich bench`."""

from __future__ import annotations

import click

from enrich.cli.common import main, user_errors


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option("--count", type=click.IntRange(min=1), default=100, show_default=True, help="Products to render.")
@click.option(
    "--seed",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Seed range: renders of different seeds never coincide (use a fresh one for hold-outs).",
)
def render(out_dir, count, seed):
    """Render synthetic apparel product shots with labels: a catalog with images, metadata and captions.

    \b
    Example:
      enrich render synthetic --count 200 --seed 7
      enrich bench colors --data synthetic/catalog.csv
    """
    from enrich.lab.render import write_catalog

    rows = write_catalog(out_dir, count, seed)
    click.echo(f"{len(rows)} renders -> {out_dir}/catalog.csv")


@main.command()
@click.option("--model", help="BLIP-2 hub id or directory to start from (default: the demo base model).")
@click.option("--data", required=True, type=click.Path(exists=True), help="Labelled catalog (see `enrich render`).")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Where the adapter (or model) goes.")
@click.option("--eval-data", type=click.Path(exists=True), help="Labelled hold-out catalog, scored after each epoch.")
@click.option("--questionnaire", type=click.Path(exists=True, dir_okay=False), help="Default: jobs/questionnaire.toml.")
@click.option(
    "--epochs",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="0 with --vision-steps: pretrain the vision encoder only, and save the model.",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True, help="Examples per step.")
@click.option(
    "--lr",
    type=click.FloatRange(min=0, min_open=True),
    default=2e-4,
    show_default=True,
    help="Peak learning rate (linear warm-up, cosine decay).",
)
@click.option(
    "--vqa-share",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Share of each batch that is VQA; the rest are captions (0: captions only, 1: VQA only).",
)
@click.option("--full", is_flag=True, help="Train every weight (a base model) instead of a LoRA adapter.")
@click.option(
    "--vision-steps",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="With --full on a from-scratch model: first pretrain the vision encoder as a classifier of the "
    "closed questions for this many steps.",
)
@click.option("--freeze-vision", is_flag=True, help="With --full: keep the vision encoder's weights as they are.")
@click.option(
    "--lora-r", type=click.IntRange(min=1), default=16, show_default=True, help="LoRA rank (alpha is twice it)."
)
@click.option("--quantize", type=click.Choice(["4bit"]), help="QLoRA through bitsandbytes (CUDA only).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of initialisation and batch order.")
@click.option("--limit", type=click.IntRange(min=1), help="Use only the first N catalog rows.")
@click.option(
    "--labels",
    type=click.Path(exists=True, dir_okay=False),
    help="Reviewed labels (sku, question_id, expected; the review page's export): they replace or add the "
    "targets of those answers in --data.",
)
@user_errors
def train(model, questionnaire, lora_r, **options):
    """Fine-tune BLIP-2 (LoRA, or every weight with --full) on captions and questionnaire answers.

    \b
    Example:
      enrich render train-data --count 2000 --seed 1 && enrich render holdout --count 200 --seed 99
      enrich train --data train-data/catalog.csv --eval-data holdout/catalog.csv --out adapters/vqa
      enrich train --model Salesforce/blip2-opt-2.7b --data labelled.csv --out adapters/qlora --quantize 4bit
      enrich train --model FROM-CONFIG --full --vision-steps 3000 --epochs 0 --data train-data/catalog.csv --out seeing
      enrich train --model seeing --full --freeze-vision --data train-data/catalog.csv --out base
      enrich train --data catalog.csv --labels labels.csv --out adapters/reviewed   # labels.csv from audit --html

    FROM-CONFIG: a model saved untrained from its config (enrich/lab/demo.py builds one; docs/demo-models.md).
    """
    from enrich.config import default_model, default_questionnaire
    from enrich.lab.train import TrainConfig
    from enrich.lab.train import train as run_training

    config = TrainConfig(
        model=model or default_model(),
        questionnaire=questionnaire or default_questionnaire(),
        lora_r=lora_r,
        lora_alpha=2 * lora_r,
        **options,
    )
    result = run_training(config)
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
    from enrich.lab.evaluate import evaluate
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
