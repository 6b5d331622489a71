"""Choose what to redo in an output folder: a list of skus, a SQL predicate, or what an audit flags.

Selections run on the locked-down DuckDB connection over the committed views. The reprocessing itself is
an ordinary run of the latest run's configuration restricted to those skus, recomputed even when unchanged:
its results become the latest, and the earlier rows stay in the *_history views.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import re
from pathlib import Path

import duckdb

from enrich import EnrichError
from enrich.config import QueryLimits, RunConfig, bundled_queries_dir, config_from_record, load_config, with_catalog
from enrich.display import printable
from enrich.labels import unguarded
from enrich.sql import query, serialized, tokenize
from enrich.store import ANSWERS_SCHEMA, Layout
from enrich.store import manifests as store_manifests

log = logging.getLogger(__name__)

JOIN_KEYS = ("run_id", "sku")  # equal on both sides of the join: the item's are kept


def flat_sql(item_columns: list[str], predicate: str) -> str:
    """Items joined with their answers, every answer column included; one that shares an item column's name (in
    any case: DuckDB's names ignore it) is prefixed `answer_`, so `status` is the item's, `answer_status` the answer's.
    The predicate sits alone on its lines so that a trailing `--` comment cannot swallow the closing parenthesis.
    """
    taken = {name.lower() for name in item_columns}
    answers = ", ".join(
        f"a.{name} AS answer_{name}" if name.lower() in taken else f"a.{name}"
        for name in ANSWERS_SCHEMA.names
        if name not in JOIN_KEYS
    )
    return (
        f"SELECT DISTINCT sku FROM (\n  SELECT i.*, {answers}\n"
        "  FROM items i LEFT JOIN answers a ON a.run_id = i.run_id AND a.sku = i.sku\n"
        f") WHERE (\n{predicate}\n) ORDER BY sku"
    )


def skus_from_file(path: str | Path) -> list[str]:
    """One sku per line, or a CSV whose first column is `sku` (a header in any case, quoted or not).

    Lines end only at \\n, \\r\\n or \\r (str.splitlines also broke them at U+2028 or \\x1c, which a sku may
    hold), and a CSV's quoted cell may hold a line break, as the csv module reads it.
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except UnicodeDecodeError as exc:
        raise EnrichError(f"--skus file {path} is not UTF-8 (byte {exc.start}): save it as UTF-8") from None
    lines = re.split(r"\r\n|\r|\n", text)
    header = next(csv.reader(lines[:1]), [])
    if not header or header[0].strip().lower() != "sku":
        return sorted({line.strip() for line in lines if line.strip()})
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    except csv.Error as exc:
        raise EnrichError(f"--skus file {path} is not a CSV the sku header promises: {exc}") from None
    # the review page's export guards a sku a spreadsheet would run as a formula ("-A1" as "'-A1")
    return sorted({unguarded(row[0].strip()) for row in rows if row and row[0].strip()})


def skus_where(out: str | Path, predicate: str, limits: QueryLimits = QueryLimits()) -> list[str]:
    problem = predicate_problem(predicate)
    if problem:
        raise EnrichError(
            f"--where must be one SQL expression over the items and answers columns, such as "
            f"\"answer_status = 'empty'\"; {problem}"
        )
    item_columns, _ = query(out, "SELECT * FROM items LIMIT 0", limits=limits)
    _, rows = query(out, flat_sql(item_columns, predicate), limits=limits)
    return [sku for (sku,) in rows]


def predicate_problem(predicate: str) -> str | None:
    """Why the text is not one expression that stays inside the parentheses put around it, or None.

    DuckDB's own tokenizer tells literals, quoted names and comments from code, so the parentheses counted are
    the code's; then DuckDB's parser must read `SELECT 1 WHERE (predicate)` as a plain SELECT with nothing but
    that WHERE (no UNION, ORDER BY, LIMIT, GROUP BY...).
    """
    if not predicate.strip():
        return "it is empty"
    try:
        tokens = tokenize(predicate)
    except duckdb.Error as exc:
        return f"it does not parse: {exc}"
    depth, ends = 0, [position for position, _ in tokens[1:]] + [len(predicate)]
    for (position, kind), end in zip(tokens, ends):
        if kind != duckdb.token_type.operator:
            continue
        for offset, char in enumerate(predicate[position:end]):
            if char == ";":
                return "it has a ';' (one expression, not statements)"
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                return f"its ')' at character {position + offset + 1} closes a parenthesis it did not open"
    if depth:
        return "it leaves a parenthesis open"
    return _parse_problem(predicate)


def _parse_problem(predicate: str) -> str | None:
    tree = serialized(f"SELECT 1 WHERE (\n{predicate}\n)")
    if tree.get("error"):
        return f"it does not parse: {tree.get('error_message')}"
    nodes = [statement["node"] for statement in tree["statements"]]
    node = nodes[0] if len(nodes) == 1 else {}
    extra = [key for key in ("modifiers", "group_expressions", "having", "qualify", "sample") if node.get(key)]
    if node.get("type") != "SELECT_NODE" or extra or node["cte_map"]["map"]:
        return "it reaches outside its expression"
    return None


def skus_flagged_by(
    out: str | Path, audit: str, queries_dir: str | Path | None = None, limits: QueryLimits = QueryLimits()
) -> list[str]:
    from enrich.audit import load_audits, run_audits

    [result] = run_audits(out, load_audits(queries_dir or bundled_queries_dir(), (audit,)), limits)
    return sorted(result.skus)


