"""Nightly runs through the real planning, commit and publish, with the model side stood in (no Ray)."""

import datetime
import decimal
import json
import os
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner

from enrich import breaker
from enrich.cli import main
from enrich.config import FetchPolicy, default_questionnaire, load_config
from enrich.lab.standin import StandinPool
from enrich.runner import run_job
from enrich.sql import query
from enrich.status import status_report
from enrich.store import Layout
from enrich.store.returning import newest_ok
from tests.reliability import make_catalog


@pytest.fixture
def night(tmp_path):
    catalog = make_catalog(tmp_path, 20)
    calls = []

    def run(**overrides):
        class Counted(StandinPool):
            def results(self, shards, known):
                calls.append([index for index, _ in shards])
                yield from super().results(shards, known)

        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), shard_size=6, **overrides)
        return run_job(config, progress=False, pool=Counted)

    run.catalog, run.calls, run.out = catalog, calls, tmp_path / "out"
    return run


def test_a_night_with_nothing_to_do_starts_no_worker_and_writes_no_data(night):
    first = night()
    assert first.processed == 20 and night.calls == [[0, 1, 2, 3]]
    files = sorted(p for p in night.out.rglob("*") if p.is_file() and "runs" not in p.parts)
    again = night()
    assert again.processed == 0 and again.unchanged == 20 and len(night.calls) == 1  # the pool was never called
    assert sorted(p for p in night.out.rglob("*") if p.is_file() and "runs" not in p.parts) == files


def test_shards_hold_only_the_items_to_do(night):
    night()
    images = night.catalog.parent / "images"
    os.utime(images / "c1.jpg", ns=(1, 1))  # touched, same bytes: read and hashed, not enriched
    (images / "c2.jpg").write_bytes((images / "c3.jpg").read_bytes())  # new bytes under the same name
    summary = night()
    # 7 items use c1 or c2, spread over all 4 catalog shards of 6: their work is 2 shards of 6
    assert night.calls[-1] == [0, 1] and summary.processed == 3  # the 3 items on c2
    assert summary.metadata_updated == 0 and summary.unchanged == 17
    quiet = night()  # c1's new stamp was recorded beside the tables (no row written): nothing is read again
    assert quiet.processed == 0 and len(night.calls) == 2
    assert query(night.out, "select count(*) from items_history")[1] == [(23,)]


def test_files_re_synced_every_night_are_read_but_write_no_rows_and_their_stamps_stay_true(night):
    import pyarrow.parquet as pq

    night()
    images = night.catalog.parent / "images"
    for mtime in (1, 2):  # an rsync without -t: new mtimes each night, the same bytes
        for image in images.iterdir():
            os.utime(image, ns=(mtime, mtime))
        assert night().processed == 0 and night.calls[-1] == [0, 1, 2, 3]  # read and hashed
        assert query(night.out, "select count(*) from items_history")[1] == [(20,)]  # no row written
    recorded = pq.read_table(Layout.of(night.out).stamps)
    assert recorded.num_rows == 20 and all(t.endswith(":2") for t in recorded.column("image_stamp").to_pylist())
    (images / "c2.jpg").write_bytes((images / "c3.jpg").read_bytes())  # p-2, p-8, p-14: new bytes
    assert night().processed == 3  # p-2's entry no longer matches its bytes: it can never vouch again
    Layout.of(night.out).stamps.write_bytes(b"PAR1 cut short")  # lost: those files are read once more, no harm
    assert night().processed == 0 and night.calls[-1] == [0, 1, 2]
    kept = sorted(pq.read_table(Layout.of(night.out).stamps).column("sku").to_pylist())
    assert len(kept) == 17 and "p-2" not in kept  # written anew, with the stamps still true of the current rows


def test_a_kept_stamp_is_the_one_the_bytes_were_read_under_not_the_planned_one(night, tmp_path):
    """The file changes between planning and reading (a restore, then a sync that keeps mtimes): the stamp kept is
    what the decode task saw, so it never vouches for bytes it did not read."""
    night()
    image = night.catalog.parent / "images" / "c1.jpg"  # p-1, p-7, p-13, p-19
    original, other = image.read_bytes(), (night.catalog.parent / "images" / "c2.jpg").read_bytes()
    image.write_bytes(other)
    os.utime(image, ns=(5 * 10**9, 5 * 10**9))  # planned: the other bytes, mtime 5 s

    class RestoredBeforeTheRead(StandinPool):
        def results(self, shards, known):
            image.write_bytes(original)
            os.utime(image, ns=(7 * 10**9, 7 * 10**9))
            yield from super().results(shards, known)

    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    assert run_job(config, progress=False, pool=RestoredBeforeTheRead).processed == 0  # the original bytes, again
    image.write_bytes(other)
    os.utime(image, ns=(5 * 10**9, 5 * 10**9))  # the planned stamp, back with the bytes it belongs to
    assert night().processed == 4
    # the same for a row the model makes: it records the stamp its bytes were read under
    image.write_bytes(original)
    os.utime(image, ns=(9 * 10**9, 9 * 10**9))  # planned: the original bytes again, mtime 9 s

    class ChangedBeforeTheRead(StandinPool):
        def results(self, shards, known):
            image.write_bytes(other + b"\0")  # yet other bytes, read and enriched under mtime 11 s
            os.utime(image, ns=(11 * 10**9, 11 * 10**9))
            yield from super().results(shards, known)

    assert run_job(config, progress=False, pool=ChangedBeforeTheRead).processed == 4
    assert query(night.out, "select distinct image_stamp like '%:11000000000' from items where sku = 'p-1'")[1] == [
        (True,)
    ]
    image.write_bytes(original)
    os.utime(image, ns=(9 * 10**9, 9 * 10**9))  # the planned stamp with its own bytes: not taken as unchanged
    assert night().processed == 4


def test_stamps_that_cannot_be_kept_never_fail_a_published_run(night, caplog):
    night()
    Layout.of(night.out).stamps.mkdir()  # unwritable as a file, as a full disk or a permission would make it
    for image in (night.catalog.parent / "images").iterdir():
        os.utime(image, ns=(1, 1))
    with caplog.at_level("WARNING", logger="enrich.store.stamps"):
        assert night().processed == 0
    assert "could not keep the new stamps" in caplog.text
    assert query(night.out, "select status from runs")[1][-1] == ("finished",)


def test_a_catalog_only_change_updates_the_latest_rows_without_the_model_and_history_keeps_the_old(night):
    night()
    night.catalog.write_text(night.catalog.read_text().replace("p-3,images/c3.jpg,item 3", "p-3,images/c3.jpg,RENAMED"))
    summary = night()
    assert summary.metadata_updated == 1 and summary.processed == 0 and len(night.calls) == 1
    assert query(night.out, "select title from items where sku = 'p-3'")[1] == [("RENAMED",)]
    assert query(night.out, "select count(*) from answers where sku = 'p-3'")[1] == [(8,)]
    assert query(night.out, "select title from items_history where sku = 'p-3' order by processed_at")[1] == [
        ("item 3",),
        ("RENAMED",),
    ]
    first, second = [r for (r,) in query(night.out, "select run_id from runs order by run_id")[1]]
    # the copy says which run's model made it: an analyst counts what the model did by it
    assert query(night.out, "select run_id, enriched_run_id from items where sku = 'p-3'")[1] == [(second, first)]
    made = "select run_id, count(*) from items_history where enriched_run_id = run_id group by 1"
    assert query(night.out, made)[1] == [(first, 20)]


def test_a_catalog_column_blanked_on_a_later_night_reads_as_null_in_any_delta_reader(night):
    """The first night's titles have no blank; DuckDB writes such a column as required. The tables declare every
    column nullable, so that delta-rs (and any Delta reader) sees the NULL a later night brings."""
    from deltalake import DeltaTable, QueryBuilder

    night()
    night.catalog.write_text(night.catalog.read_text().replace("p-3,images/c3.jpg,item 3", "p-3,images/c3.jpg,"))
    assert night().metadata_updated == 1
    for name in ("items", "items_history"):
        table = DeltaTable(str(Layout.of(night.out).table(name)))
        assert all(field.nullable for field in pa.schema(table.schema().to_arrow()))
        found = QueryBuilder().register("t", table).execute("select sku from t where title is null").read_all()
        assert pa.table(found).to_pylist() == [{"sku": "p-3"}]


def test_new_images_and_catalog_only_changes_interleaved_in_the_catalog_are_all_done(night):
    """The nightly case: new pictures and seller fixes side by side in catalog order. Each shard's rows are one
    slice of the plan, whatever order the catalog holds them in (a shard split in pieces lost all but its last)."""
    night()
    images = night.catalog.parent / "images"
    (images / "c2.jpg").write_bytes((images / "c3.jpg").read_bytes())  # p-2, p-8, p-14: the model again
    renamed = [i for i in range(20) if i % 6 != 2]
    text = night.catalog.read_text()
    for i in renamed:
        text = text.replace(f",item {i}\n", f",RENAMED {i}\n")
    night.catalog.write_text(text)
    summary = night()
    assert summary.processed == 3 and summary.metadata_updated == 17 and summary.unchanged == 0
    titles = dict(query(night.out, "select sku, title from items")[1])
    assert all(titles[f"p-{i}"] == f"RENAMED {i}" for i in renamed)
    assert query(night.out, "select count(*) from items")[1] == [(20,)]
    assert query(night.out, "select items, metadata_updated from runs")[1] == [(20, 0), (3, 17)]  # said per run
    timing = "select processing_seconds > 0 and processing_seconds <= seconds, "
    timing += "abs(items / seconds / items_per_s - 1) < 0.01 from runs"  # items_per_s: over wall seconds
    assert query(night.out, timing)[1] == [(True, True)] * 2


def test_a_plan_stored_in_catalog_order_is_read_back_shard_by_shard():
    """Runs planned before the fix stored their plan in catalog order; a resume of one loses no shard's rows."""
    from enrich.shards import Work

    plan = pa.table(
        {
            "sku": ["a", "n1", "b", "n2", "c"],
            "row": [0, 1, 2, 3, 4],
            "shard": pa.array([1, 0, 1, 0, 1], pa.int32()),
            "action": ["metadata", "model", "metadata", "model", "metadata"],
            "known_sha256": pa.nulls(5, pa.string()),
            "stamp": ["x"] * 5,
        }
    )
    work = Work(plan)
    assert {s: work.rows(s).column("sku").to_pylist() for s in work.slices} == {0: ["n1", "n2"], 1: ["a", "b", "c"]}
    assert work.shards("model") == [0] and work.shards("metadata") == [1]


def test_a_catalog_only_change_to_an_output_older_than_a_result_column_stores_it_as_null(night, monkeypatch):
    """An output written before a result column existed (pixel_texture) takes a catalog-only update: the new column
    is NULL in the updated rows until the model runs on them again."""
    import enrich.store.writer as writer

    night()
    later = writer.ITEMS_SCHEMA.append(pa.field("later_evidence", pa.float32()))  # what a newer enrich stores
    monkeypatch.setattr(writer, "ITEMS_SCHEMA", later)
    night.catalog.write_text(night.catalog.read_text().replace("p-3,images/c3.jpg,item 3", "p-3,images/c3.jpg,RENAMED"))
    assert night().metadata_updated == 1
    assert query(night.out, "select title, later_evidence from items where sku = 'p-3'")[1] == [("RENAMED", None)]


