"""The refusals before a night's plan (enrich/plan_checks.py), on the views `k` (tonight's catalog) and `c` (the
current items)."""

from pathlib import Path

import duckdb
import pytest

from enrich import EnrichError
from enrich.plan_checks import refuse_images_outside_roots


def views(locations: list[str]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE k (sku VARCHAR, __uri VARCHAR)")
    con.execute("CREATE TABLE c (sku VARCHAR, status VARCHAR, __returning BOOLEAN)")
    for n, location in enumerate(locations):
        uri = Path(location).as_uri() if location.startswith("/") else location
        con.execute("INSERT INTO k VALUES (?, ?)", [f"s{n}", uri])
        con.execute("INSERT INTO c VALUES (?, 'ok', false)", [f"s{n}"])
    return con


def test_an_images_folder_linked_out_of_the_root_is_outside_it(tmp_path):
    """catalog/images -> /nas/images: inside the catalog's folder as written, outside it as the read resolves it, so
    a dropped --image-root /nas/images was not said until a re-sync made every result a path_outside_roots row."""
    nas, catalog = tmp_path / "nas" / "images", tmp_path / "catalog"
    nas.mkdir(parents=True)
    catalog.mkdir()
    (catalog / "images").symlink_to(nas)
    con = views([str(catalog / "images" / f"{n}.jpg") for n in range(12)])
    with pytest.raises(EnrichError, match=r"12 of the 12 local images .* lie outside the allowed image roots"):
        refuse_images_outside_roots(con, (str(catalog),))
    refuse_images_outside_roots(con, (str(catalog), str(nas)))  # the root given: nothing to say


def test_remote_images_do_not_dilute_the_local_ones_that_moved(tmp_path, caplog):
    """30 remote and 12 local items, every local one outside the roots: only said, as 12 of 42."""
    local = [str(tmp_path / "old" / f"{n}.jpg") for n in range(12)]
    con = views([*(f"https://cdn.example/{n}.jpg" for n in range(30)), *local])
    with pytest.raises(EnrichError, match=r"12 of the 12 local images"):
        refuse_images_outside_roots(con, (str(tmp_path / "new"),))
    few = views([*(str(tmp_path / "new" / f"{n}.jpg") for n in range(30)), *local[:3]])
    refuse_images_outside_roots(few, (str(tmp_path / "new"),))
    assert "3 of the 33 local images that gave results lie outside" in caplog.text


def test_a_questionnaire_changed_under_the_output_says_which_questions_and_a_renamed_garment_type(caplog):
    """A question renamed (wearing -> worn, garment_type -> garment) sent every item through the model unsaid, and a
    renamed garment_type read every item's pixel colors over the whole photo from then on (the evolution pass)."""
    from enrich.plan_checks import say_questionnaire_changes

    con = duckdb.connect()
    con.execute("CREATE TABLE current AS SELECT 's1' AS sku, 'ok' AS status, 'q1' AS questionnaire_sha256")
    con.execute("CREATE TABLE current_answers (sku VARCHAR, question_id VARCHAR)")
    con.execute("INSERT INTO current_answers VALUES ('s1', 'garment_type'), ('s1', 'wearing'), ('s1', 'color')")
    say_questionnaire_changes(con, {"garment_type": "closed", "wearing": "open", "color": "closed"}, "q1")
    assert not caplog.records  # the questionnaire the answers were made with: nothing to say
    say_questionnaire_changes(con, {"garment": "closed", "worn": "open", "color": "closed"}, "q2")
    said = caplog.text
    assert "drops ['garment_type', 'wearing'] and adds ['garment', 'worn']" in said, said
    assert "no closed question 'garment_type'" in said and "pixel colors are read over the whole photo" in said
    caplog.clear()
    say_questionnaire_changes(
        con, {"garment_type": "closed", "wearing": "open", "color": "closed", "fit": "open"}, "q3"
    )
    assert "drops no question and adds ['fit']" in caplog.text and "garment_type'" not in caplog.text
