import dataclasses
from datetime import UTC, datetime

import pyarrow as pa
import pytest

from enrich import EnrichError
from enrich.store import schema
from tests.results import error_result, ok_result, run_context


def test_item_rows_carry_the_catalog_columns_of_their_catalog_row():
    extras = pa.table({"title": ["A", "B", "C"], "gender": ["female", None, "male"]})
    read = ok_result("s3", 2)
    read.image = dataclasses.replace(read.image, stamp="10:20")  # as the file stood all through its read
    results = [read, error_result("s1", 0)]
    planned = {"s3": "10:19"}  # the plan's stamp may belong to other bytes: the one read wins
    items = schema.items_table(run_context("r1"), results, extras, planned, datetime.now(UTC))
    assert items.schema.names == schema.ITEMS_SCHEMA.names + ["title", "gender"]
    rows = items.to_pylist()
    assert [(r["sku"], r["title"], r["status"], r["image_stamp"]) for r in rows] == [
        ("s3", "C", "ok", "10:20"),
        ("s1", "A", "error", None),
    ]
    assert rows[0]["image_uri"] == "file:///img/s3.jpg" and rows[0]["caption_pt_missing"] == "no MT model configured"
    answers = schema.answers_table(run_context("r1"), results, datetime.now(UTC))
    assert answers.schema == schema.ANSWERS_SCHEMA and answers.num_rows == 1


def test_catalog_columns_may_not_shadow_output_columns_in_any_case():
    schema.check_extra_columns(["title", "color", "sku_note"])
    for clash in (["status", "title"], ["Status"], ["Run_ID"]):  # DuckDB names ignore case: Status is status
        with pytest.raises(EnrichError, match="clash with output columns"):
            schema.check_extra_columns(clash)
    for internal in (["__row"], ["__stamp", "title"], ["__URI"]):  # the plan's own: __row failed every later night
        with pytest.raises(EnrichError, match="start with '__', which enrich keeps for its own"):
            schema.check_extra_columns(internal)
    schema.check_extra_columns(["_row", "a__b"])


def test_nested_catalog_columns_are_stored_as_json_text():
    extras = pa.table({"dims": pa.array([{"w": 1, "h": 2}, None]), "tags": pa.array([["a", "b"], []])})
    stored, notes = schema.storable_extras(extras, None)
    assert stored.column("dims").to_pylist() == ['{"w": 1, "h": 2}', None]
    assert stored.column("tags").to_pylist() == ['["a", "b"]', "[]"] and notes == []


def test_a_column_that_changes_type_is_cast_to_the_recorded_type_or_refused_at_the_start():
    recorded = pa.schema([("price", pa.float64()), ("code", pa.int64()), ("dims", pa.string())])
    stored, notes = schema.storable_extras(
        pa.table({"price": pa.array([1, 2]), "dims": pa.array([{"w": 1}, None])}), recorded
    )
    assert stored.column("price").type == pa.float64() and "arrived as int64; stored as double" in notes[0]
    assert stored.column("dims").to_pylist() == ['{"w": 1}', None]  # a struct tonight, text before: still text
    with pytest.raises(EnrichError, match="'code' is string in this catalog but int64 in the output"):
        schema.storable_extras(pa.table({"code": ["A-12"]}), recorded)


def test_a_catalog_column_renamed_only_in_case_is_refused_before_the_model_runs():
    """Delta Lake ignores the case of names: `title` after a stored `Title` failed the commit, after the model."""
    recorded = pa.schema([("Title", pa.string()), ("color", pa.string())])
    with pytest.raises(EnrichError, match=r"'title' \(stored as 'Title'\) differ from this output's only in case"):
        schema.storable_extras(pa.table({"title": ["a"], "color": ["red"]}), recorded)
    stored, _ = schema.storable_extras(pa.table({"Title": ["a"], "new": ["x"]}), recorded)
    assert stored.column_names == ["Title", "new"]
