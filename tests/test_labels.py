"""Reviewed labels, read one way by `enrich audit --labels` and `enrich train --labels`."""

import json

import pytest

from enrich import EnrichError
from enrich.config import default_questionnaire
from enrich.labels import questionnaire_of_output, read_labels
from enrich.questionnaire import load_questionnaire

HEADER = "sku,question_id,expected\n"


@pytest.fixture(scope="module")
def questionnaire():
    return load_questionnaire(default_questionnaire())


def test_closed_values_are_the_questionnaires_and_open_ones_as_typed(tmp_path, questionnaire):
    """A closed value typed as a synonym, a seller's word or in pt-BR ("Cinza") is the questionnaire's value, read
    as the seller map reads a catalog: plurals ("Camisetas"), audience and shade words ("Cinza Escuro")."""
    path = tmp_path / "labels.csv"
    rows = 'a,color,Charcoal\na,garment_type,T-Shirts\nb,details,"a bow, two pockets"\n'
    rows += "c,color,Cinza\nd,color,azul-marinho\nd,garment_type,camiseta\n"
    path.write_text(HEADER + rows + "e,garment_type,Camisetas Masculinas\ne,color,Cinza Escuro\n")
    assert read_labels(path, questionnaire) == {
        ("a", "color"): "grey",
        ("a", "garment_type"): "t-shirt",
        ("b", "details"): "a bow, two pockets",
        ("c", "color"): "grey",
        ("d", "color"): "navy",
        ("d", "garment_type"): "t-shirt",
        ("e", "garment_type"): "t-shirt",
        ("e", "color"): "grey",
    }


def test_every_closed_question_reads_its_values_in_pt_br_as_the_page_shows_them(tmp_path, questionnaire):
    """The review page shows each answer's pt-BR text, and a Brazilian reviewer types it: "Manga Longa", "Liso" and
    "Xadrez" were refused, line by line, for the sleeves and the pattern. A plural stays no value there ("Shorts" is
    no short sleeve)."""
    path = tmp_path / "labels.csv"
    rows = "a,sleeve_length,Manga Longa\na,pattern,Liso\nb,pattern,Quadriculado\nb,sleeve_length,manga 3/4\n"
    path.write_text(HEADER + rows + "c,sleeve_length,Não se aplica\nc,pattern,de bolinhas\n")
    assert read_labels(path, questionnaire) == {
        ("a", "sleeve_length"): "long",
        ("a", "pattern"): "solid",
        ("b", "pattern"): "checked",
        ("b", "sleeve_length"): "three-quarter",
        ("c", "sleeve_length"): "not applicable",
        ("c", "pattern"): "dotted",
    }
    path.write_text(HEADER + "d,sleeve_length,Shorts\n")
    with pytest.raises(EnrichError, match="line 2: 'Shorts' is no value of sleeve_length"):
        read_labels(path, questionnaire)


def test_a_cell_the_export_kept_from_running_as_a_formula_reads_as_its_value(tmp_path, questionnaire):
    path = tmp_path / "labels.csv"
    path.write_text(HEADER + "'=a,details,'=1+1 pockets\n'x,details,'plain\n''-q,details,'@home\n")
    assert read_labels(path, questionnaire) == {
        ("=a", "details"): "=1+1 pockets",
        ("'x", "details"): "'plain",  # not guarded: as written
        ("'-q", "details"): "@home",  # the sku '-q, guarded as ''-q
    }


@pytest.mark.parametrize(
    "content",
    [
        "\ufeff" + HEADER + "a,color,red\r\n",  # Excel's UTF-8 byte-order mark
        '\ufeffsku;question_id;expected\r\na;color;red\r\nb;details;"two; three"\r\n',  # a ';' locale's Excel
        "sku\tquestion_id\texpected\na\tcolor\tred\nb\tdetails\ttwo; three\n",  # tab-separated
        'sku, question_id, expected\na, color, red\nb,details,"two; three"\n',  # the header as --help writes it
        "SKU,Question_ID,Expected\na,color,red\n\nb,details,two; three\n",  # capitals, and a blank line
        HEADER + "a,color,red,\nb,details,two; three,,\n",  # a spreadsheet's empty cells past the header
    ],
)
def test_a_file_a_spreadsheet_saved_again_reads_as_the_export(tmp_path, questionnaire, content):
    path = tmp_path / "labels.csv"
    path.write_bytes(content.encode("utf-8"))
    assert read_labels(path, questionnaire) in (
        {("a", "color"): "red"},
        {("a", "color"): "red", ("b", "details"): "two; three"},
    )