def with_seller_column(night, column: str, value: str) -> None:
    rows = night.catalog.read_text().splitlines()
    night.catalog.write_text("\n".join([f"{rows[0]},{column}"] + [f"{r},{value}" for r in rows[1:]]) + "\n")


def questionnaire_with_pt_alias(tmp_path, after: str, alias: str) -> str:
    """The default questionnaire with one more pt-BR word, written after an existing one."""
    path = tmp_path / "questionnaire.toml"
    text = Path(default_questionnaire()).read_text(encoding="utf-8")
    path.write_text(text.replace(f'"{after}",', f'"{after}", "{alias}",', 1), encoding="utf-8")
    return str(path)


def test_a_new_pt_br_word_maps_the_sellers_column_without_the_model(night, tmp_path):
    with_seller_column(night, "color", "Grená")
    night()
    assert query(night.out, "select distinct seller_color from items")[1] == [(None,)]  # unmapped: not a mismatch
    questionnaire = questionnaire_with_pt_alias(tmp_path, "vinho", "grená")
    summary = night(questionnaire=questionnaire)  # answers do not depend on pt_aliases: same content hash
    assert summary.metadata_updated == 20 and summary.processed == 0 and len(night.calls) == 1
    assert query(night.out, "select distinct seller_color from items")[1] == [("red",)]


def test_a_seller_column_the_catalog_no_longer_names_is_said_when_the_night_empties_it(night, caplog):
    """An export that renamed `color` to `colour` (which the default map does not read) emptied seller_color in
    silence, and seller_color_mismatch skipped from then on."""
    with_seller_column(night, "color", "Charcoal")
    night()
    night.catalog.write_text(night.catalog.read_text().replace("title,color", "title,colour", 1))
    caplog.set_level("WARNING")
    assert night().metadata_updated == 20
    assert "seller_color: the output holds it for 20 item(s), and tonight's catalog and seller map" in caplog.text
    assert "seller_color_raw:" not in caplog.text  # said once, of the mapped column
    caplog.clear()
    assert night().metadata_updated == 0 and "seller_color" not in caplog.text  # said the night it went
    with_seller_column(night, "seller_id", "S-1")
    night()
    night.catalog.write_text(night.catalog.read_text().replace(",seller_id", ",seller_ref", 1))
    caplog.clear()
    assert night().metadata_updated == 20 and "seller_id" not in caplog.text  # the catalog's own column: no word


def test_a_seller_garment_that_moves_the_pixel_region_reads_the_pixel_colors_again_without_the_model(
    night, tmp_path, caplog
):
    with_seller_column(night, "category", "Calça Skinny")
    night()
    first = query(night.out, "select run_id from runs")[1][0][0]
    # unmapped, the seller's word named no part of the body: the stand-in's garment answer picked the region
    [(moved,)] = query(night.out, "select count(*) filter (where pixel_region <> 'lower') from items")[1]
    assert 0 < moved < 20
    questionnaire = questionnaire_with_pt_alias(tmp_path, "calça social", "calça skinny")
    with caplog.at_level("INFO", logger="enrich.plan"):
        summary = night(questionnaire=questionnaire)  # trousers now: the lower body's pixel colors, read again
    assert summary.processed == 0 and summary.metadata_updated == 20
    assert f"{moved} items' seller garment type now picks another part of the photo" in caplog.text
    kept = "select distinct seller_garment_type, pixel_region, enriched_run_id, pixel_colors is not null from items"
    assert query(night.out, kept)[1] == [("trousers", "lower", first, True)]  # the stand-in's answers, kept
    assert query(night.out, "select count(*) from answers")[1] == [(160,)]
    again = night(questionnaire=questionnaire)
    assert again.processed + again.metadata_updated == 0 and len(night.calls) == 2  # the third night reads nothing


def test_a_touched_image_with_new_catalog_columns_is_read_and_kept_without_the_model(night):
    """Same bytes under a new mtime: the decode task hashes them and the item is refreshed, as a remote image
    (no stamp) or a --verify run is, its new stamp recorded. A touch alone writes no row (files re-synced every
    night would copy the catalog into history every night): its stamp is kept beside the tables (stamps.py)."""
    night()
    os.utime(night.catalog.parent / "images" / "c3.jpg", ns=(1, 1))  # p-3, p-9, p-15
    night.catalog.write_text(night.catalog.read_text().replace("p-3,images/c3.jpg,item 3", "p-3,images/c3.jpg,RENAMED"))
    summary = night()
    assert summary.processed == 0 and summary.metadata_updated == 1 and summary.unchanged == 19
    stamped = "select sku, title from items where image_stamp like '%:1' order by sku"
    assert query(night.out, stamped)[1] == [("p-3", "RENAMED")]
    assert query(night.out, "select count(*) from answers where sku = 'p-3'")[1] == [(8,)]
    assert query(night.out, "select count(*) from items_history")[1] == [(21,)]
    touched = night()  # p-9's and p-15's new stamp was recorded beside the tables, with no row: nothing is read
    assert (touched.processed, touched.metadata_updated) == (0, 0) and len(night.calls) == 2
    assert query(night.out, "select count(*) from items_history")[1] == [(21,)]
    night.catalog.write_text(night.catalog.read_text().replace(",item 4\n", ",RENAMED 4\n"))
    assert (night(verify=True).processed, query(night.out, "select metadata_updated from runs")[1][-1]) == (0, (1,))


def test_a_blanked_seller_garment_reads_the_pixel_colors_where_the_models_answer_says(night):
    from enrich.figure import region_of

    with_seller_column(night, "category", "Jeans")
    night()
    night.catalog.write_text(night.catalog.read_text().replace(",Jeans\n", ",Shirts\n"))
    assert night().metadata_updated == 20
    assert query(night.out, "select distinct pixel_region from items")[1] == [("upper",)]
    night.catalog.write_text(night.catalog.read_text().replace(",Shirts\n", ",\n"))
    assert night().metadata_updated == 20
    regions = (
        "select i.pixel_region, a.answer_en from items i join answers a using (sku) where question_id = 'garment_type'"
    )
    found = query(night.out, regions)[1]
    assert len(found) == 20 and all(region == region_of(answer) for region, answer in found)
    assert {region for region, _ in found} != {"upper"}
    # a seller's word that names no part of the body reads where the answer says too (it read the whole frame)
    night.catalog.write_text(night.catalog.read_text().replace(",\n", ",Apparel\n"))
    assert night().metadata_updated == 20
    assert sorted(query(night.out, regions)[1]) == sorted(found)


def test_same_bytes_that_no_longer_decode_when_their_pixels_are_read_again_are_an_error_row(night):
    """As in a run from scratch: a limit lowered since (or a stricter Pillow) refuses the image."""
    with_seller_column(night, "category", "Jeans")
    night()
    night.catalog.write_text(night.catalog.read_text().replace(",Jeans\n", ",Shirts\n"))
    night(max_image_pixels=100, error_budget=1.0)
    assert query(night.out, "select distinct status, error_code from items")[1] == [("error", "decompression_bomb")]


def test_verify_reads_every_image_and_full_enriches_every_item(night):
    night()
    verified = night(verify=True)
    assert verified.processed == 0 and night.calls[-1] == [0, 1, 2, 3]  # all read and hashed, none changed
    assert night(full=True).processed == 20


def dies_after(shards: int) -> type[StandinPool]:
    class Dies(StandinPool):
        def results(self, shards_to_do, known):
            for n, item in enumerate(super().results(shards_to_do, known)):
                if n == shards:
                    raise KeyboardInterrupt  # stands in for a kill: nothing after this point runs
                yield item

    return Dies


@pytest.fixture
def remote(tmp_path):
    """The catalog's images served over HTTP from a folder (the stdlib server: Last-Modified, If-Modified-Since);
    `remote.sent` lists each GET's (name, status), `remote.heads` each HEAD's name."""
    import functools
    import http.server
    import threading

    from tests.reliability import make_catalog

    local = make_catalog(tmp_path / "source", 20)
    images = local.parent / "images"
    for image in images.iterdir():  # last modified well before the responses: a validator the RFC lets us keep
        os.utime(image, (1_700_000_000, 1_700_000_000))
    sent, heads, down = [], [], []

    refused = []  # an HTTP status every request gets (403: expired signatures)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            return (
                self.send_error(503) if self.is_down() else self.send_error(*refused) if refused else super().do_GET()
            )

        def do_HEAD(self):  # noqa: N802 (the stdlib's name)
            return (
                self.send_error(503) if self.is_down() else self.send_error(*refused) if refused else super().do_HEAD()
            )

        def is_down(self):  # `down` holds True (the whole host) or names of images that fail
            return True in down or self.path.strip("/") in down

        def log_request(self, code="-", size="-"):
            if self.command == "HEAD":
                heads.append(self.path.strip("/"))
            else:
                sent.append((self.path.strip("/"), int(code)))

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(images)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    catalog = tmp_path / "catalog.csv"
    catalog.write_text(local.read_text().replace(",images/", f",{base}/"))
    policy = FetchPolicy(allow_private=("127.0.0.1",), retries=0)

    def run(**overrides):
        sent.clear()
        heads.clear()
        breaker.reset()  # each night is a new process: no breaker open from the night before
        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), shard_size=6, fetch=policy, **overrides)
        return run_job(config, progress=False, pool=StandinPool)

    run.refused = refused
    run.sent, run.heads, run.down, run.images, run.catalog, run.out = (
        sent,
        heads,
        down,
        images,
        catalog,
        tmp_path / "out",
    )
    yield run
    httpd.shutdown()
    httpd.server_close()


def test_a_night_over_unchanged_remote_images_asks_the_server_and_is_sent_no_bytes(remote):
    assert remote().processed == 20 and {status for _, status in remote.sent} == {200}
    assert query(remote.out, "select count(*) from items where image_stamp like 'last-modified:%'")[1] == [(20,)]
    files = sorted(p for p in remote.out.rglob("*") if p.is_file() and "runs" not in p.parts)
    again = remote()
    assert (again.processed, again.unchanged) == (0, 20) and remote.sent == [] and len(remote.heads) == 20
    assert sorted(p for p in remote.out.rglob("*") if p.is_file() and "runs" not in p.parts) == files

    (remote.images / "c1.jpg").write_bytes((remote.images / "c3.jpg").read_bytes())  # replaced at the source
    os.utime(remote.images / "c1.jpg", (1_700_000_100, 1_700_000_100))
    changed = remote()
    assert changed.processed == 4 and sorted(n for n, status in remote.sent if status == 200) == ["c1.jpg"] * 4
    # put back older than the one recorded (a restore, `cp -p`): If-Modified-Since would call it not modified
    (remote.images / "c2.jpg").write_bytes((remote.images / "c4.jpg").read_bytes())
    os.utime(remote.images / "c2.jpg", (1_699_000_000, 1_699_000_000))
    older = remote()
    assert older.processed == 3 and sorted(n for n, _ in remote.sent) == ["c2.jpg"] * 3
    assert remote(verify=True).processed == 0 and {s for _, s in remote.sent} == {200}  # --verify reads every byte


