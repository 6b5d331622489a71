"""Which items' pixel colors a night reads again when the garment answer, read through an edited questionnaire,
picks another part of the photo (enrich/plan_regions.py). The stand-in model calls every fourth product an
"anarkali", out of the vocabulary (its colors read over the whole frame); the edit adds it to kurta's aliases (the
figure). Scenarios from a review of the change: a rollback, an item back in the catalog, a seller column changed the
same night, and rows stored before pixel regions were."""

from dataclasses import replace
from pathlib import Path

import pytest

from enrich.config import default_questionnaire, load_config
from enrich.lab.standin import StandinPool
from enrich.runner import run_job
from enrich.sql import query
from tests.reliability import make_catalog
from tests.test_nightly import rolled_forward


@pytest.fixture
def night(tmp_path, monkeypatch):
    """night(questionnaire text, **config) runs the job with the anarkali stand-in; .original and .edited texts."""
    import enrich.lab.standin as standin
    from enrich.relabel import read_closed
    from enrich.worker import _with_pixel_colors

    catalog = make_catalog(tmp_path, 20)
    questionnaire = tmp_path / "questions.toml"
    stood_in = standin._result

    def anarkali(image, questions):
        result = stood_in(image, questions)
        if int(image.row.sku.split("-")[1]) % 4 == 0:
            garment = next(q for q in questions if q.id == "garment_type")
            answer_en, status, pt = read_closed(garment, "anarkali")
            result.answers = [
                replace(a, answer_en=answer_en, raw_en="anarkali", status=status, pt=pt)
                if a.question_id == "garment_type"
                else a
                for a in result.answers
            ]
            result.image = _with_pixel_colors(replace(result, image=image))  # where the answer says, as the worker
        return result

    monkeypatch.setattr(standin, "_result", anarkali)
    models = []  # the items each night's pool was given: images read, the model called on those whose bytes changed

    class Counted(StandinPool):
        def results(self, shards, known):
            models.append(sum(len(rows) for _, rows in shards))
            yield from super().results(shards, known)

    def run(text: str, **overrides):
        questionnaire.write_text(text)
        config = load_config(
            catalog=str(catalog), out=str(tmp_path / "out"), questionnaire=str(questionnaire), **overrides
        )
        return run_job(config, progress=False, pool=Counted)

    run.catalog, run.out, run.models = catalog, tmp_path / "out", models
    run.original = Path(default_questionnaire()).read_text()
    run.edited = run.original.replace('"kameez", ', '"kameez", "anarkali", ', 1)
    assert run.edited != run.original
    return run


def misread(out) -> dict:
    """The items whose stored pixel region is not the one their seller garment and answer pick, as the worker reads."""
    from enrich.figure import region_garment, region_of

    sql = """select sku, i.pixel_region, a.answer_en, a.status, {seller} from items i join answers a using (sku)
             where question_id = 'garment_type'"""
    columns = {name for (name,) in query(out, "select column_name from (describe items)")[1]}
    seller = "coalesce(seller_garment_type, seller_garment_type_raw)" if "seller_garment_type" in columns else "NULL"
    wrong = {}
    for sku, region, answer, status, seller_garment in query(out, sql.format(seller=seller))[1]:
        expected = region_of(region_garment(seller_garment, answer if status == "ok" else None))
        if region != expected:
            wrong[sku] = (region, expected)
    return wrong


def test_a_garment_alias_reads_the_pixel_colors_of_the_items_it_moves_again_without_the_model(night, caplog):
    """Their pixel colors are read again from the image, the others' answers only relabelled; before, the edit sent
    the whole catalog through the model."""
    from enrich.figure import region_of

    regions = (
        "select sku, i.pixel_region, a.answer_en, a.status from items i join answers a using (sku) "
        "where question_id = 'garment_type'"
    )
    assert night(night.original).processed == 20
    before = {sku: rest for sku, *rest in query(night.out, regions)[1]}
    moving = {sku for sku, (_, _, status) in before.items() if status == "out_of_vocabulary"}
    assert len(moving) == 5 and {before[sku][0] for sku in moving} == {"frame"}
    with caplog.at_level("INFO", logger="enrich.plan"):
        summary = night(night.edited)
    assert summary.processed == 0 and summary.metadata_updated == 20 and summary.relabelled == 20
    assert night.models == [20, 5]  # the 5 moved items' images read and their bytes found the same: no model call
    assert "5 items' garment now picks another part of the photo (5 by its garment answer read" in caplog.text
    after = {sku: rest for sku, *rest in query(night.out, regions)[1]}
    assert {tuple(after[sku][:2]) for sku in moving} == {("figure", "kurta")} and region_of("kurta") == "figure"
    assert all(after[sku] == before[sku] for sku in before.keys() - moving)  # relabelled only
    assert night(night.edited).metadata_updated == 0  # read once


