import pytest

from enrich import EnrichError
from enrich.config import default_questionnaire
from enrich.questionnaire import CLOSED, load_questionnaire, normalize_text, parse_questionnaire


def closed(values, qid="color"):
    return {"questions": [{"id": qid, "kind": "closed", "prompt": "Question: c? Answer:", "values": values}]}


def test_default_questionnaire_covers_the_required_questions():
    q = load_questionnaire(default_questionnaire())
    ids = {question.id: question.kind for question in q.questions}
    assert ids == {
        "wearing": "open",
        "garment_type": "closed",
        "color": "closed",
        "pattern": "closed",
        "sleeve_length": "closed",
        "description": "open",
        "details": "open",
        "material": "open",
    }
    assert q.caption_max_new_tokens == 50
    assert all(qq.prompt.startswith("Question: ") and qq.prompt.endswith("Answer:") for qq in q.questions)
    for question in q.questions:
        if question.kind == CLOSED:
            assert all(v.pt for v in question.values)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Navy blue.", "navy"),
        ("  The RED ", "red"),
        ("gray", "grey"),
        ("a pink", "pink"),
        ("red and blue", None),
        ("", None),
        ("reddish", None),
        # a shade word before a value, and different words that each name one value
        ("Dark Grey", "grey"),
        ("light brown", "brown"),
        ("dark blue", "navy"),  # a synonym wins over the shade rule
        ("olive green", "green"),
        ("light olive green", "green"),
        ("navy and white", None),
        ("black white", None),
        ("blue blue blue", None),  # a loop is not a value
        ("light", None),
        ("coral", None),  # orange or pink: left to a reviewer
        # version 2: the sellers' words (jobs/seller_map_myntra.toml) and BLIP-2's
        ("teal", "blue"),
        ("Heather Grey", "grey"),
        ("peach", "pink"),
        ("black/white", None),  # alternatives must mean one value
        ("blue/blue/blue", None),  # and differ: a loop is no alternative
        ("light pink / rose", "pink"),
        # version 4: denim's washes
        ("indigo", "blue"),
        ("light wash", "blue"),
        ("Dark Wash", "navy"),
        ("raw indigo", "navy"),
        ("denim", None),  # a fabric, not a color
        ("acid wash", None),  # a process any color has
    ],
)
def test_closed_answers_map_synonyms_and_never_coerce(text, expected):
    q = load_questionnaire(default_questionnaire())
    color = next(x for x in q.questions if x.id == "color")
    assert color.normalize(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a hoodie", "sweater"),
        ("Leggings", "trousers"),
        ("a puffer jacket", "jacket"),
        ("jacket/coat", "jacket"),  # the VQA adapter's In-shop class names
        ("jacket_coat", "jacket"),
        ("sweatshirt or hoodie", "sweater"),
        ("tee/tank", None),  # two values
        ("t-shirt/jeans/dress/skirt", None),  # more than three alternatives is a list, not a name
        ("sherwani", None),  # no value is that garment
        ("kurtas", "kurta"),  # version 3
        ("a playsuit", "jumpsuit"),
        ("bikini", "swimwear"),
        ("swim trunks", "shorts"),  # a man's swimwear is shorts on the body
        ("swimsuit and shorts", None),
        ("Jackets_Coats", "jacket"),  # the In-shop class names, plural: a last word is read as its singular
        ("Dresses", "dress"),
        ("Blouses_Shirts", "shirt"),
        ("Cardigans", "cardigan"),
        ("Tees_Tanks", None),  # two values
        ("blouses shirts", "shirt"),  # the class name decoded with a space
        ("jackets coats", "jacket"),
        ("tees tanks", None),
        ("white shirt", None),  # a color and a garment: not two names of one value
    ],
)
def test_garment_types_map_the_catalog_words_and_alternatives_of_one_value(text, expected):
    q = load_questionnaire(default_questionnaire())
    garment = next(x for x in q.questions if x.id == "garment_type")
    assert garment.normalize(text) == expected