def test_a_night_the_image_server_is_down_keeps_every_result_and_says_so(remote):
    from enrich import exits

    remote()
    remote.down.append(True)  # 503 for every image: transient, so retried, then given up
    outage = remote(error_budget=0.2)
    assert (outage.processed, outage.unreachable, outage.unchanged) == (0, 20, 0)
    # then the host's breaker fails the rest at once: those read at once with the fifth failure still went out
    assert breaker.FAILS_TO_OPEN <= len(remote.sent) < breaker.FAILS_TO_OPEN + FetchPolicy().concurrent_reads
    code, line = exits.of_run(outage)
    assert code == exits.OVER_BUDGET and "100.0% of the 20 images read could not be fetched" in line
    assert query(remote.out, "select status, count(*) from items group by 1")[1] == [("ok", 20)]
    assert query(remote.out, "select count(*) from items_history")[1] == [(20,)]  # nothing written
    assert query(remote.out, f"select unreachable from runs where run_id = '{outage.run_id}'")[1] == [(20,)]
    shown = CliRunner().invoke(main, ["status", str(remote.out)])
    assert (
        f"{outage.run_id}  finished  shards 4 done, 0 pending  items 0, 20 unreachable (results kept)" in shown.output
    )
    remote.down.clear()
    back = remote()
    assert (back.processed, back.unreachable) == (0, 0) and remote.sent == []
    (remote.images / "c2.jpg").unlink()  # gone at the source (404): that says something of the image
    gone = remote()
    assert gone.errors_by_code == {"fetch_http_error": 3} and gone.unreachable == 0
    remote.down.append("c0.jpg")  # one image failing night after night is judged among the images read
    one_image = remote(error_budget=0.25)
    assert (one_image.processed, one_image.unreachable, one_image.read_items) == (3, 4, 20)
    assert exits.of_run(one_image) == (0, None)


def test_a_validator_first_given_on_a_later_night_is_kept_beside_the_tables_and_used(remote):
    """Rows written before validators were kept (or from a server that gave none) hold none: the night that
    first gets one for the same bytes keeps it in stamps.parquet, as it does a touched file's new stamp."""
    soon = time.time() + 30  # modified as late as the response or later: no validator yet (a touch raced the clock)
    for image in remote.images.iterdir():
        os.utime(image, (soon, soon))
    remote()
    assert query(remote.out, "select count(*) from items where image_stamp is null")[1] == [(20,)]
    for image in remote.images.iterdir():
        os.utime(image, (1_700_000_000, 1_700_000_000))
    assert remote().processed == 0 and {s for _, s in remote.sent} == {200}
    assert Layout.of(remote.out).stamps.exists()
    assert remote().processed == 0 and remote.sent == []


def test_a_catalog_change_over_a_remote_image_keeps_its_validator_without_its_bytes(remote):
    remote()
    remote.catalog.write_text(remote.catalog.read_text().replace(",item 7\n", ",item seven\n"))
    night = remote()
    assert (night.processed, night.metadata_updated) == (0, 1) and remote.sent == []
    [(title, stamp)] = query(remote.out, "select title, image_stamp from items where sku = 'p-7'")[1]
    assert title == "item seven" and stamp.startswith("last-modified:Tue, 14 Nov 2023 22:13:20 GMT; length=")
    assert remote().processed == 0 and remote.sent == []


def test_an_image_moved_with_the_same_bytes_is_recorded_once_under_its_new_location(remote):
    """A CDN move: the night after reads each moved image once and writes its row under the new location, without
    the model; the nights after ask the new location's validator again, and an outage there keeps the results."""
    remote()
    (remote.images / "moved").mkdir()
    for image in remote.images.glob("*.jpg"):
        os.link(image, remote.images / "moved" / image.name)
    remote.catalog.write_text(remote.catalog.read_text().replace("/c", "/moved/c"))
    night = remote()
    assert (night.processed, night.metadata_updated) == (0, 20) and len(remote.sent) == 20
    assert query(remote.out, "select count(*) from items where image_uri like '%/moved/c%.jpg'")[1] == [(20,)]
    assert query(remote.out, "select count(*) from answers where run_id = $r", {"r": night.run_id})[1] == [(160,)]
    assert remote().processed == 0 and remote.sent == [] and len(remote.heads) == 20
    remote.down.append(True)
    assert remote(error_budget=1.0).unreachable == 20


def test_a_folder_of_images_moved_is_recorded_once_and_not_read_again(night):
    night()
    images = night.catalog.parent / "images"
    shutil.copytree(images, images.with_name("moved"), copy_function=shutil.copy)  # new mtimes too
    night.catalog.write_text(night.catalog.read_text().replace(",images/", ",moved/"))
    moved = night()
    assert (moved.processed, moved.metadata_updated, moved.read_items) == (0, 20, 20)
    assert query(night.out, "select count(*) from items where image_uri like '%/moved/c%'")[1] == [(20,)]
    quiet = night()
    assert (quiet.processed, quiet.metadata_updated, quiet.unchanged, quiet.read_items) == (0, 0, 20, 0)


def test_a_signed_urls_new_signature_is_asked_not_read_and_writes_no_row(remote):
    """A signature that rotates nightly changes only its signing parameters: the source is asked with the recorded
    validator, as for an unchanged URL (before, every image was read every night), and same bytes write nothing (it
    would copy the catalog into history every night); a night the host is down keeps the results."""
    remote()
    original = remote.catalog.read_text()
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?se=2026-12-05&sig=2,"))
    night = remote()
    assert (night.processed, night.metadata_updated, night.unchanged) == (0, 0, 20)
    assert remote.sent == [] and len(remote.heads) == 20
    assert query(remote.out, "select count(*) from items_history")[1] == [(20,)]
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?se=2026-12-06&sig=3,"))
    remote.down.append(True)
    outage = remote(error_budget=1.0)
    assert (outage.unreachable, outage.errors_by_code) == (20, {})
    remote.down.clear()
    # any other parameter may name other bytes: they are read (the same bytes still write nothing); so does a
    # signing family's parameter without its signature: ?st= is a selector on this server, not Azure's start time
    for query_string in ("?v=2", "?st=red", "?st=blue"):
        remote.catalog.write_text(original.replace(".jpg,", f".jpg{query_string},"))
        night = remote()
        assert (night.processed, night.metadata_updated, night.unchanged) == (0, 0, 20) and len(remote.sent) == 20
    assert query(remote.out, "select count(*) from items_history")[1] == [(20,)]
    # until the host answers, nothing says the bytes behind a new query changed: an outage keeps the results (before,
    # ?w=800 added for good made the first outage replace every result with an error row; the eighth adversarial pass)
    remote.down.append(True)
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?st=green,"))
    assert (lambda night: (night.unreachable, night.errors_by_code))(remote(error_budget=1.0)) == (20, {})


def test_a_host_that_refuses_every_image_keeps_the_results_as_in_an_outage(remote, caplog):
    """Signatures expired before the night (a stale export, a resumed run): 403 for every image replaced every result
    with an error row, and the next night ran the model on the whole catalog (the eighth adversarial pass)."""
    remote()
    original = remote.catalog.read_text()
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?X-Amz-Date=1&X-Amz-Signature=old,"))
    remote.refused.extend([403, "Request has expired"])
    expired = remote(error_budget=1.0)
    assert (expired.processed, expired.unreachable, expired.errors_by_code) == (0, 20, {})
    assert "20 image(s) could not be fetched (HTTP 403 for 20, e.g. p-" in caplog.text  # the cause, not "an outage"
    assert len(remote.sent) == 20  # a refusal is not retried
    remote.refused.clear()
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?X-Amz-Date=2&X-Amz-Signature=new,"))
    fresh = remote()
    assert (fresh.processed, fresh.unchanged, remote.sent) == (0, 20, [])


def test_a_signed_url_whose_validator_changed_once_is_asked_again_not_read_every_night(remote):
    """Its new validator was kept under that night's signature, which the next night's never matched: every image
    was read in full every night after (a review of the thirty-first session)."""
    remote()
    original = remote.catalog.read_text()
    for image in remote.images.iterdir():  # touched at the source: a new Last-Modified for the same bytes
        os.utime(image, (1_700_000_500, 1_700_000_500))
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?sig=2,"))
    touched = remote()
    assert (touched.processed, touched.unchanged, len(remote.sent)) == (0, 20, 20)
    remote.catalog.write_text(original.replace(".jpg,", ".jpg?sig=3,"))
    quiet = remote()
    assert (quiet.processed, quiet.unchanged, remote.sent) == (0, 20, []) and len(remote.heads) == 20


def test_an_image_moved_to_a_host_that_is_down_is_another_image_not_a_kept_result(remote):
    remote()
    remote.catalog.write_text(remote.catalog.read_text().replace("/c1.jpg", "/c1-new.jpg"))
    remote.down.append(True)
    night = remote()
    assert night.unreachable == 16 and night.errors_by_code == {"fetch_http_error": 4}


def test_a_run_killed_mid_way_resumes_its_own_plan(night):
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(2))
    assert query(night.out, "select count(*) from items_history")[1] == [(12,)]
    resumed = run_job(config, progress=False, pool=StandinPool)
    assert resumed.resumed_shards == 2 and resumed.processed == 8
    assert (resumed.resumed_items, resumed.unchanged) == (12, 0)  # the killed attempt's 12 were no unchanged items
    assert query(night.out, "select count(*), count(distinct sku), count(distinct run_id) from items_history")[1] == [
        (20, 20, 1)
    ]
    assert query(night.out, "select count(*) from answers")[1] == [(160,)]
    # the run's counts are what it committed, the killed attempt's shards included
    assert query(night.out, "select items, ok, errors from runs")[1] == [(20, 20, 0)]
    assert status_report(night.out)["runs"][-1]["items_processed"] == 20


def test_catalog_only_updates_are_counted_across_a_kill_and_its_resume(night, monkeypatch):
    """The count is on disk before the model runs: a kill (no failure handler runs) loses none of it."""
    import enrich.runner as runner

    night()
    (night.catalog.parent / "images" / "c2.jpg").write_bytes((night.catalog.parent / "images" / "c3.jpg").read_bytes())
    night.catalog.write_text(night.catalog.read_text().replace(",item 5\n", ",RENAMED 5\n"))
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    monkeypatch.setattr(runner, "_fail", lambda *args: None)  # killed: nothing of the failure path runs
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(0))
    monkeypatch.undo()
    killed = status_report(night.out)["runs"][-1]
    assert (killed["shards_done"], killed["shards_pending"]) == (1, 1)  # the catalog-only shard counts as done
    assert killed["status"] == "interrupted"  # its manifest says running, for good; no process holds the output
    # counted from history until it finishes: the copy is a catalog-only update, not an item its model made
    assert query(night.out, "select status, items, metadata_updated from runs")[1][-1] == ("running", 0, 1)
    resumed = run_job(config, progress=False, pool=StandinPool)
    assert resumed.resumed_shards == 1 and resumed.processed == 3  # the catalog-only shard was committed
    assert query(night.out, "select items, metadata_updated from runs")[1][-1] == (3, 1)
    finished = status_report(night.out)["runs"][-1]
    assert (finished["shards_done"], finished["shards_pending"]) == (2, 0)