def config_for(out: str | Path, job: str | None = None, catalog: str | None = None) -> RunConfig:
    """What a reprocess runs: the job file's configuration when given, else the newest finished run's (latest_config),
    writing into `out`; `catalog` replaces where the catalog is read (a nightly job of dated exports, a moved file)."""
    if job:  # a job of dated exports names none: --catalog gives tonight's
        config = load_config(job, out=str(out), catalog=catalog)
    else:
        config = with_catalog(latest_config(out), catalog) if catalog else latest_config(out)
        refuse_changed_inputs(_latest_manifest(out), config)
    if catalog:
        return config
    if "://" not in config.catalog and not Path(config.catalog).exists():
        raise EnrichError(
            f"the catalog {'the job names' if job else 'the newest run read'}, {config.catalog}, is not there: "
            "give reprocess --catalog PATH (today's export, say)"
        )
    return config


def latest_config(out: str | Path) -> RunConfig:
    """The configuration of the newest finished `enrich run` in `out`, as its manifest recorded it, writing into
    `out`: a copied, restored or moved output records the folder it was made in, and reprocessing the copy changed
    the original. Not a reprocess's (its --error-budget was the next reprocess's too) nor a failed run's (one that
    failed on its configuration failed every reprocess after it); those only when there is nothing else."""
    latest = _latest_manifest(out)
    if not isinstance(latest.get("config"), dict):
        raise EnrichError(f"run {latest.get('run_id')} in {out} recorded no configuration: reprocess with --job FILE")
    return dataclasses.replace(config_from_record(latest["config"]), out=str(out))


def _latest_manifest(out: str | Path) -> dict:
    manifests = store_manifests(Layout.of(out))
    if not manifests:
        raise EnrichError(f"{out} has no run to reprocess")
    finished = [m for m in manifests if m.get("status") == "finished"]
    return ([m for m in finished if not m.get("reprocess")] or finished or manifests)[-1]


def refuse_changed_inputs(manifest: dict, config: RunConfig) -> None:
    """The manifest records where the questionnaire, model, adapter and translator were, not what they held: one
    edited or replaced in place since then answered the selected items with other inputs than every other item's,
    with nothing said (a question added showed for those items alone), so the promise of the newest run's
    configuration is checked by content. Fingerprints a manifest does not record (older ones) are not compared."""
    from enrich.job import adapter_fingerprint, translator_fingerprint
    from enrich.model import fingerprint
    from enrich.questionnaire import load_questionnaire

    for name, path in (("questionnaire", config.questionnaire), ("seller map", config.seller_map)):
        if path and not Path(path).is_file():  # said as "questionnaire not found", with nothing to do about it
            raise EnrichError(
                f"the {name} the newest run used, {path}, is not there: put it back, or pass --job FILE naming the "
                "one to reprocess with"
            )
    questionnaire = load_questionnaire(config.questionnaire)
    recorded = dict(manifest.get("fingerprints") or {})
    recorded["questionnaire"] = (manifest.get("questionnaire") or {}).get("sha256")
    now = {
        "questionnaire": lambda: questionnaire.sha256,
        "model": lambda: fingerprint(config.model),
        "adapter": lambda: adapter_fingerprint(config, questionnaire),
        "translator": lambda: translator_fingerprint(config),
    }
    changed = [name for name, current in now.items() if recorded.get(name) and recorded[name] != current()]
    if changed:
        where = {"questionnaire": config.questionnaire, "model": config.model}
        where |= {"adapter": config.adapter, "translator": config.mt_model}
        raise EnrichError(
            f"the {changed[0]} ({where[changed[0]]}) changed since run {manifest.get('run_id')} used it: a "
            "reprocess would answer these items with the new one and leave every other on the old; run `enrich "
            "run` to answer every item with it, put the old one back, or pass --job FILE to reprocess with it anyway"
        )


def in_catalog(catalog: str, skus: list[str], listed_in: str | None = None) -> list[str]:
    """The selected skus that the catalog the run reads still has. Skus chosen from the output (--where, --audit)
    that it no longer has are left out with a warning (the next whole-catalog night drops them); one listed by hand
    (`listed_in`, a --skus file) refuses the whole reprocess, since it may be a typo."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from enrich.catalog import read_catalog
    from enrich.catalog_checks import sku_key

    if not skus:
        return skus
    wanted = pa.array(sorted({sku_key(sku) for sku in skus}), pa.string())
    present = set(pc.filter(wanted, pc.is_in(wanted, value_set=read_catalog(catalog).rows.skus)).to_pylist())
    gone = [sku for sku in skus if sku_key(sku) not in present]
    if gone and listed_in:
        raise EnrichError(
            f"{len(gone)} sku(s) of {listed_in} are not in the catalog {catalog}: {gone[:5]}; nothing was reprocessed"
        )
    if gone:
        log.warning(f"{len(gone)} selected sku(s) are no longer in the catalog {catalog}, left out: {gone[:5]}")
    return [sku for sku in skus if sku_key(sku) in present]


def dry_run_lines(skus: list[str], sample: int = 10) -> list[str]:
    # a catalog's sku may hold an ESC or a U+202E: escaped, as `enrich sql` prints it, not run by the terminal
    return [
        f"{len(skus)} item(s) would be reprocessed",
        *(f"  {printable(sku)}" for sku in skus[:sample]),
        *(["  …"] if len(skus) > sample else []),
    ]
