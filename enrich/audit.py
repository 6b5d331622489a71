"""QA audits: one SQL file per invariant, run over the committed views on the locked-down connection.

An audit file starts with a header of `--` comments:
    -- invariant: what must hold (one line)
    -- severity: blocking | warning
    -- threshold: 0.02              (the share of items allowed to fail)
    -- param: min_items = 20        (optional, repeatable: bound as $min_items; 20 and 0.5 are numbers, '033'
                                     in quotes and any other text is text)
    -- requires: items.color        (optional, repeatable: skipped, not failed, when the output has no such column
                                     or no item has a value in any of them; "items.gender | items.title" is
                                     met by either column)
and returns the offending rows as (sku, question_id, detail). Zero rows pass. The share is the number of
distinct flagged skus over the items in the `items` view.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from enrich import EnrichError
from enrich.config import QueryLimits
from enrich.display import jsonable, printable
from enrich.sql import params_used, stream, tokenize
from enrich.store.findings import as_printed
from enrich.store.schema import sql_name
from enrich.views import connect

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    pass

SEVERITIES = ("blocking", "warning")
MAX_FINDINGS = 10_000  # kept per audit for the table, JSON and review page; every flagged sku is counted
HEADER = re.compile(r"^--\s*(invariant|severity|threshold|param|requires):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Audit:
    name: str
    invariant: str
    severity: str
    threshold: float
    sql: str
    params: dict = field(default_factory=dict)
    requires: tuple[str, ...] = ()  # "view.column" pairs


@dataclass(frozen=True)
class Finding:
    audit: str
    sku: str
    question_id: str | None
    detail: str | None


@dataclass(frozen=True)
class AuditResult:
    """An audit's verdict: every flagged sku, and its findings up to MAX_FINDINGS (the first by sku and question)."""

    audit: Audit
    findings: list[Finding]
    items: int
    skipped: str | None = None
    skus: frozenset[str] = frozenset()  # every flagged sku, however many findings there are
    total_findings: int = 0

    @property
    def flagged(self) -> int:
        return len(self.skus)

    @property
    def share(self) -> float:
        return self.flagged / self.items if self.items else 0.0

    @property
    def passed(self) -> bool:
        return self.skipped is not None or self.share <= self.audit.threshold


def load_audits(folder: str | Path, names: tuple[str, ...] = ()) -> list[Audit]:
    if not Path(folder).is_dir():
        raise EnrichError(f"audit folder not found: {folder}")
    paths = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == ".sql" and p.is_file())
    if not paths:  # an audit gate that ran nothing would pass, whatever the output holds
        raise EnrichError(f"no audits (*.sql files) in {folder}")
    if names:
        known = {p.stem for p in paths}
        unknown = sorted(set(names) - known)
        if unknown:
            raise EnrichError(f"no audit named {unknown} in {folder}; known audits: {sorted(known)}")
        paths = [p for p in paths if p.stem in names]
    return [parse_audit(p) for p in paths]


def parse_audit(path: Path) -> Audit:
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad saves UTF-8 with a byte-order mark
    except UnicodeDecodeError as exc:
        raise EnrichError(f"audit {path.name} is not UTF-8 (byte {exc.start}): save it as UTF-8") from None
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        if match := HEADER.match(line):
            header.setdefault(match[1], []).append(match[2])
    missing = [key for key in ("invariant", "severity", "threshold") if key not in header]
    if missing:
        raise EnrichError(f"audit {path.name}: the header lacks {missing} (see enrich/audit.py)")
    severity = header["severity"][0]
    if severity not in SEVERITIES:
        raise EnrichError(f"audit {path.name}: severity must be one of {SEVERITIES}, not {severity!r}")
    try:
        threshold = _threshold(header["threshold"][0])
        params = dict(_param(entry) for entry in header.get("param", []))
        _check_params(text, params)
    except ValueError as exc:
        raise EnrichError(f"audit {path.name}: {exc}") from None
    return Audit(
        path.stem, header["invariant"][0], severity, threshold, text, params, tuple(header.get("requires", []))
    )


def _check_params(sql: str, params: dict) -> None:
    """Each param used as $NAME, and each $NAME a param: DuckDB said "Expected 0, got 1" for either."""
    used, declared = params_used(sql), {name.lower(): name for name in params}
    if unused := sorted(set(declared) - used):
        raise ValueError(f"param {declared[unused[0]]} is never used: write ${declared[unused[0]]} where it goes")
    if missing := sorted(used - set(declared)):
        raise ValueError(f"the query uses ${missing[0]}, and no `-- param: {missing[0]} = VALUE` line gives it")


def _threshold(text: str) -> float:
    """The share of items allowed to fail, 0 to 1; "5%" is 0.05. NaN failed an audit that flagged nothing."""
    try:
        share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        share = math.nan
    if not 0 <= share <= 1:
        raise ValueError(f"threshold {text!r} is no share of items: write one from 0 to 1 (0.05, or 5%)")
    return share