def test_a_killed_run_is_not_resumed_once_the_seller_columns_mean_something_else(night, tmp_path):
    with_seller_column(night, "color", "Grená")
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(2))
    questionnaire = questionnaire_with_pt_alias(tmp_path, "vinho", "grená")
    rerun = run_job(replace(config, questionnaire=questionnaire), progress=False, pool=StandinPool)
    assert rerun.resumed_shards == 0  # a new plan: the old one had the column unmapped
    assert query(night.out, "select distinct seller_color from items")[1] == [("red",)]
    assert query(night.out, "select count(distinct run_id) from items_history")[1] == [(2,)]


def test_a_killed_run_is_not_resumed_once_a_matching_rule_reads_its_seller_columns_otherwise(night, monkeypatch):
    import enrich.seller_words

    with_seller_column(night, "color", "Grey Marl")
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    monkeypatch.setattr(
        enrich.seller_words, "_SHADES", enrich.seller_words._SHADES - {"marl"}
    )  # the rules of an older version
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(2))
    monkeypatch.undo()
    rerun = run_job(config, progress=False, pool=StandinPool)
    assert rerun.resumed_shards == 0
    assert query(night.out, "select distinct seller_color from items")[1] == [("grey",)]


def test_a_catalog_column_of_its_own_named_seller_something_of_any_type_runs(night, tmp_path):
    import pyarrow.csv
    import pyarrow.parquet as pq

    rows = pyarrow.csv.read_csv(night.catalog)
    since = pa.array([datetime.date(2020, 1, 1)] * rows.num_rows, pa.date32())
    catalog = tmp_path / "catalog.parquet"
    pq.write_table(rows.append_column("seller_since", since), catalog)
    config = load_config(catalog=str(catalog), out=str(tmp_path / "out2"), shard_size=6)
    assert run_job(config, progress=False, pool=StandinPool).processed == 20


def test_catalog_columns_of_types_delta_lake_lacks_are_stored_without_losing_a_value(night, tmp_path):
    """A pandas Parquet catalog's uint8 of 255 failed the whole run (Delta Lake has no unsigned integers), as did
    half floats, times and durations; nanosecond timestamps were truncated on the first night and refused on the
    next."""
    import numpy as np
    import pyarrow.csv
    import pyarrow.parquet as pq

    rows = pyarrow.csv.read_csv(night.catalog)
    n = rows.num_rows
    odd = {
        "flag": pa.array([255] * n, pa.uint8()),
        "big_id": pa.array([2**64 - 1] * n, pa.uint64()),
        "weight": pa.array(np.full(n, 0.5, np.float16), pa.float16()),
        "opens": pa.array([3_600_000_001] * n, pa.time64("us")),
        "lead_time": pa.array([90] * n, pa.duration("s")),
        "latency": pa.array([1500] * n, pa.duration("ns")),
        "listed_at": pa.array([1_000_000_000_123_456_789] * n, pa.timestamp("ns")),
        "rgb": pa.array([[255, 0, 0]] * n, pa.list_(pa.uint8(), 3)),
        "price": pa.array([12345] * n, pa.decimal256(10, 2)),
        "cost": pa.array([12345] * n, pa.decimal32(7, 2)),  # these two failed the commit after the model ran
        "total": pa.array([12345] * n, pa.decimal64(12, 2)),
    }
    catalog = tmp_path / "catalog.parquet"
    pq.write_table(pa.table({**rows.to_pydict(), **odd}), catalog)
    config = load_config(catalog=str(catalog), out=str(tmp_path / "out2"), shard_size=6)
    assert run_job(config, progress=False, pool=StandinPool).processed == 20
    again = run_job(config, progress=False, pool=StandinPool)
    assert (again.processed, again.metadata_updated) == (0, 0)
    columns = "flag, big_id, weight, opens, lead_time, latency, listed_at, rgb, price::varchar, cost, total"
    [stored] = query(tmp_path / "out2", f"select {columns} from items limit 1")[1]
    listed = datetime.datetime(2001, 9, 9, 1, 46, 40, 123456)  # to the microsecond, as Delta keeps time
    money = decimal.Decimal("12345.00")
    assert stored == (
        255,
        2**64 - 1,
        0.5,
        "01:00:00.000001",
        90.0,
        1.5e-6,
        listed,
        "[255, 0, 0]",
        "12345.00",
        money,
        money,
    )


def test_a_column_empty_on_the_first_night_takes_the_type_of_its_first_values(night, tmp_path):
    """A column with no value in any row (Parquet's or JSON's null type) is stored as Delta's void type; every later
    night with a value in it was refused (cast to the recorded null type)."""
    import pyarrow.csv
    import pyarrow.parquet as pq

    rows = pyarrow.csv.read_csv(night.catalog)
    catalog = tmp_path / "catalog.parquet"
    config = load_config(catalog=str(catalog), out=str(tmp_path / "out2"), shard_size=6)
    for launch, updated in ((pa.nulls(rows.num_rows), 0), (pa.array([2024] * rows.num_rows), 20)):
        pq.write_table(rows.append_column("launch", launch), catalog)
        assert run_job(config, progress=False, pool=StandinPool).metadata_updated == updated
    pq.write_table(rows.append_column("launch", pa.nulls(rows.num_rows)), catalog)
    assert run_job(config, progress=False, pool=StandinPool).metadata_updated == 20
    stored = query(tmp_path / "out2", "select typeof(launch), count(launch) from items_history group by 1")[1]
    assert stored == [("BIGINT", 20)]  # a number still, not text


def test_a_value_that_does_not_fit_the_type_an_earlier_night_recorded_is_refused_with_what_to_do(night, tmp_path):
    """An earlier enrich stored a uint8 catalog column of small values as int8; a 255 cannot go there."""
    import pyarrow.csv
    import pyarrow.parquet as pq

    from enrich import EnrichError

    rows = pyarrow.csv.read_csv(night.catalog)
    catalog = tmp_path / "catalog.parquet"
    pq.write_table(rows.append_column("flag", pa.array([1] * rows.num_rows, pa.int8())), catalog)
    config = load_config(catalog=str(catalog), out=str(tmp_path / "out2"), shard_size=6)
    run_job(config, progress=False, pool=StandinPool)
    pq.write_table(rows.append_column("flag", pa.array([255] * rows.num_rows, pa.uint8())), catalog)
    with pytest.raises(EnrichError, match="'flag' is uint8 in this catalog but int8 in the output.*rename the column"):
        run_job(config, progress=False, pool=StandinPool)


def test_images_that_fail_every_night_do_not_fail_a_quiet_night_but_new_failures_do(night):
    from enrich import exits

    bad = "bad-1,http://10.9.9.9/a.jpg,x\nbad-2,http://10.9.9.9/b.jpg,y\n"  # fetch_blocked: tried every night
    night.catalog.write_text(night.catalog.read_text() + bad)
    first = night(error_budget=0.2)
    assert (first.processed, first.errors, first.repeated_errors) == (22, 2, 0) and exits.of_run(first)[0] == 0
    quiet = night(error_budget=0.2)
    assert (quiet.processed, quiet.errors, quiet.repeated_errors) == (2, 2, 2) and exits.of_run(quiet) == (0, None)
    night.catalog.write_text(night.catalog.read_text() + "bad-3,http://10.9.9.9/c.jpg,z\n")
    code, line = exits.of_run(night(error_budget=0.2))
    assert code == exits.OVER_BUDGET and line.startswith(
        "error budget exceeded: 100.0% of processed items failed (not counting 2 that failed the same way before)"
    )


def test_a_resumed_run_judges_every_attempts_new_failures_not_those_the_killed_attempt_repeated(night):
    from enrich import exits

    old = "".join(f"bad-{i},http://10.9.9.9/{i}.jpg,x\n" for i in range(6))
    night.catalog.write_text(night.catalog.read_text() + old)
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    run_job(replace(config, error_budget=0.2), progress=False, pool=StandinPool)
    night.catalog.write_text(
        night.catalog.read_text() + "".join(f"new-{i},http://10.9.9.9/n{i}.jpg,x\n" for i in range(6))
    )
    with pytest.raises(KeyboardInterrupt):  # the shard of the 6 old failures is committed, then the kill
        run_job(replace(config, error_budget=0.2), progress=False, pool=dies_after(1))
    resumed = run_job(replace(config, error_budget=0.2), progress=False, pool=StandinPool)
    # this attempt made the 6 new failures; the run, every attempt's, 12, of which the 6 old ones failed before
    assert (resumed.processed, resumed.errors, resumed.repeated_errors) == (6, 6, 6)
    assert (resumed.judged_items, resumed.judged_errors, resumed.error_share) == (12, 12, 1.0)
    assert exits.of_run(resumed)[0] == exits.OVER_BUDGET


def test_deleted_items_leave_the_current_tables(night):
    night()
    lines = night.catalog.read_text().splitlines()
    night.catalog.write_text("\n".join(line for line in lines if not line.startswith("p-4,")) + "\n")
    summary = night()
    assert summary.deleted == 1 and summary.processed == 0
    assert query(night.out, "select count(*) from items where sku = 'p-4'")[1] == [(0,)]
    assert query(night.out, "select count(*) from items_history where sku = 'p-4'")[1] == [(1,)]
    assert not Layout.of(night.out).plan(summary.run_id).exists()


def test_a_full_disk_is_one_line_and_a_failed_run_that_the_same_command_resumes(night, monkeypatch):
    import errno

    from enrich import EnrichError
    from enrich.store import Layout, runs, writer

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "tables/items_history/part-0.parquet")

    with monkeypatch.context() as patched:
        patched.setattr(writer, "commit", full)
        with pytest.raises(EnrichError, match=r"the disk holding .*out is full \(\d+ MB free\) while committing"):
            night()
    [manifest] = runs.manifests(Layout.of(night.out))
    assert manifest["status"] == "failed" and "is full" in manifest["error"]
    assert night().processed == 20  # the same command again, with space: the run completes


def test_a_reprocess_enriches_its_skus_again_and_nothing_else(night):
    night()
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    again = run_job(config, progress=False, only_skus={"p-2", "p-9"}, pool=StandinPool)
    assert again.items == 2 and again.processed == 2
    assert query(night.out, "select count(*) from items_history where sku in ('p-2', 'p-9')")[1] == [(4,)]


def test_a_reprocess_of_skus_none_of_which_is_in_the_catalog_says_so(night):
    """With no sku found, an empty selection of rows ended in a pyarrow traceback before this was said."""
    from enrich import EnrichError

    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    with pytest.raises(EnrichError, match=r"2 sku\(s\) to reprocess are not in the catalog .*\['nope', 'p-99'\]"):
        run_job(config, progress=False, only_skus={"nope", "p-99"}, pool=StandinPool)
    padded = run_job(config, progress=False, only_skus={"p-3 "}, pool=StandinPool)  # as an older output stored it
    assert padded.items == 1


