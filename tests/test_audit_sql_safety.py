"""Audit files and --where predicates run exactly the one SELECT or expression that was checked."""

from __future__ import annotations

import pytest

from enrich import EnrichError
from enrich.audit import parse_audit, run_audits
from tests.test_audit import healthy, write_output

HEADER = "-- invariant: planted\n-- severity: warning\n-- threshold: 1\n"


@pytest.fixture
def out(tmp_path):
    items, answers = [], []
    for n in range(3):
        item, rows = healthy(f"s{n}", n)
        items.append(item)
        answers += rows
    return write_output(tmp_path / "out", items, answers)


def audit_file(folder, name: str, body: str):
    path = folder / f"{name}.sql"
    path.write_text(HEADER + body)
    return parse_audit(path)


def copy_hidden_in_literals(target) -> str:
    """One SELECT whose string literals span `--` lines; with those lines removed, a COPY comes out of them."""
    copy = (
        f"); COPY (SELECT 42 AS forged) TO $${target}$$ (FORMAT csv); "
        "SELECT * FROM (SELECT sku, NULL AS question_id, NULL AS detail FROM items WHERE sku <> "
    )
    return (
        "SELECT sku, NULL AS question_id, 'seen' AS detail FROM items WHERE sku <> '\n"
        "-- '\n"
        f" AND sku <> '{copy}' AND sku <> '\n"
        "-- '\n"
    )


def test_an_audit_runs_exactly_the_select_it_was_checked_as(out, tmp_path):
    target = out / "forged.csv"
    audit = audit_file(tmp_path, "hidden_copy", copy_hidden_in_literals(target))
    [result] = run_audits(out, [audit])
    assert not target.exists()  # the COPY stayed a string literal
    assert sorted((f.sku, f.detail) for f in result.findings) == [("s0", "seen"), ("s1", "seen"), ("s2", "seen")]


@pytest.mark.parametrize(
    "body",
    [
        "SELECT sku, NULL AS question_id, NULL AS detail FROM items; COPY (SELECT 1) TO $$FORGED$$",
        "SELECT sku, NULL AS question_id, NULL AS detail FROM items; SELECT 1",
        "COPY (SELECT 1) TO $$FORGED$$",
        "EXPLAIN SELECT 1",
    ],
)
def test_an_audit_that_is_not_one_select_is_refused_and_writes_nothing(out, tmp_path, body):
    audit = audit_file(tmp_path, "two", body.replace("FORGED", str(out / "forged.csv")))
    with pytest.raises(EnrichError, match="must be a single SELECT"):
        run_audits(out, [audit])
    assert not (out / "forged.csv").exists()


def test_an_audit_may_end_in_a_comment_or_a_semicolon(out, tmp_path):
    body = "SELECT sku, NULL AS question_id, 'x' AS detail\nFROM items WHERE sku = 's1' -- only one\n;\n-- the end"
    [result] = run_audits(out, [audit_file(tmp_path, "commented", body)])
    assert [f.sku for f in result.findings] == ["s1"]


@pytest.mark.parametrize("end", ["", ";"])
def test_an_audit_with_non_ascii_text_ends_where_it_ends(out, tmp_path, end):
    # DuckDB's tokenizer counts UTF-8 bytes: "₹" is three, so character positions would miss the final token
    body = "SELECT sku, NULL AS question_id, '₹ € £ …' AS detail FROM items WHERE sku = 's1' AND '₹' <> ''" + end
    [result] = run_audits(out, [audit_file(tmp_path, "rupees", body)])
    assert [(f.sku, f.detail) for f in result.findings] == [("s1", "₹ € £ …")]
