from enrich.config import default_questionnaire
from enrich.questionnaire import load_questionnaire
from enrich.translate import NO_MT_MODEL, NO_TRANSLATED_TEXT, NOT_IN_GLOSSARY, translate_closed, translate_free_text


class CountingTranslator:
    source = "fake"

    def __init__(self, fail=False):
        self.calls, self.fail = [], fail

    def translate(self, texts):
        if self.fail:
            raise RuntimeError("model exploded")
        self.calls.append(list(texts))
        return [f"pt:{t}" for t in texts]


def test_closed_values_use_the_glossary():
    color = next(q for q in load_questionnaire(default_questionnaire()).questions if q.id == "color")
    assert translate_closed(color, "navy").text == "azul-marinho"
    assert translate_closed(color, "navy").source == "glossary"
    missing = translate_closed(color, None)
    assert missing.text is None and missing.missing == NOT_IN_GLOSSARY


def test_without_mt_model_portuguese_is_null_with_a_reason():
    out = translate_free_text(["a red shirt"], None)
    assert out[0].text is None and out[0].missing == NO_MT_MODEL


def test_each_distinct_text_is_translated_once():
    translator = CountingTranslator()
    out = translate_free_text(["red", "blue", "red", ""], translator)
    assert translator.calls == [["blue", "red"]]
    assert [t.text for t in out] == ["pt:red", "pt:blue", "pt:red", None]
    assert out[0].source == "mt" and out[3].missing


def test_a_failing_translator_keeps_english_results_and_says_why():
    out = translate_free_text(["red"], CountingTranslator(fail=True))
    assert out[0].text is None and "model exploded" in out[0].missing


class SilentTranslator:
    source = "fake"

    def translate(self, texts):
        return ["" if t.startswith("black black") else " " if t == "x" else f"pt:{t}" for t in texts]


def test_an_empty_translation_is_null_with_its_reason_not_an_empty_portuguese_text():
    """An MT model that returned nothing for a text (a 2,000-token loop, a stray script) gave answer_pt = '' with
    source mt: no NULL, no reason, and missing_translation, which looks for NULL, passed it."""
    out = translate_free_text(["black black black", "x", "red"], SilentTranslator())
    assert [(t.text, t.source, t.missing) for t in out] == [
        (None, None, NO_TRANSLATED_TEXT),
        (None, None, NO_TRANSLATED_TEXT),
        ("pt:red", "mt", None),
    ]