def test_a_sku_whose_accents_an_export_writes_apart_one_night_is_the_same_item(night, caplog):
    """An export that wrote "café" decomposed (NFD) one night and composed (NFC) the next made two items of one
    product: each flip deleted the one and ran the model for the other."""
    lines = night.catalog.read_text().splitlines()
    decomposed, composed = "cafe\u0301", "caf\u00e9"
    lines[1] = decomposed + lines[1][lines[1].index(",") :]
    night.catalog.write_text("\n".join(lines) + "\n")
    assert night().processed == 20 and "read composed (NFC) as 'café'" in caplog.text
    night.catalog.write_text("\n".join([lines[0], composed + lines[1][len(decomposed) :], *lines[2:]]) + "\n")
    again = night()
    assert again.processed == 0 and again.deleted == 0
    assert query(night.out, f"select count(*) from items where sku = '{composed}'")[1] == [(1,)]
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    assert run_job(config, progress=False, only_skus={decomposed}, pool=StandinPool).processed == 1


def test_an_output_that_stored_its_skus_decomposed_keeps_their_spelling(night, monkeypatch):
    """Written before skus were read composed (a folder synced from macOS names files decomposed): read composed,
    14 of 20 current items looked gone, and the night was refused as a truncated export naming a sku the catalog
    has; with --allow-shrink the model ran on each of them again, and their history split."""
    import enrich.catalog_checks as checks

    lines = night.catalog.read_text().splitlines()
    decomposed = [f"cafe\u0301-{line}" for line in lines[1:15]]
    night.catalog.write_text("\n".join([lines[0], *decomposed, *lines[15:]]) + "\n")
    with monkeypatch.context() as older:  # as an older version read them: as written
        older.setattr(checks, "_composed", lambda skus, source: skus)
        assert night().processed == 20
    again = night()
    assert (again.processed, again.deleted) == (0, 0)
    assert query(night.out, "select count(*) from items where sku like 'cafe\u0301-%'")[1] == [(14,)]


def test_a_catalog_moved_away_from_its_images_stops_the_night_before_its_results_become_error_rows(night, caplog):
    """Tonight's export written to another folder (absolute image paths into the old one): the images were outside
    the allowed roots, which no night said until a re-sync touched them; then every result became a
    path_outside_roots row, and once --image-root was added every item went through the model again."""
    import shutil

    from enrich import EnrichError

    night()
    images = night.catalog.parent / "images"
    lines = night.catalog.read_text().splitlines()
    moved = night.catalog.parent.parent / "exports" / "catalog.csv"
    moved.parent.mkdir()
    moved.write_text("\n".join([lines[0], *(line.replace("images/", f"{images}/", 1) for line in lines[1:])]) + "\n")
    config = load_config(catalog=str(moved), out=str(night.out), shard_size=6)
    with pytest.raises(EnrichError, match=r"20 of the 20 local images that gave results lie outside the allowed"):
        run_job(config, progress=False, pool=StandinPool)
    allowed = load_config(catalog=str(moved), out=str(night.out), shard_size=6, image_roots=(str(images),))
    assert run_job(allowed, progress=False, pool=StandinPool).processed == 0  # nothing lost, nothing to redo
    # two items whose images moved out of the roots: said, and the night runs (their reads are refused)
    elsewhere = shutil.copytree(images, night.catalog.parent.parent / "elsewhere")
    partly = [lines[0], *lines[1:19], *(line.replace("images/", f"{elsewhere}/", 1) for line in lines[19:])]
    night.catalog.write_text("\n".join(partly) + "\n")
    summary = night()
    assert "2 of the 20 local images that gave results lie outside the allowed image roots" in caplog.text
    assert summary.errors_by_code == {"path_outside_roots": 2}


def test_images_reached_through_a_symlink_into_a_root_are_inside_it(night, caplog):
    """The locations are compared with the roots as written first; a folder linked into a root is resolved, as the
    read resolves it, and no night is refused for it."""
    night()
    images = night.catalog.parent / "images"
    (night.catalog.parent.parent / "link").symlink_to(images)
    lines = night.catalog.read_text().splitlines()
    linked = [line.replace("images/", f"{night.catalog.parent.parent / 'link'}/", 1) for line in lines[1:]]
    night.catalog.write_text("\n".join([lines[0], *linked]) + "\n")
    summary = night()
    assert summary.errors_by_code == {} and "outside the allowed image roots" not in caplog.text


def test_a_translator_added_translates_the_items_already_enriched(night):
    """The translator was in no item's inputs: items enriched before kept "no MT model configured" (or an older
    translator's text) for good, while new items were translated, and `items` mixed the two."""
    import shutil

    from enrich.config import DEMO_DIR

    night()  # the demo bundle's translator
    other = shutil.copytree(DEMO_DIR / "demo-mt", night.out.parent / "other-mt")
    (other / "generation_config.json").write_text(
        (other / "generation_config.json").read_text().replace("{", '{"x": 1, ', 1)
    )
    before = query(night.out, "select distinct translator_fingerprint from items")[1]
    assert night(mt_model=str(other)).processed == 20
    assert night(mt_model=str(other)).processed == 0
    assert query(night.out, "select distinct translator_fingerprint from items")[1] != before
    back = night()  # and back: what the first translator made is in history
    assert (back.processed, back.metadata_updated) == (0, 20)
    assert query(night.out, "select distinct translator_fingerprint from items")[1] == before


def test_inputs_rolled_back_restore_what_they_made_from_history_without_the_model(night):
    """Rolling a model, adapter, translator or questionnaire back (the runbook's fix for a failed audit) sent every
    item through the model again, a whole night of the GPUs, though history held what those inputs had made of the
    same images. Restored as an item back in the catalog is: tonight's catalog columns, the image checked."""
    from enrich.config import DEMO_DIR

    first = night()
    other = shutil.copytree(DEMO_DIR / "demo-mt", night.out.parent / "other-mt")
    (other / "generation_config.json").write_text(
        (other / "generation_config.json").read_text().replace("{", '{"x": 1, ', 1)
    )
    calls = len(night.calls)
    assert night(mt_model=str(other)).processed == 20
    images = night.catalog.parent / "images"
    (images / "c2.jpg").write_bytes((images / "c3.jpg").read_bytes())  # p-2, p-8, p-14: another photo since
    os.utime(images / "c4.jpg", (time.time() + 5, time.time() + 5))  # p-4, p-10, p-16: touched, the same bytes
    night.catalog.write_text(night.catalog.read_text().replace("p-3,images/c3.jpg,item 3", "p-3,images/c3.jpg,RENAMED"))
    back = night()
    assert (back.processed, back.metadata_updated) == (3, 17)
    assert query(night.out, "select count(*) from items where enriched_run_id = $r", {"r": first.run_id})[1] == [(17,)]
    assert query(night.out, "select title, enriched_run_id from items where sku = 'p-3'")[1] == [
        ("RENAMED", first.run_id)
    ]
    same = "select count(*) from answers a join answers_history h using (sku, question_id) where h.run_id = $r"
    same += " and a.answer_pt is not distinct from h.answer_pt and a.sku not in ('p-2', 'p-8', 'p-14')"
    assert query(night.out, same, {"r": first.run_id})[1] == [(17 * 8,)]
    assert len(night.calls) == calls + 2  # the translator's night, and the three new photos
    assert night().processed == 0


def rolled_forward(out: Path) -> str:
    """Another translator (its generation config edited): every item made with the demo's is then stale."""
    from enrich.config import DEMO_DIR

    other = shutil.copytree(DEMO_DIR / "demo-mt", out.parent / "other-mt")
    (other / "generation_config.json").write_text(
        (other / "generation_config.json").read_text().replace("{", '{"x": 1, ', 1)
    )
    return str(other)


def test_a_rollback_resumed_after_a_vacuum_removed_its_rows_keeps_those_items_as_they_were(night, monkeypatch, caplog):
    """The plan names the history row each item is restored from; a vacuum between the kill and the resume removed
    it: the resume wrote the current row, made with the inputs rolled back, under the run as if restored."""
    import enrich.runner as runner

    night()
    forward = night(mt_model=rolled_forward(night.out))
    for image in (night.catalog.parent / "images").iterdir():  # read and hashed: restored in the decode tasks
        os.utime(image, (time.time() + 5, time.time() + 5))
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    monkeypatch.setattr(runner, "_fail", lambda *args: None)  # killed: nothing of the failure path runs
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(1))
    monkeypatch.undo()
    assert CliRunner().invoke(main, ["vacuum", str(night.out), "--keep-days", "0"]).exit_code == 0
    with caplog.at_level("WARNING"):
        resumed = run_job(config, progress=False, pool=StandinPool)
    assert resumed.resumed_shards == 1
    copied = "select count(*) from items where run_id = $r and enriched_run_id = $f"
    assert query(night.out, copied, {"r": resumed.run_id, "f": forward.run_id})[1] == [(0,)]
    assert query(night.out, "select count(*) from items where run_id = $r", {"r": forward.run_id})[1] == [(14,)]
    assert "no longer in history" in caplog.text
    again = night()  # planned again: the model, their rows in history gone
    assert again.processed == 14 and query(night.out, "select count(distinct run_id) from items")[1] == [(2,)]


def test_an_image_host_down_on_a_rollback_night_keeps_the_items_to_restore_the_next(remote):
    """Restored from history, an item whose image could not be fetched became an error row, as an item back in the
    catalog does: but it has a current result, which an outage keeps; the error row lost the restore, and the next
    night ran the model on it."""
    remote()
    remote(mt_model=rolled_forward(remote.out))
    remote.down.append("c3.jpg")  # p-3, p-9, p-15
    outage = remote(error_budget=0)
    assert (outage.unreachable, outage.errors_by_code, outage.metadata_updated) == (3, {}, 17)
    remote.down.clear()
    back = remote()
    assert (back.processed, back.metadata_updated) == (0, 3)
    assert remote().processed == 0


def test_an_item_back_in_the_catalog_after_a_rollback_is_restored_from_what_tonights_inputs_made(night):
    """Dropped while the rolled-back translator was on, its newest result in history is that translator's: it went
    through the model, though history held what tonight's had made of the same image."""
    first = night()
    whole = night.catalog.read_text()
    forward = rolled_forward(night.out)
    night(mt_model=forward)
    night.catalog.write_text("\n".join(line for line in whole.splitlines() if not line.startswith("p-3,")) + "\n")
    night(mt_model=forward)
    night.catalog.write_text(whole)
    back = night()
    assert (back.processed, back.metadata_updated) == (0, 20)
    assert query(
        night.out, "select count(*), count(distinct sku) from items where enriched_run_id = $r", {"r": first.run_id}
    )[1] == [(20, 20)]
    assert query(night.out, "select count(*), count(distinct sku) from answers where sku = 'p-3'")[1] == [(8, 1)]


def test_rows_whose_adapters_fingerprint_counted_an_unused_named_adapter_are_not_enriched_again(night, monkeypatch):
    """Unused named adapters left the fingerprint; rows an older version wrote counted them, and the first night after
    the upgrade sent the whole catalog through the model."""
    import enrich.runner as runner
    from enrich.config import DEMO_DIR
    from enrich.job import adapter_fingerprint

    unused = (("caption", str(DEMO_DIR / "demo-blip2-questionnaire")),)
    with monkeypatch.context() as older:  # the fingerprint as written before: every named adapter in it
        older.setattr(runner, "adapter_fingerprint", lambda config, questionnaire=None: adapter_fingerprint(config))
        assert night(adapters=unused).processed == 20
    assert night(adapters=unused).processed == 0