def test_plurals_are_read_only_where_a_type_is_asked():
    """The VQA adapter answers with its class names anywhere: "Shorts" to the sleeve question is no short sleeve."""
    questions = {q.id: q for q in load_questionnaire(default_questionnaire()).questions}
    assert questions["sleeve_length"].normalize("Shorts") is None
    assert questions["garment_type"].normalize("Skirts") == "skirt"


@pytest.mark.parametrize(
    "question, text, expected",
    [
        ("sleeve_length", "long-sleeve", "long"),  # the question's own word around the value
        ("sleeve_length", "Short sleeves", "short"),
        ("color", "the color is blue", "blue"),
        ("pattern", "floral pattern", "floral"),
        ("pattern", "Colourblocked", "color block"),  # version 5: Myntra's one-word spelling
        ("pattern", "colorblocked", "color block"),
        ("garment_type", "Kurta Set", "kurta"),  # version 6: a kurta sold with its bottom is a kurta, as the map says
        ("garment_type", "salwar kameez", "kurta"),
        ("sleeve_length", "medium long", None),
        ("color", "no color", None),
        ("garment_type", "this garment is a trench coat", "jacket"),
        ("garment_type", "this garment is a sherwani", None),
        ("sleeve_length", "how long", None),  # a question, not an answer
        ("sleeve_length", "are the sleeves long?", None),
        ("garment_type", "is this a dress?", None),
        ("color", "Answer: blue", None),  # the prompt's format is no word of its question
    ],
)
def test_the_questions_own_words_around_a_value_mean_it(question, text, expected):
    questions = {q.id: q for q in load_questionnaire(default_questionnaire()).questions}
    assert questions[question].normalize(text) == expected


def test_shades_and_compounds_map_only_for_a_color_question():
    questions = {q.id: q for q in load_questionnaire(default_questionnaire()).questions}
    assert questions["sleeve_length"].normalize("medium long") is None
    assert questions["garment_type"].normalize("light denim") is None


def test_pt_values_come_from_the_glossary():
    q = load_questionnaire(default_questionnaire())
    garment = next(x for x in q.questions if x.id == "garment_type")
    assert garment.pt_of("jeans") == "calça jeans"


def test_aliases_map_what_is_read_but_the_ranking_engine_scores_only_values_and_synonyms():
    q = load_questionnaire(default_questionnaire())
    garment = next(x for x in q.questions if x.id == "garment_type")
    forms, values = garment.candidates()
    assert "hoodie" not in forms and ("pullover", "sweater") in zip(forms, values)  # an alias, a synonym
    assert garment.normalize("hoodie") == "sweater"
    data = closed({"red": {"pt": "v", "synonyms": ["maroon"], "aliases": ["wine"]}})
    [red] = parse_questionnaire(data).questions[0].values
    assert red.phrases == ("red", "maroon", "wine")


