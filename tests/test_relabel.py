"""Closed answers read again from what the model generated, through an edited questionnaire."""

import pyarrow as pa

from enrich.config import default_questionnaire
from enrich.questionnaire import load_questionnaire, parse_questionnaire
from enrich.relabel import relabelled
from enrich.store import ANSWERS_SCHEMA


def rows(*answers) -> pa.Table:
    keys = (
        "question_id",
        "kind",
        "status",
        "answer_en",
        "raw_en",
        "answer_pt",
        "answer_pt_source",
        "answer_pt_missing",
    )
    return pa.Table.from_pylist([dict(zip(keys, a)) | {"sku": "s"} for a in answers], schema=ANSWERS_SCHEMA)


def edited(**changes):
    import tomllib
    from pathlib import Path

    data = tomllib.loads(Path(default_questionnaire()).read_text())
    pattern = next(q for q in data["questions"] if q["id"] == "pattern")
    pattern["values"]["striped"] |= changes
    return parse_questionnaire(data)


def test_an_alias_maps_an_out_of_vocabulary_answer_and_a_new_pt_reaches_every_answer():
    questionnaire = edited(aliases=["zigzag"], pt="com listras")
    before = rows(
        ("pattern", "closed", "out_of_vocabulary", "zigzag", "zigzag", None, None, "out of the vocabulary"),
        ("pattern", "closed", "ok", "striped", "stripes", "listrado", "glossary", None),
        ("pattern", "closed", "out_of_vocabulary", "tartan\x00weave", "tartan\x00weave", None, None, "oov"),
        ("pattern", "closed", "empty", "", "", None, None, "no English text to translate"),
        ("details", "open", "ok", "zigzag", "zigzag", "ziguezague", "mt", None),  # free text: never read again
        ("pattern", "closed", "ok", "solid", None, "liso", "glossary", None),  # no generated text recorded
        ("pattern", "closed", "ok", "striped", None, "listrado", "glossary", None),  # read from its answer
        ("pattern", "closed", "out_of_vocabulary", "zigzag", None, None, None, "oov"),
    )
    after = relabelled(before, questionnaire).select(["answer_en", "status", "answer_pt", "answer_pt_source"])
    assert after.to_pylist() == [
        {"answer_en": "striped", "status": "ok", "answer_pt": "com listras", "answer_pt_source": "glossary"},
        {"answer_en": "striped", "status": "ok", "answer_pt": "com listras", "answer_pt_source": "glossary"},
        {"answer_en": "tartan\x00weave", "status": "out_of_vocabulary", "answer_pt": None, "answer_pt_source": None},
        {"answer_en": "", "status": "empty", "answer_pt": None, "answer_pt_source": None},
        {"answer_en": "zigzag", "status": "ok", "answer_pt": "ziguezague", "answer_pt_source": "mt"},
        {"answer_en": "solid", "status": "ok", "answer_pt": "liso", "answer_pt_source": "glossary"},
        {"answer_en": "striped", "status": "ok", "answer_pt": "com listras", "answer_pt_source": "glossary"},
        {"answer_en": "striped", "status": "ok", "answer_pt": "com listras", "answer_pt_source": "glossary"},
    ]


def test_what_the_model_sees_decides_the_model_hash():
    base = load_questionnaire(default_questionnaire())
    assert edited(pt="com listras").model_sha256 == base.model_sha256 != edited(pt="com listras").sha256
    assert edited(aliases=["zigzag"]).model_sha256 == base.model_sha256
    assert edited(synonyms=["stripes", "stripe", "zigzag"]).model_sha256 != base.model_sha256  # the ranking scores it


def garment_alias_added():
    import tomllib
    from pathlib import Path

    data = tomllib.loads(Path(default_questionnaire()).read_text())
    garment = next(q for q in data["questions"] if q["id"] == "garment_type")
    garment["values"]["kurta"]["aliases"] = [*garment["values"]["kurta"].get("aliases", []), "anarkali"]
    return parse_questionnaire(data)


def test_a_garment_alias_is_no_change_to_what_the_model_is_asked():
    """Its answer picks the pixel region, which a night now reads again for the items it moves (plan.py): the
    model is not asked again. `model_sha256`, which counted it, is what runs recorded up to 2026-12-05."""
    base, garment = load_questionnaire(default_questionnaire()), garment_alias_added()
    assert garment.asked_sha256 == base.asked_sha256 and garment.model_sha256 != base.model_sha256
    assert edited(aliases=["zigzag"]).asked_sha256 == base.asked_sha256 == edited(pt="com listras").asked_sha256
    assert edited(synonyms=["stripes", "stripe", "zigzag"]).asked_sha256 != base.asked_sha256


def test_runs_recorded_before_the_asked_hash_are_matched_by_the_hash_they_recorded(tmp_path):
    import json

    from enrich.store import Layout
    from enrich.store.runs import same_model_questionnaires

    base, garment, pt = load_questionnaire(default_questionnaire()), garment_alias_added(), edited(pt="com listras")
    layout = Layout.of(tmp_path)

    def recorded(run_id: str, **questionnaire):
        layout.manifest(run_id).parent.mkdir(parents=True)
        layout.manifest(run_id).write_text(json.dumps({"run_id": run_id, "questionnaire": questionnaire}))

    recorded("1-before", sha256="old", model_sha256=base.model_sha256)  # 2026-12-05: no asked_sha256
    recorded("2-now", sha256="new", model_sha256=base.model_sha256, asked_sha256=base.asked_sha256)
    assert same_model_questionnaires(layout, pt) == sorted({pt.sha256, "old", "new"})
    # a garment alias: the old run counted it in what its model saw; the new one knows the pixels are read again
    assert same_model_questionnaires(layout, garment) == sorted({garment.sha256, "new"})