@pytest.mark.parametrize(
    "stored, missing, tonight, same",
    [
        (None, "no MT model configured", "none", True),  # written before the column: as tonight's, no rerun
        (None, "no MT model configured", "fp-mt", False),  # ... but a translator added since translates them
        (None, None, "fp-mt", True),  # translated by an unknown one: kept
        ("none", "no MT model configured", "fp-mt", False),
        ("fp-old", None, "fp-mt", False),
        ("fp-mt", None, "fp-mt", True),
    ],
)
def test_which_rows_a_translator_counts_as_its_own(stored, missing, tonight, same):
    """Also on an output written before the column existed (its first night after the upgrade: a translator added
    then was applied to nothing, and the night after some unrelated change sent the whole catalog through the model)."""
    import duckdb

    from enrich.plan import _SAME_TRANSLATOR, _UNRECORDED_TRANSLATOR

    con = duckdb.connect()
    con.execute("CREATE TABLE c (translator_fingerprint VARCHAR, caption_pt_missing VARCHAR)")
    con.execute("INSERT INTO c VALUES (?, ?)", [stored, missing])
    assert con.execute(f"SELECT {_SAME_TRANSLATOR} FROM c", {"t": tonight}).fetchall() == [(same,)]
    if stored is None:  # the same rows in an output without the column
        con.execute("ALTER TABLE c DROP COLUMN translator_fingerprint")
        assert con.execute(f"SELECT {_UNRECORDED_TRANSLATOR} FROM c", {"t": tonight}).fetchall() == [(same,)]
    assert con.execute(f"SELECT {_UNRECORDED_TRANSLATOR} FROM c", {"t": None}).fetchall() == [(True,)]


def test_a_truncated_catalog_export_stops_the_night_before_it_deletes_the_items_it_lost(night):
    """2 rows of 20 exported: 18 current items were deleted with exit 0, and the next night, with the whole catalog
    back, the model ran on all 18 again."""
    from enrich import EnrichError

    night()
    whole = night.catalog.read_text()
    night.catalog.write_text("\n".join(whole.splitlines()[:3]) + "\n")
    for full in (False, True):
        with pytest.raises(EnrichError, match=r"no longer has 18 of the 20 items that gave results .*--allow-shrink"):
            night(full=full)
    assert query(night.out, "select count(*) from items")[1] == [(20,)]
    night.catalog.write_text(whole)
    assert night().processed == 0  # the whole catalog back: nothing to do, nothing lost
    lines = whole.splitlines()
    night.catalog.write_text("\n".join(lines[:12]) + "\n")  # 11 of 20 kept: under half dropped, a normal night
    assert night().deleted == 9
    night.catalog.write_text("\n".join(lines[:2]) + "\n")  # the catalog really shrank, and the run is told
    shrunk = night(allow_shrink=True)
    assert shrunk.deleted == 10 and query(night.out, "select count(*) from items")[1] == [(1,)]
    broken = "".join(f"x-{i},images/gone-{i}.jpg,broken\n" for i in range(12))  # 12 error rows of 13 items
    night.catalog.write_text(night.catalog.read_text() + broken)
    assert night().errors == 12
    night.catalog.write_text("\n".join(lines[:2]) + "\n")  # the seller removes the broken products: no refusal
    assert night().deleted == 12


def test_a_night_whose_image_folder_is_not_mounted_stops_before_writing(night, monkeypatch):
    """Every item became a missing_file error row, replacing every result; with the folder back, every item went
    through the model again."""
    from enrich import EnrichError

    night()
    images = night.catalog.parent / "images"
    images.rename(images.with_name("unmounted"))
    images.mkdir()  # an empty mount point
    for full in (False, True):  # a --full run (and a reprocess, which is one) too
        with pytest.raises(EnrichError, match=r"20 of the 20 items that gave results have lost their image .*mounted"):
            night(full=full)
    assert query(night.out, "select count(*) from items where status = 'ok'")[1] == [(20,)]
    images.rmdir()
    images.with_name("unmounted").rename(images)
    import enrich.plan

    with monkeypatch.context() as stale:  # a stale network mount: every stat fails (EIO), nothing is "missing"
        stale.setattr(enrich.plan, "image_stamp", lambda location: None)
        with pytest.raises(EnrichError, match="have lost their image now"):
            night()
    assert night().processed == 0
    good = night.catalog.read_text()
    night.catalog.write_text(re.sub(r",images/c\d\.jpg,", ",,", good))  # a botched export: the image column blank
    with pytest.raises(EnrichError, match="e.g. a blank image cell"):
        night()
    night.catalog.write_text(good)
    shutil.copytree(images, images.with_name("kept"))
    for image in images.iterdir():
        os.truncate(image, 0)  # a copy that left every file empty
    with pytest.raises(EnrichError, match="have lost their image now"):
        night()
    shutil.rmtree(images)
    images.with_name("kept").rename(images)
    (images / "c1.jpg").unlink()  # a few images deleted: their items' error rows, as before
    assert night(error_budget=0.5).errors_by_code == {"missing_file": 4}


def test_a_machine_whose_clock_is_behind_the_outputs_newest_run_is_refused(night, monkeypatch):
    """The newest result wins by processed_at: behind, a run's results were never published, every night."""
    import enrich.store.runs as runs
    from enrich import EnrichError

    night()
    behind = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    monkeypatch.setattr(
        runs, "datetime", type("Behind", (datetime.datetime,), {"now": staticmethod(lambda tz: behind)})
    )
    with pytest.raises(EnrichError, match=r"this machine's clock .* is behind this output's newest run"):
        night()
    monkeypatch.undo()
    [manifest_path] = [p for p in Layout.of(night.out).manifests()]
    manifest = json.loads(manifest_path.read_text())
    ended = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)  # a run that ended "later" than now
    manifest_path.write_text(
        json.dumps(manifest | {"started_at": "2020-01-01T00:00:00", "finished_at": ended.isoformat()})
    )
    with pytest.raises(EnrichError, match="behind this output's newest run"):  # its end counts; a naive start, UTC
        night()
    year_ahead = ended + datetime.timedelta(days=365)  # that run's machine was ahead: warned of, never locked out
    manifest_path.write_text(json.dumps(manifest | {"finished_at": year_ahead.isoformat()}))
    assert night().processed == 0


def test_a_nul_in_an_image_location_is_that_items_error_every_night(night):
    """A file:// URI's %00 (or a JSON "\\u0000") reached os.stat in the planner: ValueError, the whole night lost."""
    images = night.catalog.parent / "images"
    night.catalog.write_text(night.catalog.read_text() + f"x-1,file://{images}/c1.jpg%00,t\n")
    for _ in range(2):
        summary = night(error_budget=0.5)
        assert summary.errors_by_code == {"unsupported_uri": 1}
    assert query(night.out, "select error from items where sku = 'x-1'")[1][0][0].endswith("holds a NUL")


def test_a_killed_run_is_not_resumed_after_another_run(night):
    """Night 2 killed, night 3 another catalog, then night 2's catalog again: it resumed night 2's plan, made
    before night 3's results, and left items that contradicted the catalog just run ("3 unchanged", finished)."""
    night()
    first = night.catalog.read_text()
    second = first.replace("p-1,images/c1.jpg", "p-1,images/c2.jpg") + "q-1,images/c3.jpg,new\n"
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    night.catalog.write_text(second)
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(0))
    killed_plan = next(Layout.of(night.out).root.glob("runs/*/plan.parquet"))
    night.catalog.write_text(first.replace("p-2,images/c2.jpg", "p-2,images/c4.jpg"))  # p-2 changes now
    night()
    assert not killed_plan.exists()  # never read again: no plan of a run that cannot resume stays on disk
    night.catalog.write_text(second)  # p-2 as before: the killed run's plan had it unchanged
    again = run_job(config, progress=False, pool=StandinPool)
    assert again.resumed_shards == 0
    rows = query(night.out, "select sku, image_uri from items where sku in ('p-1', 'p-2', 'q-1') order by sku")[1]
    assert [(sku, uri.rsplit("/", 1)[-1]) for sku, uri in rows] == [
        ("p-1", "c2.jpg"),
        ("p-2", "c2.jpg"),
        ("q-1", "c3.jpg"),
    ]


def test_a_sigterm_says_on_stderr_what_the_manifest_records(night, caplog):
    """cron's `timeout`, systemd and `ray job stop` send SIGTERM (Ray's handler makes it SystemExit): the run exited 1
    with no line of its own, its reason only in the manifest."""

    class Terminated(StandinPool):
        def results(self, shards_to_do, known):
            raise SystemExit(1)
            yield

    night()
    night.catalog.write_text(night.catalog.read_text() + "y-1,images/c1.jpg,new\n")
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    with pytest.raises(SystemExit):
        run_job(config, progress=False, pool=Terminated)
    assert "stopped (a SIGTERM or an exit, code 1): run the same command again to resume" in caplog.text


def test_status_tells_an_interrupted_run_from_one_another_run_superseded_and_names_a_stop(night, monkeypatch):
    """A killed run's manifest says `running` for good: status showed it running, with shards pending, forever."""
    import enrich.runner as runner

    night()
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    night.catalog.write_text(night.catalog.read_text() + "y-1,images/c1.jpg,new\n")
    with pytest.raises(KeyboardInterrupt):  # Ctrl-C: recorded as failed, in words (not "KeyboardInterrupt: ")
        run_job(config, progress=False, pool=dies_after(0))
    stopped = status_report(night.out)["runs"][-1]
    assert stopped["error"] == "interrupted (Ctrl-C): run the same command again to resume"
    assert stopped["status"] == "failed" and stopped["shards_pending"] == 1  # the same command resumes it
    night.catalog.write_text(night.catalog.read_text() + "".join(f"y-{i},images/c2.jpg,new\n" for i in range(2, 9)))
    monkeypatch.setattr(runner, "_fail", lambda *args: None)  # killed: nothing of the failure path runs
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(1))  # its first shard committed, the manifest not told
    monkeypatch.undo()
    killed = status_report(night.out)["runs"][-1]
    assert (killed["status"], killed["shards_done"], killed["shards_pending"]) == ("interrupted", 1, 1)
    assert killed["items_processed"] == 6  # its committed shard's rows, as the runs view counts them (the manifest: 0)
    night.catalog.write_text(night.catalog.read_text() + "z-3,images/c3.jpg,new\n")  # another catalog runs next
    night()
    runs = status_report(night.out)["runs"]
    assert [r["status"] for r in runs] == ["finished", "failed", "superseded", "finished"]
    assert [r["shards_pending"] for r in runs] == [0, 0, 0, 0]  # never resumed: the later run did their work


