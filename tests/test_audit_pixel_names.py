"""The pixel audits judge a questionnaire's own color names by the palette groups they name ("gray" by grey pixels),
and leave alone a value the palette has no name for ("multicolor")."""

from __future__ import annotations

from enrich.audit import load_audits, run_audits
from enrich.config import bundled_queries_dir
from tests.test_audit import answer, edit, healthy, write_output

GREY_AND_WHITE = [{"color": "grey", "share": 0.7}, {"color": "white", "share": 0.3}]
# answered -> flagged over grey and white pixels
PRODUCT_COLOR = {
    "gray": False,  # the questionnaire's spelling of grey
    "charcoal": False,  # a grey (or a black)
    "cream": False,  # a white (or a beige)
    "multicolor": False,  # no name of the palette: not judged
    "teal": True,  # a blue or a green: neither shows
    "burgundy": True,  # a red
}


def run(tmp_path, audit: str, items: list[dict], answers: list[dict]) -> set[str]:
    [result] = run_audits(write_output(tmp_path, items, answers), load_audits(bundled_queries_dir(), (audit,)))
    return {f.sku for f in result.findings}


def test_a_questionnaires_own_color_names_are_judged_by_their_palette_group(tmp_path):
    items, answers = [], []
    for answered in PRODUCT_COLOR:
        item, rows = healthy(answered, 0)
        edit(rows, "color", answer_en=answered, raw_en=answered)
        item.update(pixel_colors=GREY_AND_WHITE)
        items.append(item)
        answers += rows
    flagged = run(tmp_path, "pixel_color_absent", items, answers)
    assert flagged == {answered for answered, absent in PRODUCT_COLOR.items() if absent}


def test_the_color_of_the_jeans_in_a_questionnaires_words_is_judged_against_the_lower_body(tmp_path):
    items, answers = [], []
    jeans = {"gray": False, "teal": True, "multicolor": False}  # answered -> flagged over grey and white
    for answered in jeans:
        item, rows = healthy(f"jeans-{answered}", 0)
        item.update(
            pixel_region="upper",
            pixel_colors=[{"color": "red", "share": 1.0}],
            pixel_other_region="lower",
            pixel_other_colors=GREY_AND_WHITE,
        )
        rows.append(answer(item["sku"], "color_jeans", "closed", answered, "What is the color of the jeans"))
        items.append(item)
        answers += rows
    flagged = run(tmp_path, "garment_color_vs_pixels", items, answers)
    assert flagged == {f"jeans-{answered}" for answered, absent in jeans.items() if absent}
