import json
import os

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


def test_spaces_around_a_sku_are_not_part_of_it_as_in_labels_and_skus_files(tmp_path, caplog):
    """A label file, a --skus list and a spreadsheet drop them: kept, "A1 " and "A1" were two items, and a label
    written for one landed on the other."""
    from enrich.reprocess import skus_from_file

    catalog = read_catalog(write_csv(tmp_path / "c.csv", 'sku,image\n" A1\u00a0",a.jpg\nB 2\t,b.jpg\n'))
    assert [r.sku for r in catalog.rows] == ["A1", "B 2"]
    assert "2 sku(s) have spaces around them, e.g. ' A1\\xa0' in row 1, read as 'A1'" in caplog.text
    listed = skus_from_file(write_csv(tmp_path / "skus.txt", " A1\u00a0\nB 2\t\n"))
    assert listed == [r.sku for r in catalog.rows]


def test_image_locations_resolve_relative_absolute_and_file_uri(tmp_path):
    assert resolve_image("img/a.jpg", tmp_path) == str(tmp_path / "img" / "a.jpg")
    assert resolve_image("/data/a.jpg", tmp_path) == "/data/a.jpg"
    assert resolve_image("file:///data/my%20shot.jpg", tmp_path) == "/data/my shot.jpg"
    assert resolve_image("https://cdn.example.com/a.jpg", tmp_path) == "https://cdn.example.com/a.jpg"
    assert resolve_image(None, tmp_path) == ""


def test_spaces_around_an_image_url_are_not_part_of_it(tmp_path):
    """A spreadsheet's " https://cdn/a.jpg" was read with its space: the scheme " https", an unsupported_uri error
    row every night. They are dropped, as around a sku; a local path is kept as written."""
    assert resolve_image(" https://cdn.example.com/a.jpg\t", tmp_path) == "https://cdn.example.com/a.jpg"
    assert resolve_image("\u00a0file:///data/a.jpg ", tmp_path) == "/data/a.jpg"
    assert resolve_image("img/a.jpg", tmp_path) == str(tmp_path / "img" / "a.jpg")


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


def test_folder_of_images_uses_file_stems(tmp_path, make_image, caplog):
    make_image("b-2.png")
    make_image("a-1.jpg")
    (tmp_path / "notes.txt").write_text("not an image")
    catalog = read_catalog(tmp_path)
    assert [r.sku for r in catalog.rows] == ["a-1", "b-2"]
    assert catalog.extra_columns == [] and "subfolder" not in caplog.text
    (tmp_path / "more").mkdir()
    assert len(read_catalog(tmp_path).rows) == 2 and "1 subfolder(s) of" in caplog.text and "'more'" in caplog.text