def test_status_counts_the_committed_shards_of_a_superseded_run(night, monkeypatch):
    """Only the newest run's shards were counted from the Delta log: a killed run superseded by the next one said
    "0 done" beside the items its committed shards hold (the manifest's count of its last write), so a superseded
    reprocess whose every shard had landed looked as if it had to be run again."""
    import enrich.runner as runner

    night()
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6, commit_every_s=0)
    night.catalog.write_text(night.catalog.read_text() + "".join(f"y-{i},images/c2.jpg,new\n" for i in range(9)))
    monkeypatch.setattr(runner, "_fail", lambda *args: None)  # killed: nothing of the failure path runs
    with pytest.raises(KeyboardInterrupt):
        run_job(config, progress=False, pool=dies_after(1))  # its first shard committed, the manifest not told
    monkeypatch.undo()
    night.catalog.write_text(night.catalog.read_text() + "z-3,images/c3.jpg,new\n")  # another catalog runs next
    night()
    superseded = status_report(night.out)["runs"][1]
    assert (superseded["status"], superseded["shards_done"], superseded["items_processed"]) == ("superseded", 1, 6)


def test_a_sku_the_catalog_dropped_again_after_a_reprocess_leaves_the_current_tables(night):
    """A reprocess of a sku added for a while, then the catalog as before: the recorded catalog was found the same,
    and the sku stayed in items and answers for good (coverage audits only look from the catalog's side)."""
    night()
    before = night.catalog.read_text()
    night.catalog.write_text(before + "x-1,images/c1.jpg,extra\n")
    config = load_config(catalog=str(night.catalog), out=str(night.out), shard_size=6)
    run_job(config, progress=False, only_skus={"x-1"}, pool=StandinPool)
    assert query(night.out, "select count(*) from items where sku = 'x-1'")[1] == [(1,)]
    night.catalog.write_text(before)
    assert night().deleted == 1
    assert query(night.out, "select (select count(*) from items where sku = 'x-1'), count(*) from answers")[1] == [
        (0, query(night.out, "select count(*) from answers where sku like 'p-%'")[1][0][0])
    ]
    assert query(night.out, "select count(*) from items_history where sku = 'x-1'")[1] == [(1,)]  # history keeps it


def test_reprocessing_a_copied_output_writes_into_the_copy(night, tmp_path):
    """An output records the folder it was made in; reprocessing a copy (a restore, a move) changed the original."""
    import shutil

    from enrich.reprocess import latest_config

    night()
    copy = tmp_path / "copy"
    shutil.copytree(night.out, copy)
    config = latest_config(copy)
    assert config.out == str(copy)
    run_job(config, progress=False, pool=StandinPool, only_skus={"p-1"})
    assert len(list((copy / "runs").iterdir())) == 2 and len(list((night.out / "runs").iterdir())) == 1


def test_catalog_column_names_with_quotes_stay_names_in_the_plans_sql(tmp_path):
    """The names were pasted into the plan's SQL: a quote ended the identifier (a syntax error on the second
    night), and a crafted name ran its own SQL."""
    catalog = make_catalog(tmp_path, 4)
    crafted = "x\" IS NOT NULL OR error('injected') OR k.\"x"
    header = f'sku,image,title,"{crafted.replace(chr(34), chr(34) * 2)}","it""s"'
    rows = catalog.read_text().splitlines()[1:]
    catalog.write_text("\n".join([header, *(f"{row},a,b" for row in rows)]) + "\n")
    config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), shard_size=6)
    assert run_job(config, progress=False, pool=StandinPool).processed == 4
    catalog.write_text(catalog.read_text().replace(",a,b", ",a,c", 1))
    night = run_job(config, progress=False, pool=StandinPool)
    assert (night.processed, night.metadata_updated) == (0, 1)
    assert query(tmp_path / "out", """select "it""s" from items order by sku""")[1] == [("c",), ("b",), ("b",), ("b",)]


def test_status_still_lists_the_runs_when_a_history_file_is_missing(night, caplog):
    """A partial restore (or a vacuum under way): status, what an operator runs then, failed with the view's error."""
    night()
    history = Layout.of(night.out).table("items_history")
    next(history.glob("*.parquet")).unlink()
    report = status_report(night.out)
    assert [r["status"] for r in report["runs"]] == ["finished"] and report["runs"][0]["items_processed"] == 20
    assert "run counts from the manifests only" in caplog.text and "is missing" in caplog.text


def test_an_item_back_in_the_catalog_is_restored_from_history_without_the_model(night):
    """A product delisted and listed again (or a night's catalog cut short): it went through the model again."""
    first = night()
    whole = night.catalog.read_text()
    lines = whole.splitlines()
    night.catalog.write_text("\n".join(line for line in lines if not line.startswith(("p-3,", "p-4,"))) + "\n")
    assert night().deleted == 2
    edited = whole.replace("p-4,images/c4.jpg,item 4", "p-4,images/c4.jpg,item 4 relisted")
    night.catalog.write_text(edited)
    calls = len(night.calls)
    back = night()
    assert (back.processed, back.metadata_updated) == (0, 2) and len(night.calls) == calls  # no model, no pool
    restored = "select sku, title, enriched_run_id from items where sku in ('p-3', 'p-4') order by sku"
    assert query(night.out, restored)[1] == [
        ("p-3", "item 3", first.run_id),
        ("p-4", "item 4 relisted", first.run_id),
    ]
    answers = "select count(*) from answers where sku in ('p-3', 'p-4')"
    assert query(night.out, answers)[1] == query(night.out, answers.replace("('p-3', 'p-4')", "('p-5', 'p-6')"))[1]
    images = night.catalog.parent / "images"
    night.catalog.write_text("\n".join(line for line in lines if not line.startswith("p-5,")) + "\n")
    night()
    (images / "c5.jpg").write_bytes((images / "c0.jpg").read_bytes())  # while delisted, its photo changed
    night.catalog.write_text(whole)
    assert night().processed == 3  # p-5, and p-11 and p-17 on the same c5.jpg: the model, as for any new image


def test_items_back_in_several_shards_are_read_from_history_once_a_night(night, monkeypatch):
    """Read for each shard that restored one, every read scanned the whole history (about 5 s at 11 million rows)."""
    from enrich import plan
    from enrich.store import returning

    monkeypatch.setattr(plan, "METADATA_SHARD", 3)
    night()
    whole = night.catalog.read_text()
    back = tuple(f"p-{i}," for i in range(1, 9))  # three metadata shards
    night.catalog.write_text("\n".join(line for line in whole.splitlines() if not line.startswith(back)) + "\n")
    night()
    reads = []
    monkeypatch.setattr(returning, "newest_ok", lambda con: reads.append(1) or newest_ok(con))
    night.catalog.write_text(whole)
    restored = night()
    assert (restored.processed, restored.metadata_updated, len(reads)) == (0, 8, 2)  # the plan's, the writer's
    assert query(night.out, "select count(*) from items where status = 'ok'")[1] == [(20,)]


def test_the_items_back_are_held_in_python_a_shard_at_a_time(night, monkeypatch):
    """Read once a night, every item back and its answers were held in Python for the whole night, through the
    publish (about 3 KB an item: 300 MB after a cut-short catalog with 100,000 items, over the driver's 1 GB)."""
    from enrich import plan
    from enrich.store import returning

    monkeypatch.setattr(plan, "METADATA_SHARD", 3)
    night()
    whole = night.catalog.read_text()
    back = tuple(f"p-{i}," for i in range(1, 9))  # three metadata shards
    night.catalog.write_text("\n".join(line for line in whole.splitlines() if not line.startswith(back)) + "\n")
    night(allow_shrink=True)
    held, rows = [], returning.ReturningItems.rows

    def counted(self, *args):
        items, answers = rows(self, *args)
        held.append(0 if items is None else items.num_rows)
        return items, answers

    monkeypatch.setattr(returning.ReturningItems, "rows", counted)
    night.catalog.write_text(whole)
    restored = night()
    assert (restored.processed, restored.metadata_updated) == (0, 8)
    assert held == [3, 3, 2]  # each shard's own
    sql = "select count(*), count(distinct sku) from answers where sku in ('p-1', 'p-2', 'p-3', 'p-4', 'p-5')"
    assert query(night.out, sql)[1] == [(40, 5)]


def test_a_remote_item_back_in_the_catalog_is_restored_without_its_bytes_or_the_model(remote):
    remote()
    whole = remote.catalog.read_text()
    remote.catalog.write_text("\n".join(line for line in whole.splitlines() if not line.startswith("p-3,")) + "\n")
    assert remote().deleted == 1
    remote.catalog.write_text(whole)
    back = remote()
    assert (back.processed, back.metadata_updated) == (0, 1)
    assert all(status == 304 for _, status in remote.sent)  # asked with its validator: no bytes sent
    assert query(remote.out, "select status from items where sku = 'p-3'")[1] == [("ok",)]
    remote.catalog.write_text("\n".join(line for line in whole.splitlines() if not line.startswith("p-3,")) + "\n")
    remote()
    remote.catalog.write_text(whole)
    remote.down.append("c3.jpg")  # its host fails tonight: no current result to keep, so an error row, as before
    outage = remote(error_budget=1)
    assert outage.errors_by_code == {"fetch_http_error": 1}
    assert query(remote.out, "select error_code from items where sku = 'p-3'")[1] == [("fetch_http_error",)]


def test_an_item_back_whose_seller_garment_was_blanked_reads_its_region_from_its_answer_in_history(night):
    """The stored garment answer picks the region when the seller's does not: it was looked up in the current answers
    only, so an item back from history got the whole frame."""
    from enrich.figure import region_of

    whole = night.catalog.read_text()

    def with_category(value, text=whole):
        rows = text.splitlines()
        return "\n".join([rows[0] + ",category"] + [f"{row},{value}" for row in rows[1:]]) + "\n"

    night.catalog.write_text(with_category("Shirts"))
    night()
    night.catalog.write_text(
        with_category("Shirts", "\n".join(r for r in whole.splitlines() if not r.startswith("p-3,")))
    )
    night()
    night.catalog.write_text(with_category(""))  # p-3 back, every seller garment blanked
    assert night().processed == 0
    sql = """select i.sku, i.pixel_region, a.answer_en from items i join answers a using (sku)
        where a.question_id = 'garment_type' and i.sku in ('p-3', 'p-4')"""
    rows = query(night.out, sql)[1]
    assert len(rows) == 2 and all(region == region_of(answer) for _, region, answer in rows), rows


def test_catalog_columns_keep_a_column_that_changes_every_night_out_of_the_output_and_its_history(tmp_path, caplog):
    from enrich import EnrichError

    catalog = make_catalog(tmp_path, 12)
    rows = catalog.read_text().splitlines()

    def with_stock(night: int) -> None:  # a stock count that changes for every item, every night
        lines = [rows[0] + ",category,stock"] + [f"{r},T-Shirts,{night * 100 + n}" for n, r in enumerate(rows[1:])]
        catalog.write_text("\n".join(lines) + "\n")

    def night(number: int, columns):
        with_stock(number)
        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), shard_size=6, catalog_columns=columns)
        return run_job(config, progress=False, pool=StandinPool)

    assert night(1, None).processed == 12
    assert night(2, None).metadata_updated == 12  # stored: every item copied into history
    assert night(3, ["title"]).metadata_updated == 12  # the night it is first left out: its values go, once
    for number in (4, 5):
        summary = night(number, ["title"])
        assert summary.metadata_updated == 0 and summary.processed == 0
    assert query(tmp_path / "out", "select count(*) from items_history")[1] == [(36,)]
    # the seller map's columns come from category though it is not stored itself
    found = "select distinct seller_garment_type, seller_garment_type_raw, category, stock from items"
    assert query(tmp_path / "out", found)[1] == [("t-shirt", "T-Shirts", None, None)]
    with pytest.raises(EnrichError, match=r"catalog_columns names \['price'\], which the catalog does not have"):
        night(6, ["title", "price"])
    with caplog.at_level("WARNING", logger="enrich.store.extras"):
        night(7, ["category"])
    assert "catalog_columns leaves out ['title'], which the audits read" in caplog.text


