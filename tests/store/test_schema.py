import dataclasses
from datetime import UTC, datetime

import pyarrow as pa

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
