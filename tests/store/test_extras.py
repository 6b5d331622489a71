"""Catalog columns made storable (enrich/store/extras.py): names, nested values, types kept or refused."""

import decimal
import math
from datetime import date, datetime

import pyarrow as pa
import pytest

from enrich import EnrichError
from enrich.store import extras


def test_catalog_columns_may_not_shadow_output_columns_in_any_case():
    extras.check_extra_columns(["title", "color", "sku_note"])
    for clash in (["status", "title"], ["Status"], ["Run_ID"]):  # DuckDB names ignore case: Status is status
        with pytest.raises(EnrichError, match="clash with output columns"):
            extras.check_extra_columns(clash)
    for internal in (
        ["__row"],
        ["__stamp", "title"],
        ["__URI"],
        ["__returning"],
    ):  # the plan's own: __row failed every later night
        with pytest.raises(EnrichError, match="take names enrich's plan uses for its own"):
            extras.check_extra_columns(internal)
    extras.check_extra_columns(["_row", "a__b", "__index_level_0__"])  # pandas writes the last one


def test_nested_catalog_columns_are_stored_as_json_text():
    catalog = pa.table({"dims": pa.array([{"w": 1, "h": 2}, None]), "tags": pa.array([["a", "b"], []])})
    stored, notes = extras.storable_extras(catalog, None)
    assert stored.column("dims").to_pylist() == ['{"h": 2, "w": 1}', None]
    assert stored.column("tags").to_pylist() == ['["a", "b"]', "[]"] and notes == []


def test_nested_keys_in_another_order_are_the_same_value():
    """A JSONL export that listed the keys as w, h one night and h, w the next updated every item each such night."""
    one = extras.storable_extras(pa.table({"size": pa.array([{"w": 30, "h": 40}])}), None)[0]
    other = extras.storable_extras(pa.table({"size": pa.array([{"h": 40, "w": 30}])}), None)[0]
    assert one.column("size").to_pylist() == other.column("size").to_pylist() == ['{"h": 40, "w": 30}']


def test_a_column_that_changes_type_is_cast_to_the_recorded_type_or_refused_at_the_start():
    recorded = pa.schema([("price", pa.float64()), ("code", pa.int64()), ("dims", pa.string())])
    stored, notes = extras.storable_extras(
        pa.table({"price": pa.array([1, 2]), "dims": pa.array([{"w": 1}, None])}), recorded
    )
    assert stored.column("price").type == pa.float64() and "arrived as int64; stored as double" in notes[0]
    assert stored.column("dims").to_pylist() == ['{"w": 1}', None]  # a struct tonight, text before: still text
    with pytest.raises(EnrichError, match="'code' is string in this catalog but int64 in the output"):
        extras.storable_extras(pa.table({"code": ["A-12"]}), recorded)


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
    with pytest.raises(EnrichError, match="row 1 holds .* does not hold as it is"):
        extras.storable_extras(pa.table({"x": tonight}), pa.schema([("x", recorded)]))


@pytest.mark.parametrize(
    "recorded, tonight, stored",
    [
        (pa.int64(), pa.array(["123", None]), [123, None]),
        (pa.float32(), pa.array([0.1]), [0.10000000149011612]),  # float precision is the recorded type's
        (pa.float64(), pa.array(["1.5", "inf", "nan"]), [1.5, math.inf, None]),
        (pa.decimal128(10, 2), pa.array(["1.25"]), [decimal.Decimal("1.25")]),
        (
            pa.decimal128(10, 2),
            pa.array(["19.99", "797926.57", "1E+2"]),
            [decimal.Decimal(v) for v in ("19.99", "797926.57", "100.00")],
        ),
        (pa.decimal128(10, 2), pa.array([19.99, 0.1]), [decimal.Decimal("19.99"), decimal.Decimal("0.10")]),
        (pa.date32(), pa.array([datetime(2024, 1, 1)]), [date(2024, 1, 1)]),
        (pa.timestamp("us"), pa.array(["2024-01-01T10:00:00"]), [datetime(2024, 1, 1, 10)]),
        (pa.bool_(), pa.array([1, 0]), [True, False]),
    ],
)
def test_a_value_the_recorded_type_holds_as_it_is_is_cast(recorded, tonight, stored):
    [column] = extras.storable_extras(pa.table({"x": tonight}), pa.schema([("x", recorded)]))[0].columns
    values = column.to_pylist()
    assert [None if isinstance(v, float) and math.isnan(v) else v for v in values] == stored


def test_a_catalog_column_renamed_only_in_case_is_refused_before_the_model_runs():
    """Delta Lake ignores the case of names: `title` after a stored `Title` failed the commit, after the model."""
    recorded = pa.schema([("Title", pa.string()), ("color", pa.string())])
    with pytest.raises(EnrichError, match=r"'title' \(stored as 'Title'\) differ from this output's only in case"):
        extras.storable_extras(pa.table({"title": ["a"], "color": ["red"]}), recorded)
    stored, _ = extras.storable_extras(pa.table({"Title": ["a"], "new": ["x"]}), recorded)
    assert stored.column_names == ["Title", "new"]


def test_a_refusal_names_the_first_value_that_does_not_fit():
    """One stray cell in a million refused the night, and the operator had to hunt for it."""
    prices = ["19.99"] * 1_000_000
    prices[765_432] = " 5"
    with pytest.raises(EnrichError, match=r"row 765433 holds ' 5', which double does not hold as it is"):
        extras.storable_extras(pa.table({"price": prices}), pa.schema([("price", pa.float64())]))


def test_catalog_columns_that_leave_out_a_column_the_audits_read_warn_whatever_its_case(caplog):
    """DuckDB names ignore case: the audits read a catalog's "Title" as `title`."""
    table = pa.table({"Title": ["a red tee"], "Stock": [3]})
    with caplog.at_level("WARNING", logger="enrich.store.extras"):
        assert extras.kept_columns(table, ("Stock",), set()).column_names == ["Stock"]
    assert "catalog_columns leaves out ['Title'], which the audits read" in caplog.text