def test_catalog_columns_changed_between_an_interrupted_night_and_its_rerun_plans_anew(tmp_path, monkeypatch, caplog):
    """A night killed after some of its catalog-only updates, run again with catalog_columns (as `enrich run`
    hints): the resume finished the plan made with every column, and the night after updated the rest again."""
    import enrich.plan
    from enrich.store import writer

    catalog = make_catalog(tmp_path, 20)
    text = catalog.read_text().splitlines()

    def write(price: int):
        catalog.write_text("\n".join([text[0] + ",price"] + [f"{line},{price}" for line in text[1:]]) + "\n")

    def night(columns=None):
        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), catalog_columns=columns)
        return run_job(config, progress=False, pool=StandinPool)

    write(1)
    night()
    write(2)  # every price changed
    monkeypatch.setattr(enrich.plan, "METADATA_SHARD", 5)
    real, calls = writer.metadata_update, []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "metadata_update", interrupted)
    with pytest.raises(KeyboardInterrupt):
        night()
    monkeypatch.setattr(writer, "metadata_update", real)
    with caplog.at_level("INFO"):
        night(("title",))  # the operator leaves the nightly price out, as `enrich run` hinted
    assert "resuming run" not in caplog.text
    assert night(("title",)).metadata_updated == 0


def test_a_questionnaire_edit_the_model_does_not_see_reads_the_answers_again_without_the_model(tmp_path, caplog):
    """A value's pt-BR corrected, an alias added for an out-of-vocabulary answer: no GPU night. A prompt or a
    garment alias changed: the model again."""
    from enrich.questionnaire import load_questionnaire
    from enrich.relabel import read_closed

    catalog = make_catalog(tmp_path, 20)
    questionnaire = tmp_path / "questions.toml"
    original = Path(default_questionnaire()).read_text()
    calls = []

    class Zigzag(StandinPool):  # the model calls every pattern "zigzag", which no value names
        def results(self, shards, known):
            calls.append(len(shards))
            pattern = next(q for q in self.questions if q.id == "pattern")
            answer_en, status, pt = read_closed(pattern, "zigzag")
            for index, results in super().results(shards, known):
                for result in results:
                    result.answers = [
                        replace(a, answer_en=answer_en, raw_en="zigzag", status=status, pt=pt)
                        if a.question_id == "pattern"
                        else a
                        for a in result.answers
                    ]
                yield index, results

    def night(text: str):
        questionnaire.write_text(text)
        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), questionnaire=str(questionnaire))
        return run_job(config, progress=False, pool=Zigzag)

    def answers(question: str):
        sql = f"select distinct answer_en, status, answer_pt from answers where question_id = '{question}'"
        return query(tmp_path / "out", sql)[1]

    assert night(original).processed == 20
    assert answers("pattern") == [("zigzag", "out_of_vocabulary", None)]
    edited = original.replace(
        '"striped" = { pt = "listrado", synonyms = ["stripes", "stripe"],',
        '"striped" = { pt = "listrado", synonyms = ["stripes", "stripe"], aliases = ["zigzag"],',
    )
    edited = edited.replace('"t-shirt" = { pt = "camiseta",', '"t-shirt" = { pt = "camiseta de malha",')
    edited = edited.replace('version = "3"', 'version = "3.1"')  # a label: the model never sees it
    assert edited.count("zigzag") == 1 and "camiseta de malha" in edited
    with caplog.at_level("INFO", logger="enrich.plan_checks"):
        summary = night(edited)
    assert summary.processed == 0 and summary.metadata_updated == 20 and calls == [1]
    assert summary.relabelled == 20  # no catalog column changed: `enrich run` does not hint at catalog_columns
    assert "their closed answers are read again through tonight's, without the model" in caplog.text
    assert answers("pattern") == [("striped", "ok", "listrado")]
    garments = dict(query(tmp_path / "out", "select sku, answer_pt from answers where question_id = 'garment_type'")[1])
    pt = {value.canonical: value.pt for value in load_questionnaire(questionnaire).questions[1].values}
    said = dict(query(tmp_path / "out", "select sku, answer_en from answers where question_id = 'garment_type'")[1])
    assert garments == {sku: pt[value] for sku, value in said.items()} and "t-shirt" in said.values()
    assert query(tmp_path / "out", "select count(*) from answers_history where answer_en = 'zigzag'")[1] == [(20,)]
    hashes = "select distinct i.questionnaire_sha256, a.questionnaire_sha256 from items i join answers a using (sku)"
    assert query(tmp_path / "out", hashes)[1] == [(load_questionnaire(questionnaire).sha256,) * 2]
    assert night(edited).metadata_updated == 0 and calls == [1]  # read once
    assert night(edited.replace("What is the pattern of the garment?", "What pattern is it?")).processed == 20
    garment_alias = edited.replace('aliases = ["graphic tee"]', 'aliases = ["graphic tee", "muscle tee"]')
    # no answer says "muscle tee": no garment moves, no image is read (tests/test_plan_regions.py: those that move)
    assert night(garment_alias).processed == 0 and len(calls) == 2


def test_a_full_night_after_an_edit_the_model_does_not_see_does_not_say_it_reads_the_answers_again(tmp_path, caplog):
    """--full (and a reprocess, which is one) sends every item through the model: it said the answers of every
    current item were read again without the model."""
    catalog = make_catalog(tmp_path, 6)
    questionnaire = tmp_path / "questions.toml"
    original = Path(default_questionnaire()).read_text()

    def night(text: str, **flags):
        questionnaire.write_text(text)
        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), questionnaire=str(questionnaire), **flags)
        return run_job(config, progress=False, pool=StandinPool)

    night(original)
    with caplog.at_level("INFO", logger="enrich.plan_checks"):
        assert night(original.replace('version = "3"', 'version = "3.1"'), full=True).processed == 6
    assert "without the model" not in caplog.text


def test_answers_read_again_through_an_edited_questionnaire_on_every_path_without_the_model(tmp_path):
    """Touched images (read, same bytes: the decode tasks' REFRESHED rows), a rollback to a questionnaire whose pt-BR
    was then corrected (restored from history, read again), and runs recorded before what their model saw was."""
    catalog = make_catalog(tmp_path, 12)
    questionnaire = tmp_path / "questions.toml"
    original = Path(default_questionnaire()).read_text()
    calls = []

    class Counted(StandinPool):
        def results(self, shards, known):
            calls.append(sum(len(rows) for _, rows in shards))
            yield from super().results(shards, known)

    def night(text: str):
        questionnaire.write_text(text)
        config = load_config(catalog=str(catalog), out=str(tmp_path / "out"), questionnaire=str(questionnaire))
        return run_job(config, progress=False, pool=Counted)

    def pts() -> set:
        return {pt for (pt,) in query(tmp_path / "out", "select answer_pt from answers where question_id='color'")[1]}

    def renamed(text: str, value: str) -> str:  # its pt-BR corrected: "preto" -> "preto (novo)"
        start = text.index(f'"{value}" = {{ pt = "') + len(f'"{value}" = {{ pt = "')
        end = text.index('"', start)
        return text[:end] + " (novo)" + text[end:]

    night(original)
    said = sorted(
        v for (v,) in query(tmp_path / "out", "select distinct answer_en from answers where question_id='color'")[1]
    )
    first, second = said[:2]
    one = renamed(original, first)
    two = renamed(one, second)
    for image in (catalog.parent / "images").iterdir():
        os.utime(image, ns=(1, 1))  # touched: read and hashed by the decode tasks, same bytes
    summary = night(one)
    assert calls == [12, 12]  # the touched images went to the decode tasks, which found the same bytes
    assert summary.processed == 0 and summary.metadata_updated == 12 and len([p for p in pts() if "novo" in p]) == 1
    asked_otherwise = one.replace("What is the color of the garment?", "What color is the garment?")
    assert night(asked_otherwise).processed == 12
    restored = night(two)  # the first questions again, a pt-BR corrected since: history made with them, read again
    assert restored.processed == 0 and restored.metadata_updated == 12 and len([p for p in pts() if "novo" in p]) == 2
    layout = Layout.of(tmp_path / "out")
    for path in layout.manifests():  # runs recorded before 2026-12-05 said nothing of what their model saw
        manifest = json.loads(path.read_text())
        manifest["questionnaire"].pop("model_sha256", None)
        manifest["questionnaire"].pop("asked_sha256", None)
        path.write_text(json.dumps(manifest))
    assert night(renamed(two, said[2])).processed == 12


def test_a_jsonl_id_past_int64_is_stored_exactly_and_unchanged_the_next_night(tmp_path):
    rows = make_catalog(tmp_path, 6).read_text().splitlines()[1:]
    lines = [
        json.dumps({"sku": sku, "image": image, "ean": 0}).replace('"ean": 0', f'"ean": {12345678901234567890123 + n}')
        for n, (sku, image, _) in enumerate(row.split(",") for row in rows)
    ]
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text("\n".join(lines) + "\n")
    config = load_config(catalog=str(catalog), out=str(tmp_path / "out"))
    assert run_job(config, progress=False, pool=StandinPool).processed == 6
    again = run_job(config, progress=False, pool=StandinPool)
    assert again.processed == 0 and again.metadata_updated == 0
    found = query(tmp_path / "out", "select cast(ean as varchar) from items order by sku")[1]
    assert [e for (e,) in found] == [str(12345678901234567890123 + n) for n in range(6)]


def test_an_output_that_stored_a_jsonl_id_past_int64_as_a_float_goes_on_after_the_upgrade(tmp_path, caplog):
    """Before 2026-12-05 such a column was read, and recorded, as a float: read exactly now, it must not stop the
    nightly job the night of the upgrade (a type change is refused where a value would be lost)."""
    rows = make_catalog(tmp_path, 3).read_text().splitlines()[1:]
    catalog = tmp_path / "catalog.jsonl"

    def write(value: str) -> None:
        lines = [f'{{"sku": "{r.split(",")[0]}", "image": "{r.split(",")[1]}", "ean": {value}}}' for r in rows]
        catalog.write_text("\n".join(lines) + "\n")

    config = load_config(catalog=str(catalog), out=str(tmp_path / "out"))
    write("1.5")  # recorded as a float, as the reader before recorded 12345678901234567890123
    assert run_job(config, progress=False, pool=StandinPool).processed == 3
    write("12345678901234567890123")
    with caplog.at_level("WARNING", logger="enrich.runner"):
        assert run_job(config, progress=False, pool=StandinPool).metadata_updated == 3  # the value changed
    assert "rename the column in the catalog to store them exactly" in caplog.text
    assert query(tmp_path / "out", "select distinct typeof(ean) from items")[1] == [("DOUBLE",)]
