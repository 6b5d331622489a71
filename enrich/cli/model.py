"""`enrich check` and `enrich convert-adapter`: get a real checkpoint, adapter and translator ready for a run."""

from __future__ import annotations

import click

from enrich.cli.common import main, named_adapters, user_errors


@main.command()
@click.argument("model")
@click.option("--adapter", help="LoRA adapter to merge (hub id or folder).")
@named_adapters("A LoRA adapter kept separate, as `enrich run` takes it (repeatable).")
@click.option("--mt-model", help="English->Portuguese seq2seq checkpoint (Marian, NLLB, M2M100).")
@click.option("--mt-target", help="The translator's target language code (default: pt-BR where it has one).")
@click.option(
    "--engine",
    type=click.Choice(["default", "reference"]),
    default="default",
    show_default=True,
    help="The engine the run will use: the default one drives OPT language models only.",
)
@user_errors
def check(model, adapter, adapters, mt_model, mt_target, engine):
    """Check a model, its adapters and a translator from their files alone, before a run: no weights are loaded.

    Prints, per part: safetensors present, the language model against the engine, the image token and query
    tokens, the vocabulary against the embedding rows, the image processor's size, each adapter's base model,
    target modules and weight shapes against the model, the translator's target language token. Each problem
    comes with its fix; the exit code is 1 when there is one. Hub ids fetch config and tokenizer files only.

    \b
    Example:
      enrich check Salesforce/blip2-opt-2.7b --adapter ./adapters/vqa --mt-model Helsinki-NLP/opus-mt-tc-big-en-pt
      enrich check ./models/blip2-flan-t5-xl --engine reference
    """
    from enrich.model.check import PROBLEM, check, report

    findings = check(model, adapter, mt_model, engine, mt_target, adapters)
    click.echo("\n".join(report(findings)))
    if any(f.level == PROBLEM for f in findings):
        raise SystemExit(1)


@main.command("convert-adapter")
@click.argument("source", type=click.Path(exists=True, file_okay=False))
@click.argument("destination", type=click.Path(file_okay=False))
@user_errors
def convert_adapter(source, destination):
    """Rewrite an old peft adapter (adapter_model.bin, a pickle) as adapter_model.safetensors in DESTINATION.

    enrich loads safetensors only; this is the one step that reads the pickle, with torch.load(weights_only=True)
    (tensors only, no code runs). adapter_config.json is copied beside it. Use DESTINATION as --adapter.

    \b
    Example:
      enrich convert-adapter ./adapters/Data3_V3_BLIP2_VQA ./adapters/vqa-safetensors
      enrich check Salesforce/blip2-opt-2.7b --adapter ./adapters/vqa-safetensors
    """
    from enrich.model.convert import convert_adapter as convert

    out = convert(source, destination)
    click.echo(f"{source}/adapter_model.bin -> {out}/adapter_model.safetensors")
