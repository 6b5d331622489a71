from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from enrich import EnrichError, store
from enrich.records import Answer, CatalogRow, DecodedImage, Generation, ItemResult, Translation


def make_run(tmp_path, run_id="r1"):
    return store.RunContext(run_id, tmp_path / "runs" / run_id, "m", None, "default", "q" * 64)


def ok_result(sku, index):
    image = DecodedImage(CatalogRow(sku, f"/img/{sku}.jpg", index), "f" * 64)
    answer = Answer(
        "color",
        "Question: c? Answer:",
        "closed",
        "red",
        "Red",
        "ok",
        1,
        False,
        Translation("vermelho", "glossary", None),
    )
    return ItemResult(
        image,
        "ok",
        caption=Generation("a red shirt", 4, False),
        caption_pt=Translation(None, None, "no MT model configured"),
        answers=[answer],
    )


def error_result(sku, index):
    image = DecodedImage(CatalogRow(sku, "", index), None, error_code="missing_file", error="no image")
    return ItemResult(image, "error", "missing_file", "no image")


def test_commit_writes_both_tables_with_catalog_columns_and_no_temp_files(tmp_path):
    run = make_run(tmp_path)
    extras = pa.table({"title": ["A", "B", "C"], "gender": ["female", None, "male"]})
    store.commit_shard(run, 3, [ok_result("s3", 2), error_result("s1", 0)], extras)
    items = pq.read_table(run.directory / "items" / "part-00003.parquet")
    answers = pq.read_table(run.directory / "answers" / "part-00003.parquet")
    assert items.schema.names == store.ITEMS_SCHEMA.names + ["title", "gender"]
    rows = items.to_pylist()
    assert [(r["sku"], r["title"], r["status"]) for r in rows] == [("s3", "C", "ok"), ("s1", "A", "error")]
    assert rows[0]["image_uri"] == "file:///img/s3.jpg" and rows[0]["caption_pt"] is None
    assert rows[0]["caption_pt_missing"] == "no MT model configured"
    assert rows[1]["caption_en"] is None and rows[1]["error_code"] == "missing_file"
    assert answers.schema == store.ANSWERS_SCHEMA
    assert answers.to_pylist()[0]["answer_pt"] == "vermelho" and answers.num_rows == 1
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]


def test_a_failed_write_leaves_nothing_visible(tmp_path):
    def broken_write(path):
        path.write_bytes(b"PAR1 half a file")

    with pytest.raises(Exception):  # noqa: B017 (whatever the half-written file raises)
        store._atomic_write(tmp_path / "x" / "part-00000.parquet", broken_write)
    assert list((tmp_path / "x").iterdir()) == []


def test_catalog_columns_may_not_shadow_output_columns():
    store.check_extra_columns(["title", "color"])
    with pytest.raises(EnrichError, match="status"):
        store.check_extra_columns(["status", "title"])


def test_manifest_is_written_atomically(tmp_path):
    run = make_run(tmp_path)
    store.write_manifest(run, {"run_id": "r1", "at": datetime.now(UTC)})
    assert '"run_id": "r1"' in (run.directory / "manifest.json").read_text()