def test_a_rollback_night_with_an_alias_says_how_many_items_it_reads_again(night, caplog, tmp_path):
    """The 20 items restored from history (5 of them move: pixels read again) and 8 listed while the other
    translator was on, which the model answers again (2 of them anarkali): it said 7 moved."""
    night(night.original)
    forward = rolled_forward(night.out)
    make_catalog(tmp_path, 28)
    night(night.original, mt_model=forward)
    with caplog.at_level("INFO", logger="enrich.plan"):
        night(night.edited)
    assert misread(night.out) == {}
    said = [r.getMessage() for r in caplog.records if "picks another part" in r.getMessage()]
    assert said == [
        "5 items' garment now picks another part of the photo (5 by its garment answer read through tonight's "
        "questionnaire): their pixel colors are read again (the model runs only on those whose image changed)"
    ]


def test_an_item_back_in_the_catalog_on_an_alias_night_reads_where_its_answer_says(night):
    night(night.original)
    whole = night.catalog.read_text()
    night.catalog.write_text("\n".join(line for line in whole.splitlines() if not line.startswith("p-4,")) + "\n")
    night(night.original)
    night.catalog.write_text(whole)
    night(night.edited)
    assert misread(night.out) == {}
    assert query(night.out, "select pixel_region from items where sku = 'p-4'")[1] == [("figure",)]


def test_a_seller_garment_blanked_and_an_alias_added_the_same_night(night):
    rows = night.catalog.read_text().splitlines()
    night.catalog.write_text("\n".join([f"{rows[0]},category"] + [f"{r},Apparel" for r in rows[1:]]) + "\n")
    night(night.original)
    night.catalog.write_text("\n".join([f"{rows[0]},category"] + [f"{r}," for r in rows[1:]]) + "\n")
    night(night.edited)
    assert misread(night.out) == {}
    night(night.original)  # the alias removed again: back to the whole frame
    assert misread(night.out) == {}


def test_a_row_stored_before_pixel_regions_is_read_again_when_its_answer_moves():
    """Its region is NULL (unknown): the seller path reads such rows again, and the answer path must too, or its
    answer becomes kurta over colors read somewhere else."""
    import tomllib

    import duckdb
    import pyarrow as pa

    from enrich.plan_regions import answered_garments
    from enrich.questionnaire import parse_questionnaire

    data = tomllib.loads(Path(default_questionnaire()).read_text())
    kurta = next(q for q in data["questions"] if q["id"] == "garment_type")["values"]["kurta"]
    kurta["aliases"] = [*kurta.get("aliases", []), "anarkali"]
    tonight = parse_questionnaire(data)
    garment = next(q for q in tonight.questions if q.id == "garment_type")
    con = duckdb.connect()
    keys = pa.table({"sku": ["p-0", "p-1"]})
    con.register("k", keys)
    current = {"sku": ["p-0", "p-1"], "status": ["ok", "ok"], "questionnaire_sha256": ["old", "other"]}
    con.register("c", pa.table({**current, "pixel_region": pa.array([None, None], pa.string())}))
    answers = {"sku": ["p-0", "p-1"], "question_id": ["garment_type"] * 2, "raw_en": ["anarkali"] * 2}
    con.register("a", pa.table({**answers, "answer_en": ["anarkali"] * 2, "status": ["out_of_vocabulary"] * 2}))
    answered_garments(keys, con, garment, tonight.sha256, [tonight.sha256, "old"])
    found = con.sql("select sku, answered_garment, moved from answered order by sku").fetchall()
    assert found == [("p-0", "kurta", True)]  # p-1 was made with another model questionnaire: the model runs