def test_hash_follows_content_not_layout(tmp_path):
    a = tmp_path / "a.toml"
    b = tmp_path / "b.toml"
    a.write_text('[[questions]]\nid = "x"\nprompt = "Question: x? Answer:"\n')
    b.write_text('# a comment\n\n[[questions]]\nprompt = "Question: x? Answer:"\nid = "x"\n')
    assert load_questionnaire(a).sha256 == load_questionnaire(b).sha256
    b.write_text('[[questions]]\nid = "x"\nprompt = "Question: y? Answer:"\n')
    assert load_questionnaire(a).sha256 != load_questionnaire(b).sha256


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "no \\[\\[questions\\]\\]"),
        ({"questions": [{"id": "a", "prompt": "p"}, {"id": "a", "prompt": "p"}]}, "duplicate question ids: a"),
        ({"questions": [{"id": "a", "prompt": "p", "kind": "multiple"}]}, "kind must be"),
        ({"questions": [{"id": "Bad Id", "prompt": "p"}]}, "lower_snake_case"),
        ({"questions": [{"id": "a"}]}, "prompt is missing"),
        # wrong TOML types and misspelt keys: before, a traceback, a run failing at the model, or a silent change
        ({"questions": [{"id": "a", "prompt": 5}]}, "prompt must be a string, not 5"),
        ({"max_new_tokens": "x", "questions": [{"id": "a", "prompt": "p"}]}, "max_new_tokens must be a whole number"),
        ({"questions": [{"id": "a", "prompt": "p", "max_new_tokens": 0}]}, "a: max_new_tokens must be a whole num"),
        ({"caption": {"max_new_tokens": -3}, "questions": [{"id": "a", "prompt": "p"}]}, "\\[caption\\] max_new"),
        ({"questions": [{"id": "a", "prompt": "p", "kidn": "closed"}]}, "unknown keys \\['kidn'\\]"),
        ({"questions": [{"id": "a", "prompt": "p", "kind": "closed", "values": ["red"]}]}, "a: values must be a table"),
        ({"questions": {"id": "a"}}, "must be \\[\\[questions\\]\\] tables"),
        ({"questions": [{"id": 3, "prompt": "p"}]}, "lower_snake_case"),
        ({"captions": {"prompt": "p"}, "questions": [{"id": "a", "prompt": "p"}]}, "unknown keys \\['captions'\\]"),
        ({"max_new_tokens": 4096, "questions": [{"id": "a", "prompt": "p"}]}, "from 1 to 2048, not 4096"),
        (closed({}), "needs \\[questions.values\\]"),
        (closed({"red": {"synonyms": ["x"]}}), "needs a pt-BR translation"),
        (
            closed({"red": {"pt": "v", "synonyms": ["wine"]}, "burgundy": {"pt": "b", "synonyms": ["wine"]}}),
            "maps to both",
        ),
        (closed({"red": {"pt": "v", "aliases": ["wine"]}, "pink": {"pt": "r", "synonyms": ["wine"]}}), "maps to both"),
        (closed({"red": {"pt": "v", "aliases": "wine"}}), "aliases must be a list"),
        (closed({"red": {"pt": "v", "alias": ["wine"]}}), "unknown keys \\['alias'\\]"),
        (closed({"red": {"pt": "vermelho"}, "pink": {"pt": "rosa", "pt_aliases": ["Vermelho"]}}), "maps to both"),
        (closed({"red": {"pt": "vermelho", "pt_aliases": "vinho"}}), "pt_aliases must be a list"),
        # an empty value was ranked as an answer ('' for a color, "vazio" in pt-BR); one with spaces kept them
        (closed({"": {"pt": "vazio"}, "red": {"pt": "v"}}), "value '' must be words with single spaces"),
        (closed({" Navy  Blue ": {"pt": "azul"}}), "value ' Navy  Blue ' must be words"),
        ({"questions": [{"id": "caption", "prompt": "p"}]}, "'caption' is the caption's own"),
    ],
)
def test_invalid_questionnaires_are_refused_with_a_reason(data, message):
    with pytest.raises(EnrichError, match=message):
        parse_questionnaire(data)


def test_missing_or_broken_file(tmp_path):
    with pytest.raises(EnrichError, match="not found"):
        load_questionnaire(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[questions]\n")
    with pytest.raises(EnrichError, match="not valid TOML"):
        load_questionnaire(bad)


def test_normalize_text():
    assert normalize_text('  "The  Navy Blue!" ') == "navy blue"
    assert normalize_text("Off-White") == normalize_text("off white") == "off white"


def test_questions_may_name_an_adapter():
    q = parse_questionnaire(
        {
            "caption": {"adapter": "caption"},
            "questions": [{"id": "a", "prompt": "p", "adapter": "vqa"}, {"id": "b", "prompt": "p"}],
        }
    )
    assert [x.adapter for x in q.questions] == ["vqa", None] and q.caption_adapter == "caption"
    assert q.adapters == {"caption", "vqa"}
