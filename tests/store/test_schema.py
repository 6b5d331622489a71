import dataclasses
import decimal
import math
from datetime import UTC, date, datetime

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


@pytest.mark.parametrize(
    "recorded, tonight",
    [
        (pa.int64(), pa.array(["00123"])),  # stored 123: the leading zeros lost
        (pa.float64(), pa.array(["1e400"])),  # stored inf
        (pa.float32(), pa.array([1e300])),
        (pa.decimal128(10, 2), pa.array([decimal.Decimal("1.255")], pa.decimal128(10, 3))),  # stored 1.25
        (pa.decimal128(10, 2), pa.array(["1.255"])),
        (pa.bool_(), pa.array([2])),  # stored true
        (pa.date32(), pa.array([datetime(2024, 1, 1, 23, 59)])),  # stored the day only
    ],
)
def test_a_value_the_recorded_type_would_change_is_refused_not_rounded(recorded, tonight):
    """pyarrow's safe cast still rounds and truncates: the cast must give back what it was given."""
    with pytest.raises(EnrichError, match="do not fit .* as they are"):
        schema.storable_extras(pa.table({"x": tonight}), pa.schema([("x", recorded)]))


@pytest.mark.parametrize(
    "recorded, tonight, stored",
    [
        (pa.int64(), pa.array(["123", None]), [123, None]),
        (pa.float32(), pa.array([0.1]), [0.10000000149011612]),  # float precision is the recorded type's
        (pa.float64(), pa.array(["1.5", "inf", "nan"]), [1.5, math.inf, None]),
        (pa.decimal128(10, 2), pa.array(["1.25"]), [decimal.Decimal("1.25")]),
        (pa.date32(), pa.array([datetime(2024, 1, 1)]), [date(2024, 1, 1)]),
        (pa.timestamp("us"), pa.array(["2024-01-01T10:00:00"]), [datetime(2024, 1, 1, 10)]),
        (pa.bool_(), pa.array([1, 0]), [True, False]),
    ],
)
def test_a_value_the_recorded_type_holds_as_it_is_is_cast(recorded, tonight, stored):
    [column] = schema.storable_extras(pa.table({"x": tonight}), pa.schema([("x", recorded)]))[0].columns
    values = column.to_pylist()
    assert [None if isinstance(v, float) and math.isnan(v) else v for v in values] == stored


def test_a_catalog_column_renamed_only_in_case_is_refused_before_the_model_runs():
    """Delta Lake ignores the case of names: `title` after a stored `Title` failed the commit, after the model."""
    recorded = pa.schema([("Title", pa.string()), ("color", pa.string())])
    with pytest.raises(EnrichError, match=r"'title' \(stored as 'Title'\) differ from this output's only in case"):
        schema.storable_extras(pa.table({"title": ["a"], "color": ["red"]}), recorded)
    stored, _ = schema.storable_extras(pa.table({"Title": ["a"], "new": ["x"]}), recorded)
    assert stored.column_names == ["Title", "new"]