def _param(entry: str) -> tuple[str, object]:
    """(name, value): a whole number as an integer, a decimal as a float, text in quotes without them, any other
    text as written. A code with a leading zero ("033") is text: as a number it read 33.0 and matched nothing, and
    so did 'error' bound with its quotes (both audits passed)."""
    name, sep, value = entry.partition("=")
    if not sep or not name.strip().isidentifier():
        raise ValueError(f"a param line must read 'NAME = VALUE', not {entry!r}")
    value = value.strip()
    if re.fullmatch(r"-?(?:0|[1-9]\d*)", value):
        return name.strip(), int(value)
    if re.fullmatch(r"-?(?:0|[1-9]\d*)\.\d+", value):
        return name.strip(), float(value)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return name.strip(), value[1:-1]
    return name.strip(), value


def run_audits(
    out_dir: str | Path, audits: list[Audit], limits: QueryLimits = QueryLimits(), keep: dict | None = None
) -> list[AuditResult]:
    """Every audit on one locked-down connection, each under the memory and time limits.

    `keep`, when given, receives every finding, uncapped, as Arrow batches (audit name -> batches of sku,
    question_id, detail): what `enrich audit --save` writes (store/findings.py)."""
    con = connect(out_dir, limits)
    [(items,)] = con.execute("SELECT count(*) FROM items").fetchall()
    columns = {(view, name) for view in ("items", "answers") for name, *_ in con.execute(f"DESCRIBE {view}").fetchall()}
    required = {column for audit in audits for entry in audit.requires for column in _alternatives(entry)} & columns
    filled = {(view, name) for view, name in required if _has_values(con, view, name)}
    return [_run_one(con, audit, items, columns, filled, limits, keep) for audit in audits]


def _alternatives(entry: str) -> list[tuple[str, str]]:
    """The (view, column) pairs of a requires entry: "items.gender | items.title" is met by either."""
    return [tuple(column.strip().split(".", 1)) for column in entry.split("|")]


def missing_columns(audit: Audit, columns: set[tuple[str, str]]) -> list[str]:
    """The requires entries of `audit` that none of the output's (view, column) pairs meets."""
    return [entry for entry in audit.requires if not any(key in columns for key in _alternatives(entry))]


def _has_values(con: duckdb.DuckDBPyConnection, view: str, column: str) -> bool:
    return con.execute(f"SELECT EXISTS (SELECT 1 FROM {view} WHERE {sql_name(column)} IS NOT NULL)").fetchall()[0][0]


def _run_one(
    con: duckdb.DuckDBPyConnection,
    audit: Audit,
    items: int,
    columns: set,
    filled: set,
    limits: QueryLimits,
    keep: dict | None = None,
) -> AuditResult:
    required = [_alternatives(entry) for entry in audit.requires]
    absent = missing_columns(audit, columns)
    if absent:
        return AuditResult(audit, [], items, skipped=f"the output has no {', '.join(absent)} column")
    # columns that every row holds NULL in were added after the rows were written (pixel_texture) or are never
    # filled: the audit would judge nothing, and says so rather than pass. One with values is enough, since an audit
    # may judge the rows where another is NULL (seller_category_mismatch: an unmapped category's raw word)
    if required and not any(key in filled for keys in required for key in keys):
        return AuditResult(audit, [], items, skipped=f"no item has a value in {', '.join(audit.requires)}")
    sql = _wrapped(con, audit)
    findings, skus, total = [], set(), 0
    try:  # streamed: an audit that flags every item of a large output must not hold every finding in memory
        for batch in stream(con, sql, audit.params or None, limits):
            batch = _printable_detail(batch)
            if keep is not None:
                keep.setdefault(audit.name, []).append(batch)
            if batch.column("sku").null_count:  # counted as one item named "None" (reprocess looked for it)
                raise EnrichError("a finding has no sku (NULL): each row names an item that fails the invariant")
            skus.update(str(sku) for sku in _distinct(batch.column("sku")))
            # only the kept findings become Python rows: every row's took seconds where an audit flags every item
            kept = _rows(batch.slice(0, MAX_FINDINGS - len(findings)))
            findings += [Finding(audit.name, str(r["sku"]), r["question_id"], r["detail"]) for r in kept]
            total += batch.num_rows
    except EnrichError as exc:
        raise EnrichError(f"audit {audit.name}: {exc}") from None
    return AuditResult(audit, findings, items, skus=frozenset(skus), total_findings=total)


def _rows(batch: pa.RecordBatch) -> list[dict]:
    """The batch's rows, a MAP detail as an object, as `enrich sql` writes it; one keyed by a list or a struct, which
    no Python dict can hold (`histogram(pixel_colors)`: "unhashable type"), as its [key, value] pairs."""
    try:
        return batch.to_pylist(maps_as_pydicts="lossy")
    except TypeError:
        return batch.to_pylist()


