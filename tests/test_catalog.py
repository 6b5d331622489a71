import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from enrich import EnrichError
from enrich.catalog import read_catalog, resolve_image, shard_rows


def write_csv(path, text):
    path.write_text(text)
    return path


def test_csv_keeps_skus_as_text_and_carries_extra_columns(tmp_path):
    catalog = read_catalog(
        write_csv(tmp_path / "c.csv", "sku,image,title,price\n00123,a.jpg,Red tee,9.90\n7,b.jpg,,\n")
    )
    assert [r.sku for r in catalog.rows] == ["00123", "7"]
    assert catalog.extra_columns == ["title", "price"]
    assert catalog.extras.column("title").to_pylist() == ["Red tee", None]
    assert catalog.rows[0].image == str(tmp_path / "a.jpg")


def test_image_locations_resolve_relative_absolute_and_file_uri(tmp_path):
    assert resolve_image("img/a.jpg", tmp_path) == str(tmp_path / "img" / "a.jpg")
    assert resolve_image("/data/a.jpg", tmp_path) == "/data/a.jpg"
    assert resolve_image("file:///data/my%20shot.jpg", tmp_path) == "/data/my shot.jpg"
    assert resolve_image("https://cdn.example.com/a.jpg", tmp_path) == "https://cdn.example.com/a.jpg"
    assert resolve_image(None, tmp_path) == ""


def test_jsonl_and_parquet_catalogs(tmp_path):
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text(
        json.dumps({"sku": 1, "image": "a.jpg", "gender": "female"})
        + "\n\n"
        + json.dumps({"sku": 2, "image": "b.jpg", "gender": "male"})
        + "\n"
    )
    catalog = read_catalog(jsonl)
    assert [r.sku for r in catalog.rows] == ["1", "2"] and catalog.extra_columns == ["gender"]
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.table({"sku": ["x"], "image": ["a.jpg"], "stock": [3]}), parquet)
    catalog = read_catalog(parquet)
    assert catalog.rows[0].sku == "x" and catalog.extras.column("stock").to_pylist() == [3]


def test_folder_of_images_uses_file_stems(tmp_path, make_image):
    make_image("b-2.png")
    make_image("a-1.jpg")
    (tmp_path / "notes.txt").write_text("not an image")
    catalog = read_catalog(tmp_path)
    assert [r.sku for r in catalog.rows] == ["a-1", "b-2"]
    assert catalog.extra_columns == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("sku,picture\n1,a.jpg\n", "missing column\\(s\\) \\['image'\\]"),
        ("sku,image\n", "is empty"),
        ("", "missing column"),
        ("sku,image\na,1.jpg\nb,2.jpg\na,3.jpg\n", "1 duplicate sku\\(s\\): 'a' x2"),
        ("sku,image\n,1.jpg\n", "empty sku in row\\(s\\) \\[1\\]"),
        ("sku,image\na,1.jpg,extra\n", "more cells than the header"),
    ],
)
def test_bad_catalogs_fail_before_any_model_loads(tmp_path, text, message):
    with pytest.raises(EnrichError, match=message):
        read_catalog(write_csv(tmp_path / "c.csv", text))


def test_unreadable_missing_and_unknown_catalogs(tmp_path):
    with pytest.raises(EnrichError, match="catalog not found"):
        read_catalog(tmp_path / "nope.csv")
    with pytest.raises(EnrichError, match="unknown format '.xlsx'"):
        read_catalog(write_csv(tmp_path / "c.xlsx", "x"))
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(EnrichError, match="could not be read"):
        read_catalog(tmp_path / "bad.parquet")
    (tmp_path / "bad.jsonl").write_text('{"sku": 1, "image": "a"}\n{oops\n')
    with pytest.raises(EnrichError, match="line 2: invalid JSON"):
        read_catalog(tmp_path / "bad.jsonl")
    (tmp_path / "latin1.csv").write_bytes("sku,image\nção,a.jpg\n".encode("latin-1"))
    with pytest.raises(EnrichError, match="could not be read"):
        read_catalog(tmp_path / "latin1.csv")


def test_shards_are_deterministic_and_cover_every_row(tmp_path):
    rows = "".join(f"s{i},{i}.jpg\n" for i in range(23))
    catalog = read_catalog(write_csv(tmp_path / "c.csv", "sku,image\n" + rows))
    shards = shard_rows(catalog.rows, 10)
    assert [len(s) for s in shards] == [10, 10, 3]
    assert [r.sku for s in shards for r in s] == [r.sku for r in catalog.rows]
    assert shard_rows(catalog.rows, 10) == shards
