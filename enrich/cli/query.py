"""`enrich sql`, `enrich status`, `enrich audit`: read-only commands over an output folder."""

from __future__ import annotations

from pathlib import Path

import click

from enrich import EnrichError, exits
from enrich.cli.common import exit_with, main, query_limits, user_errors


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("query")
@click.option(
    "-p",
    "--param",
    "params",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="Bind $NAME to VALUE (each name once, and used by the query; names ignore case).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: the first 1000 rows, cells cut at --width characters; csv and json: every row, streamed.",
)
@click.option(
    "--width",
    type=click.IntRange(8),
    default=60,
    show_default=True,
    help="A table's cells are cut at this many characters.",
)
@query_limits
@user_errors
def sql(out_dir, query, params, fmt, width, limits):
    """Run one read-only SELECT over the output's views: items, answers, runs (+ *_history).

    \b
    Example:
      enrich sql enrich-out "select sku, question_id, answer_en, answer_pt from answers limit 5"
      enrich sql enrich-out "select * from answers where sku = \\$sku" -p sku "SKU-001" --format json
      enrich sql /data/enriched "select * from answers_history" --memory-limit 4GB --timeout 900 --format csv
      enrich sql enrich-out "select sku, caption_en from items" --width 200
    """
    from enrich.display import render_batches
    from enrich.sql import query_batches

    batches = query_batches(out_dir, query, _bound(params), limits)
    try:
        for text in render_batches(next(batches), batches, fmt, width):
            # color=True: click drops ANSI sequences from what it writes to a pipe or file, and a CSV export lost
            # those a text held (a table escapes them: display.printable)
            click.echo(text, nl=False, color=True)
    finally:
        batches.close()  # a table stops early: the query's time-limit timer is cancelled now, not at exit