def _distinct(column: pa.Array) -> list:
    """The column's distinct values as Python values (a sku of any type an audit returns)."""
    try:
        return pc.unique(column).to_pylist()
    except pa.ArrowNotImplementedError:  # a type unique() does not take: a list, a struct, a MAP (as _rows reads it)
        return [row["sku"] for row in _rows(pa.RecordBatch.from_arrays([column], ["sku"]))]


def _printable_detail(batch: pa.RecordBatch) -> pa.RecordBatch:
    """A detail of a type JSON and the table cannot show (an interval, a BLOB, a VARINT) as `enrich sql` prints it:
    a stale-result audit's `now() - processed_at` read `[0, 3, 0]`, not `3 days` (the seventh adversarial pass)."""
    kind = batch.schema.field("detail").type
    shown = (pa.types.is_nested, pa.types.is_string, pa.types.is_null, pa.types.is_integer, pa.types.is_floating)
    shown += (pa.types.is_boolean, pa.types.is_temporal, pa.types.is_decimal)
    if any(test(kind) for test in shown) and not pa.types.is_interval(kind):
        return batch
    index = batch.schema.get_field_index("detail")
    return batch.set_column(index, "detail", as_printed(batch.column(index)))


def _wrapped(con: duckdb.DuckDBPyConnection, audit: Audit) -> str:
    """The audit's one SELECT, comments and all, wrapped to pick its three columns; checked as it will be executed.

    The statement's text is used as the parser found it, comments included, less its final semicolon: removing
    comment lines once let a string literal that spanned one turn into a second statement (a COPY) after the check.
    """
    single = _statements(con, audit.sql, audit.name)
    if len(single) != 1 or single[0].type != duckdb.StatementType.SELECT:
        raise EnrichError(f"audit {audit.name}: must be a single SELECT")
    body = _without_final_semicolon(single[0].query)
    # "\n)": a trailing -- comment ends before ")". Ordered, so that an audit past MAX_FINDINGS keeps the same
    # findings from run to run (the JSON, the review page): a query's order is no promise otherwise; by the detail
    # too, since one item's question can be flagged twice (seller_category_mismatch)
    sql = f"SELECT sku, question_id, detail FROM (\n{body}\n) ORDER BY sku, question_id NULLS FIRST, detail::VARCHAR"
    wrapped = _statements(con, sql, audit.name)
    if len(wrapped) != 1 or wrapped[0].type != duckdb.StatementType.SELECT or wrapped[0].query != sql:
        raise EnrichError(f"audit {audit.name}: must be a single SELECT")
    return sql


def _without_final_semicolon(sql: str) -> str:
    """The statement up to its final semicolon, found by DuckDB's tokenizer (so never one in a literal or comment)."""
    code = [(position, kind) for position, kind in tokenize(sql) if kind != duckdb.token_type.comment]
    if code and code[-1][1] == duckdb.token_type.operator and sql[code[-1][0]] == ";":
        return sql[: code[-1][0]]
    return sql


def _statements(con: duckdb.DuckDBPyConnection, sql: str, name: str) -> list:
    try:
        return con.extract_statements(sql)
    except duckdb.Error as exc:
        raise EnrichError(f"audit {name}: the SQL does not parse: {exc}") from None


def table_lines(results: list[AuditResult]) -> list[str]:
    """The audits as a table, their names and reasons with control characters escaped (display.printable)."""
    width = max([len(printable(r.audit.name)) for r in results] + [5])
    lines = [f"{'audit':<{width}}  severity  flagged   share  threshold  result"]
    for r in results:
        verdict = "skipped" if r.skipped else ("pass" if r.passed else "FAIL")
        lines.append(
            f"{printable(r.audit.name):<{width}}  {printable(r.audit.severity):<8}  {r.flagged:>7}  {r.share:>6.1%}  "
            f"{r.audit.threshold:>9.1%}  {verdict}" + (f" ({printable(r.skipped)})" if r.skipped else "")
        )
    return lines


def blocking_failures(results: list[AuditResult]) -> list[AuditResult]:
    return [r for r in results if r.audit.severity == "blocking" and not r.passed]


def as_json(results: list[AuditResult], scores: dict | None) -> dict:
    audits = [
        {
            "audit": r.audit.name,
            "severity": r.audit.severity,
            "flagged": r.flagged,
            "share": round(r.share, 4),
            "threshold": r.audit.threshold,
            "passed": r.passed,
            "skipped": r.skipped,
            "findings": r.total_findings,  # the list below holds at most MAX_FINDINGS of them per audit
        }
        for r in results
    ]
    # (a detail may be a timestamp, a decimal or a list of them: a stale-result audit's processed_at)
    report = {
        "audits": audits,
        "findings": [vars(f) | {"detail": jsonable(f.detail)} for r in results for f in r.findings],
    }
    return report | ({"accuracy": scores} if scores is not None else {})