@pytest.mark.parametrize(
    "text, message",
    [
        ("sku,picture\n1,a.jpg\n", "missing column\\(s\\) \\['image'\\]"),
        ("sku,image\n", "is empty"),
        ("", "missing column"),
        ("sku,image\na,1.jpg\nb,2.jpg\na,3.jpg\n", "1 duplicate sku\\(s\\): 'a' x2$"),
        ("sku,image\na,1.jpg\n a\t,3.jpg\n", "'a' x2 \\(skus are compared without the spaces around them\\)"),
        ("sku,image\na,1.jpg\na,2.jpg\n b,3.jpg\n", "'a' x2$"),  # not blamed on b's spaces
        ("sku,image\n\u3000,1.jpg\n", "empty sku in row\\(s\\) \\[1\\]"),
        (
            "sku,image\ncaf\u00e9,1.jpg\ncafe\u0301,2.jpg\n",
            "'café' x2 \\(the same letters written in different Unicode",
        ),
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


def test_a_folder_with_two_files_of_one_name_names_them(tmp_path, make_image):
    """A photo re-encoded beside the old one: "1 duplicate sku(s): 'SKU-001' x2", without the files."""
    make_image("SKU-001.jpg")
    make_image("SKU-001.png")
    make_image("SKU-002.jpg")
    with pytest.raises(EnrichError, match=r"1 sku\(s\) have two image files .*: SKU-001.jpg and SKU-001.png; remove"):
        read_catalog(tmp_path)


def test_shards_are_deterministic_and_cover_every_row(tmp_path):
    rows = "".join(f"s{i},{i}.jpg\n" for i in range(23))
    catalog = read_catalog(write_csv(tmp_path / "c.csv", "sku,image\n" + rows))
    shards = shard_rows(catalog.rows, 10)
    assert [len(s) for s in shards] == [10, 10, 3]
    assert [r.sku for s in shards for r in s] == [r.sku for r in catalog.rows]
    assert shard_rows(catalog.rows, 10) == shards


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_jsonl_keeps_keys_that_first_appear_in_later_rows(tmp_path):
    rows = [{"sku": f"s{i}", "image": f"{i}.jpg", "text": "x" * 120} for i in range(10_000)]
    assert len("".join(json.dumps(row) for row in rows)) > 1 << 20  # over pyarrow's 1 MiB block: several blocks
    rows[3]["title"] = "Red tee"
    rows[5_000]["stock"] = 3
    rows[-1]["season"] = "winter"
    for _ in range(3):  # in the order the keys first appear, every time
        catalog = read_catalog(write_jsonl(tmp_path / "c.jsonl", rows))
        assert catalog.extra_columns == ["text", "title", "stock", "season"]
    assert catalog.extras.column("title").to_pylist()[3] == "Red tee"
    assert catalog.extras.column("season").to_pylist()[-1] == "winter"


def test_jsonl_text_that_looks_like_a_date_stays_text(tmp_path):
    """pyarrow's JSON reader made "2024-01-01" a timestamp: a sku changed, an offset was dropped."""
    rows = [{"sku": "2024-01-01", "image": "a.jpg", "posted": "2024-01-02T10:00:00+02:00", "n": 1}]
    write_jsonl(tmp_path / "c.jsonl", rows + [{"sku": "2024-01-02", "image": "b.jpg", "posted": None, "n": 2}])
    catalog = read_catalog(tmp_path / "c.jsonl")
    assert [r.sku for r in catalog.rows] == ["2024-01-01", "2024-01-02"]
    assert catalog.extras.column_names == ["posted", "n"]
    assert catalog.extras.column("posted").to_pylist() == ["2024-01-02T10:00:00+02:00", None]


def test_a_jsonl_row_without_an_image_is_an_item_error_not_a_refusal(tmp_path):
    from enrich.images import load_image

    catalog = read_catalog(write_jsonl(tmp_path / "c.jsonl", [{"sku": "a"}, {"sku": "b", "image": "b.jpg"}]))
    assert [(r.sku, r.image) for r in catalog.rows] == [("a", ""), ("b", str(tmp_path / "b.jpg"))]
    assert load_image(catalog.rows[0]).error_code == "missing_file"
    with pytest.raises(EnrichError, match="missing column\\(s\\) \\['image'\\]"):
        read_catalog(write_jsonl(tmp_path / "none.jsonl", [{"sku": "a"}, {"sku": "b"}]))


@pytest.mark.parametrize("rows", [[{"sku": 1}, {"sku": "b"}], [{"sku": "a"}, {"sku": 2}]])
def test_a_jsonl_mixing_number_and_text_skus_says_so(tmp_path, rows):
    rows = [{**row, "image": "x.jpg"} for row in rows]
    with pytest.raises(EnrichError, match="column 'sku' is a number in some rows and text in others") as caught:
        read_catalog(write_jsonl(tmp_path / "c.jsonl", rows))
    assert "JSON parse error" not in str(caught.value)


def test_jsonl_problems_name_their_line(tmp_path):
    (tmp_path / "array.jsonl").write_text('{"sku": "a", "image": "a.jpg"}\n\n[1, 2]\n')
    with pytest.raises(EnrichError, match="line 3: expected a JSON object"):
        read_catalog(tmp_path / "array.jsonl")
    (tmp_path / "blank.jsonl").write_text("\n  \n")
    with pytest.raises(EnrichError, match="missing column"):
        read_catalog(tmp_path / "blank.jsonl")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_jsonl_problem_is_named_right_past_text_holding_a_unicode_line_separator(tmp_path, separator):
    """JSON text may hold U+2028, U+2029 or NEL unescaped; only \\n ends a JSON Lines line. str.splitlines broke such a
    line in two and called it invalid JSON, hiding the real problem (a type change, on another line)."""
    rows = f'{{"sku": "a", "image": "a.jpg", "t": "x{separator}y"}}\n{{"sku": "b", "image": "b.jpg", "t": 5}}\n'
    (tmp_path / "c.jsonl").write_text(rows, encoding="utf-8")
    with pytest.raises(EnrichError, match=r"column 't' is a number in some rows and text in others \(lines 1 and 2\)"):
        read_catalog(tmp_path / "c.jsonl")


def test_duplicate_column_names_are_refused(tmp_path):
    with pytest.raises(EnrichError, match="columns 'color' and 'color' are one column"):
        read_catalog(write_csv(tmp_path / "c.csv", "sku,image,color,color\na,a.jpg,red,blue\n"))
    table = pa.table([["a"], ["a.jpg"], ["red"], ["blue"]], names=["sku", "image", "color", "color"])
    pq.write_table(table, tmp_path / "c.parquet")
    with pytest.raises(EnrichError, match="columns 'color' and 'color' are one column"):
        read_catalog(tmp_path / "c.parquet")
    (tmp_path / "c.jsonl").write_text('{"sku": "a", "image": "a.jpg", "color": "red", "color": "blue"}\n')
    with pytest.raises(EnrichError, match="key 'color' appears twice"):
        read_catalog(tmp_path / "c.jsonl")


def test_columns_named_alike_but_for_case_are_refused(tmp_path):
    """The output's tables (Delta Lake) ignore the case of names: the commit failed, after the model had run."""
    with pytest.raises(EnrichError, match="columns 'Color' and 'color' are one column \\(names ignore case\\)"):
        read_catalog(write_csv(tmp_path / "c.csv", "sku,image,Color,color\na,a.jpg,red,blue\n"))


def test_a_header_ending_in_a_comma_loses_its_empty_column_and_a_nameless_one_with_values_is_refused(tmp_path):
    catalog = read_catalog(write_csv(tmp_path / "c.csv", "sku,image,title,\na,a.jpg,t,\nb,b.jpg,u,\n"))
    assert catalog.extras.column_names == ["title"]
    several = read_catalog(write_csv(tmp_path / "e.csv", "sku,image,title,,\na,a.jpg,t,,\n"))
    assert several.extras.column_names == ["title"]  # two nameless columns were "'' and '' are one column"
    with pytest.raises(EnrichError, match="column 3 has values but no name"):
        read_catalog(write_csv(tmp_path / "d.csv", "sku,image,\na,a.jpg,x\n"))


def test_text_that_is_not_utf8_is_refused_with_its_row(tmp_path):
    """pyarrow's JSON and Parquet readers pass it through; committed, it failed every read of the history."""
    (tmp_path / "c.jsonl").write_bytes(
        b'{"sku": "a", "image": "a.jpg"}\n{"sku": "b", "image": "b.jpg", "t": "caf\xe9"}\n'
    )
    with pytest.raises(EnrichError, match="column 't', row 2, holds text that is not UTF-8"):
        read_catalog(tmp_path / "c.jsonl")
    titles = pa.array([b"ok", b"ok", b"caf\xe9"], pa.binary()).view(pa.string())
    pq.write_table(pa.table({"sku": ["a", "b", "c"], "image": ["a.jpg"] * 3, "title": titles}), tmp_path / "c.parquet")
    with pytest.raises(EnrichError, match="column 'title', row 3, holds text that is not UTF-8"):
        read_catalog(tmp_path / "c.parquet")
    binary = pa.array([b"a", b"b\xff"], pa.binary())  # a key column of bytes ended in a cast traceback
    for key in ("sku", "image"):
        columns = {"sku": pa.array([b"a", b"b"], pa.binary()), "image": pa.array([b"a.jpg", b"b.jpg"], pa.binary())}
        pq.write_table(pa.table(columns | {key: binary}), tmp_path / "k.parquet")
        with pytest.raises(EnrichError, match=f"column '{key}', row 2, holds text that is not UTF-8"):
            read_catalog(tmp_path / "k.parquet")
    pq.write_table(pa.table(columns), tmp_path / "k.parquet")
    assert [(r.sku, r.image) for r in read_catalog(tmp_path / "k.parquet").rows] == [
        ("a", str(tmp_path / "a.jpg")),
        ("b", str(tmp_path / "b.jpg")),
    ]


@pytest.mark.parametrize("line", [b'"\xff": 1', b'"o": {"\xff": 1}', b'"o": [{"k\xe9": 1}]'])
def test_a_jsonl_key_that_is_not_utf8_is_refused_in_words(tmp_path, line):
    """pyarrow passes a key's bytes through; its names then raised UnicodeDecodeError, a traceback, at the first
    look (the column names, or a nested key when its values were read)."""
    (tmp_path / "c.jsonl").write_bytes(
        b'{"sku": "a", "image": "a.jpg"}\n{"sku": "b", "image": "b.jpg", ' + line + b"}\n"
    )
    with pytest.raises(EnrichError, match="a column or key name is not UTF-8"):
        read_catalog(tmp_path / "c.jsonl")


def test_a_column_named_with_a_nul_is_refused_before_any_model_loads(tmp_path):
    """No SQL identifier holds a NUL: the plan's DuckDB query failed with a Binder Error traceback, every night."""
    (tmp_path / "c.jsonl").write_text('{"sku": "a", "image": "a.jpg", "x\\u0000y": 1}\n')
    with pytest.raises(EnrichError, match=r"column 'x\\x00y' has a NUL in its name; rename it"):
        read_catalog(tmp_path / "c.jsonl")
    write_csv(tmp_path / "c.csv", "sku,image,\0\na,a.jpg,1\n")
    with pytest.raises(EnrichError, match=r"column '\\x00' has a NUL in its name"):
        read_catalog(tmp_path / "c.csv")


def test_a_folder_catalog_with_broken_links_reads_its_images_and_its_checksum_ignores_the_rest(tmp_path, make_image):
    make_image(tmp_path / "a.jpg")
    (tmp_path / "dangling.jpg").symlink_to(tmp_path / "nowhere.jpg")  # FileNotFoundError from the checksum, before
    (tmp_path / "l1.jpg").symlink_to(tmp_path / "l2.jpg")
    (tmp_path / "l2.jpg").symlink_to(tmp_path / "l1.jpg")  # a loop: ELOOP
    catalog = read_catalog(tmp_path)
    assert [r.sku for r in catalog.rows] == ["a"]
    (tmp_path / "out").mkdir()  # an output written inside the folder changes nothing a run resumes by
    (tmp_path / "notes.txt").write_text("x")
    assert read_catalog(tmp_path).checksum == catalog.checksum


def test_a_folder_image_named_only_spaces_is_left_out_with_a_notice(tmp_path, make_image, caplog):
    """ " .jpg" (or a no-break space) gives no sku: before, the whole folder was refused every night, with
    "empty sku in row(s) [1]", a row the folder does not have."""
    make_image(tmp_path / "a.jpg")
    make_image(tmp_path / " .jpg")
    make_image(tmp_path / "\u00a0.png")
    assert [row.sku for row in read_catalog(tmp_path).rows] == ["a"]
    assert "2 image(s)" in caplog.text and "' .jpg'" in caplog.text


def test_a_folder_image_named_in_another_encoding_is_left_out_with_a_notice(tmp_path, make_image, caplog):
    make_image(tmp_path / "ok.jpg")
    make_image(tmp_path / os.fsdecode(b"caf\xe9.jpg"))
    assert [r.sku for r in read_catalog(tmp_path).rows] == ["ok"]
    assert "1 image(s)" in caplog.text and "caf\\udce9.jpg" in caplog.text


@pytest.mark.parametrize(
    "skus, message",
    [
        ([1.0, float("nan")], "sku is NaN in row\\(s\\) \\[2\\]"),
        (["a", None], "empty sku in row\\(s\\) \\[2\\]"),
        (["a", " "], "empty sku in row\\(s\\) \\[2\\]"),
        (["a", ""], "empty sku in row\\(s\\) \\[2\\]"),
    ],
)
def test_nan_or_empty_parquet_skus_are_refused(tmp_path, skus, message):
    pq.write_table(pa.table({"sku": skus, "image": ["a.jpg", "b.jpg"]}), tmp_path / "c.parquet")
    with pytest.raises(EnrichError, match=message):
        read_catalog(tmp_path / "c.parquet")


def test_whole_number_float_skus_read_as_integers(tmp_path):
    pq.write_table(pa.table({"sku": [1.0, 20.0], "image": ["a.jpg", "b.jpg"]}), tmp_path / "c.parquet")
    assert [r.sku for r in read_catalog(tmp_path / "c.parquet").rows] == ["1", "20"]


def test_a_nan_image_in_parquet_is_a_missing_image(tmp_path):
    pq.write_table(pa.table({"sku": ["a", "b"], "image": [float("nan"), float("nan")]}), tmp_path / "c.parquet")
    assert [r.image for r in read_catalog(tmp_path / "c.parquet").rows] == ["", ""]


def test_a_nested_key_changing_type_is_said_in_words(tmp_path):
    rows = [{"sku": "a", "image": "a.jpg", "size": {"eu": 38}}, {"sku": "b", "image": "b.jpg", "size": {"eu": "M"}}]
    with pytest.raises(EnrichError, match="column 'size.eu' is a number in some rows and text in others"):
        read_catalog(write_jsonl(tmp_path / "c.jsonl", rows))


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_row_larger_than_a_read_block_is_read(tmp_path, suffix):
    """pyarrow's 1 MB blocks refused a whole catalog with one 3 MB description ("straddling object")."""
    import json

    long = "x" * 3_000_000
    path = tmp_path / f"c{suffix}"
    if suffix == ".csv":
        path.write_text(f"sku,image,desc\na,a.jpg,{long}\nb,b.jpg,y\n")
    else:
        path.write_text(
            "".join(json.dumps({"sku": s, "image": "a.jpg", "desc": d}) + "\n" for s, d in (("a", long), ("b", "y")))
        )
    assert read_catalog(path).extras.column("desc").to_pylist() == [long, "y"]


def test_number_skus_read_as_floats_are_written_as_the_numbers_they_were(tmp_path):
    """A JSON column of whole and decimal numbers is read as floats: 99999999999999 was cast to '9.9999999999999e+13'
    (a 14-digit GTIN recorded wrong)."""
    (tmp_path / "c.jsonl").write_text(
        "".join(f'{{"sku": {sku}, "image": "a.jpg"}}\n' for sku in ("99999999999999", "12.5", "7", "-3"))
    )
    assert [r.sku for r in read_catalog(tmp_path / "c.jsonl").rows] == ["99999999999999", "12.5", "7", "-3"]


def test_json_whole_numbers_past_int64_are_read_exactly(tmp_path, caplog):
    """Above int64 pyarrow reads a float: 12345678901234567890 and ...891 became one sku (refused as a duplicate), and
    a 23-digit id in another column lost its last digits. Read again as DECIMAL(38, 0), they keep every digit."""
    rows = [
        '{"sku": 7, "image": "a.jpg", "ean": 12345678901234567890123, "price": 1.5}',
        '{"sku": 12345678901234567890, "image": "b.jpg", "ean": 5, "price": 12345678901234567890}',
        '{"sku": 12345678901234567891, "image": "c.jpg", "ean": null, "price": 2}',
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(rows) + "\n")
    catalog = read_catalog(tmp_path / "c.jsonl")
    assert [r.sku for r in catalog.rows] == ["7", "12345678901234567890", "12345678901234567891"]
    assert [str(v) if v is not None else None for v in catalog.extras.column("ean").to_pylist()] == [
        "12345678901234567890123",
        "5",
        None,
    ]
    assert catalog.extras.schema.field("price").type == pa.float64()  # fractions: floats, as JSON means them
    (tmp_path / "d.jsonl").write_text('{"sku": "a", "image": "a.jpg", "id": 1' + "0" * 40 + "}\n")
    with caplog.at_level("WARNING", logger="enrich.catalog_jsonl"):
        assert read_catalog(tmp_path / "d.jsonl").extras.schema.field("id").type == pa.float64()
    assert "holds integers past 38 digits, read as floating point" in caplog.text