def _bound(params: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """-p pairs as a dict; a name given twice (in any case: DuckDB's are) is refused, where the last one won."""
    bound: dict[str, str] = {}
    for name, value in params:
        name = name.removeprefix("$")  # -p '$sku' x, as the query writes it
        if name.lower() in {given.lower() for given in bound}:
            raise click.UsageError(f"-p {name} is given twice; give each parameter once")
        bound[name] = value
    return bound


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

    from enrich.status import status_report

    report = status_report(Path(out_dir).resolve())
    if as_json:
        click.echo(json.dumps(report, indent=2, default=str))
        return
    active = report["active"]
    doing = f" (enrich {active['doing']})" if active and active.get("doing", "run") != "run" else ""
    click.echo(
        f"active run: {'pid ' + str(active.get('pid')) + ' since ' + str(active.get('since')) if active else 'none'}"
        + doing
    )
    for run in report["runs"]:
        rate = f"{run['items_per_s']} items/s" if run["items_per_s"] is not None else "-"
        click.echo(
            f"{run['run_id']}  {run['status']:<8}  shards {run['shards_done']} done, {run['shards_pending']} "
            f"pending  items {run['items_processed'] or 0}"
            + (f" (+{run['items_updated']} catalog-only)" if run["items_updated"] else "")
            + (f", {run['items_unreachable']} unreachable (results kept)" if run["items_unreachable"] else "")
            + f"  {rate}"
            + (f"  ({run['error']})" if run["error"] else "")
        )
    reasons = ", ".join(f"{reason} {n}" for reason, n in report["latest_items_by_status"].items()) or "no items"
    click.echo(f"latest items: {reasons}")


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--queries", type=click.Path(exists=True, file_okay=False), help="Audit folder (default: queries/).")
@click.option("--only", multiple=True, metavar="NAME", help="Run only this audit (repeatable).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format."
)
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write a self-contained review page.")
@click.option(
    "--html-limit",
    type=click.IntRange(1, 10_000),  # an audit keeps at most 10,000 findings (enrich.audit.MAX_FINDINGS)
    default=200,
    show_default=True,
    help="Findings of each audit on the review page (the first ones; the page says which audits had more).",
)
@click.option(
    "--labels",
    type=click.Path(exists=True, dir_okay=False),
    help="Golden labels (CSV: sku, question_id, expected; the review page's export): add the accuracy per "
    "question. Closed values map to the questionnaire's, as for enrich train.",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Accuracy baseline (JSON: question -> accuracy): exit 5 when a question falls below it by more "
    "than --margin. Written from this run's accuracy when the file does not exist yet.",
)
@click.option(
    "--margin",
    type=click.FloatRange(0, 1),
    default=0.02,
    show_default=True,
    help="How far below the baseline a question may fall before exit 5.",
)
@click.option(
    "--questionnaire",
    type=click.Path(exists=True, dir_okay=False),
    help="The questionnaire --labels' closed values map through (default: the latest run's file, with a warning if it "
    "changed since; else the bundled one).",
)
@click.option(
    "--save",
    is_flag=True,
    help="Also write every finding and each audit's verdict into the output, for `enrich sql` (views findings and "
    "audit_history); the audits run replace their own earlier findings.",
)
@query_limits
@user_errors
def audit(out_dir, queries, only, fmt, html_path, html_limit, labels, baseline, margin, questionnaire, save, limits):
    """Run the QA audits over an output folder; exit 4 when a blocking audit fails, 5 on an accuracy regression.

    OUT_DIR is an `enrich run` output, or any folder with items/*.parquet and answers/*.parquet in the
    documented schema (results made elsewhere or edited by hand).

    \b
    Example:
      enrich audit enrich-out
      enrich audit enrich-out --only repetition_loop --format json
      enrich audit enrich-out --html report.html
      enrich audit enrich-out --html report.html --only pixel_color_absent --html-limit 2000
      enrich audit enrich-out --labels golden.csv --baseline baseline.json
      enrich audit enrich-out --save; enrich sql enrich-out "select audit, count(*) from findings group by 1"
    """
    import json

    from enrich.accuracy import accuracy, accuracy_lines, baseline_gate
    from enrich.audit import as_json, blocking_failures, load_audits, run_audits, table_lines
    from enrich.config import bundled_queries_dir

    for option, path in (("--html", html_path), ("--baseline", baseline)):
        if path and not Path(path).parent.is_dir():  # found out after the audits ran, the work was lost
            raise click.BadParameter(f"{path}: its folder does not exist", param_hint=option)
    if baseline and not labels:
        raise click.UsageError("--baseline needs --labels")
    if questionnaire and not labels:
        raise click.UsageError("--questionnaire needs --labels")
    questionnaire_file = questionnaire  # (a path; read below into the questionnaire the labels map through)
    expected = None
    if labels:  # a bad labels file is refused before the audits run, not after
        from enrich.accuracy import expected_labels
        from enrich.labels import questionnaire_of_output

        questionnaire = questionnaire_of_output(out_dir, questionnaire)
        expected = expected_labels(out_dir, labels, questionnaire)
    audited_run = _saveable(out_dir) if save else None
    kept = {} if save else None
    results = run_audits(out_dir, load_audits(queries or bundled_queries_dir(), tuple(only)), limits, kept)
    scores = accuracy(out_dir, labels, questionnaire, expected) if labels else None
    if fmt == "json":
        click.echo(json.dumps(as_json(results, scores), indent=2))
    else:
        click.echo("\n".join(table_lines(results) + (["", *accuracy_lines(scores)] if scores is not None else [])))
    if html_path:
        from enrich.report import write_report

        click.echo(
            f"review page -> {write_report(out_dir, results, html_path, html_limit, questionnaire_file)}", err=True
        )
    regressed = []
    if baseline:
        written, regressed = baseline_gate(scores, baseline, margin)
        click.echo(
            f"baseline written -> {baseline}"
            if written
            else "\n  ".join(["accuracy regression against the baseline:", *regressed])
            if regressed
            else "accuracy within the baseline",
            err=True,
        )
    outcome = exits.of_audit([r.audit.name for r in blocking_failures(results)], regressed)
    if save:  # last: a save refused (a run began meanwhile) keeps the page and the baseline written
        outcome = _save(out_dir, results, kept, audited_run, outcome)
    exit_with(outcome)


def _saveable(out_dir) -> str | None:
    from enrich.store import Layout
    from enrich.store.findings import check_saveable

    return check_saveable(Layout.of(out_dir))


def _save(out_dir, results, kept, audited_run, outcome: tuple[int, str | None]) -> tuple[int, str | None]:
    """Save, and return the command's outcome: a refused save is exit 1, unless the audits' own verdict (4, 5)
    says more: a nightly job must still see that a blocking audit failed."""
    from datetime import UTC, datetime

    from enrich.store import Layout
    from enrich.store.findings import save_audits

    try:
        written = save_audits(Layout.of(out_dir), results, kept, datetime.now(UTC), audited_run)
    except EnrichError as refused:
        click.echo(f"Error: {refused}", err=True)
        return outcome if outcome[0] else (exits.FAILED, None)
    click.echo(f"saved {written} finding(s) of {len(results)} audit(s) -> views findings, audit_history", err=True)
    return outcome