@pytest.mark.parametrize(
    "content, message",
    [
        (HEADER + "a,colour,red\n", "no question 'colour'"),
        (HEADER + "a,color,tartan\n", "line 2: 'tartan' is no value of color"),
        (HEADER + "a,color,not black\n", "'not black' is no value of color"),  # never read as black
        (HEADER + "a,sleeve_length,Shorts\n", "'Shorts' is no value of sleeve_length"),  # no short sleeve
        (HEADER + "a,color,\n", "is no value of color"),
        (HEADER + ",color,red\n", "line 2: no sku (the label is color = 'red')"),
        (HEADER + "a,color,red\na,color,blue\n", "line 3: a color is labelled twice, differently"),
        (HEADER + 'a,details,"two\nlines"\nb,colour,red\n', "line 4: no question 'colour'"),  # was line 3
        (HEADER, "has no labels, only its header"),
        ("sku,question,answer\na,color,red\n", "must be a CSV with the columns sku, question_id, expected (the review"),
        ("sku,question,answer\na,color,red\n", "its header is sku, question, answer"),
        (HEADER + "a,color,multicolor\n", "its values: black, white, grey, red, blue, navy, green, yellow, orange"),
        (HEADER + "a,color,multicolor\n", "(or a synonym): correct the line, or delete it"),
        # a value with a comma, unquoted, was cut at it ("no sleeves"), silently
        (HEADER + "a,details,no sleeves, a waist seam\n", "line 2: 4 cells under a header of 3: quote a value"),
        (HEADER + 'a,color,red\n"b,color,blue\nc,color,red\n', "line 4: unexpected end of data (a quote opened"),
        # a cell past csv's field limit was "field larger than field limit (131072)", said as an unclosed quote
        (HEADER + "a,details," + "x" * 140_000 + "\n", "line 2: a cell of over 131,072 characters; a label is a"),
    ],
)
def test_bad_labels_are_refused_with_their_line(tmp_path, questionnaire, content, message):
    path = tmp_path / "labels.csv"
    path.write_text(content)
    with pytest.raises(EnrichError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_labels(path, questionnaire)


def test_two_exports_joined_read_as_one(tmp_path, questionnaire):
    """`cat monday.csv tuesday.csv` repeats the header: it was read as a label of a question named question_id."""
    path = tmp_path / "labels.csv"
    for mark in ("", "\ufeff"):  # files a spreadsheet saved start with a byte-order mark, the second one too
        path.write_text(mark + HEADER + "a,color,red\n" + mark + HEADER + "b,color,blue\n", encoding="utf-8")
        assert read_labels(path, questionnaire) == {("a", "color"): "red", ("b", "color"): "blue"}


def test_a_file_in_another_encoding_is_one_clear_error(tmp_path, questionnaire):
    path = tmp_path / "labels.csv"
    path.write_bytes((HEADER + "a,color,red\n").encode("utf-16"))
    with pytest.raises(EnrichError, match="cannot read labels .*a UTF-8 CSV"):
        read_labels(path, questionnaire)


def test_the_outputs_questionnaire_is_its_latest_runs_file_else_the_bundled_one_or_the_one_given(tmp_path, caplog):
    custom = tmp_path / "q.toml"
    custom.write_text(
        open(default_questionnaire(), encoding="utf-8").read().replace('id = "material"', 'id = "fabric"')
    )
    questionnaire = load_questionnaire(custom)
    runs = tmp_path / "out" / "runs" / "r1"
    runs.mkdir(parents=True)
    record = {"path": str(custom), "sha256": questionnaire.sha256, "name": questionnaire.name}
    (runs / "manifest.json").write_text(json.dumps({"run_id": "r1", "questionnaire": record}))
    assert "fabric" in {q.id for q in questionnaire_of_output(tmp_path / "out").questions}
    custom.write_text(custom.read_text().replace('id = "fabric"', 'id = "cloth"'))  # edited since: still nearest
    assert "cloth" in {q.id for q in questionnaire_of_output(tmp_path / "out").questions}
    custom.unlink()  # gone: the bundled one, said
    assert "material" in {q.id for q in questionnaire_of_output(tmp_path / "out").questions}
    assert "the questionnaire of the output's latest run, is gone" in caplog.text
    custom.write_text(open(default_questionnaire(), encoding="utf-8").read().replace('id = "material"', 'id = "cloth"'))
    assert "cloth" in {q.id for q in questionnaire_of_output(tmp_path / "out", str(custom)).questions}


def test_enrich_audit_refuses_bad_labels_before_running_any_audit(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import enrich.audit
    from enrich.cli import main
    from tests.test_audit import write_output

    out = write_output(tmp_path / "out", [], [])
    monkeypatch.setattr(enrich.audit, "run_audits", lambda *a, **k: pytest.fail("the audits ran first"))
    path = tmp_path / "labels.csv"
    path.write_text(HEADER + "a,colour,red\n")
    result = CliRunner().invoke(main, ["audit", str(out), "--labels", str(path)])
    assert result.exit_code == 1 and "no question 'colour'" in result.output
    lone = CliRunner().invoke(main, ["audit", str(out), "--questionnaire", default_questionnaire()])
    assert lone.exit_code == 2 and "--questionnaire needs --labels" in lone.output


def test_each_distinct_closed_value_is_read_once(tmp_path, questionnaire, monkeypatch):
    """A golden file repeats a question's few values: each row's reading took 5 s of a read of 336,000 labels, and
    `enrich audit --labels` reads the file twice (the scale pass)."""
    import enrich.labels

    calls = []
    original = enrich.labels.closed_value
    monkeypatch.setattr(enrich.labels, "closed_value", lambda q, text: calls.append(text) or original(q, text))
    path = tmp_path / "golden.csv"
    path.write_text(HEADER + "".join(f"s{n},color,{('Charcoal', 'cinza', 'Navy Blue')[n % 3]}\n" for n in range(300)))
    labels = read_labels(path, questionnaire)
    assert [labels[f"s{n}", "color"] for n in range(3)] == ["grey", "grey", "navy"] and len(labels) == 300
    assert sorted(calls) == ["Charcoal", "Navy Blue", "cinza"]
