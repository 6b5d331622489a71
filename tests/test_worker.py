import numpy as np
import pytest

from enrich.config import load_config
from enrich.questionnaire import load_questionnaire
from enrich.records import CatalogRow, DecodedImage, Generation
from enrich.worker import ShardProcessor, WorkerSpec
from tests.test_sleeves import person


class ScriptedEngine:
    """Answers from a script, or raises for images whose first pixel is marked poison."""

    name = "scripted"

    def __init__(self, answers):
        self.answers = answers

    def run(self, images, tasks):
        if any(image[0, 0, 0] == 1 for image in images):
            raise RuntimeError("poison pixel")
        return [[Generation(text, len(text.split()), False) for text in self.answers] for _ in images]


def decoded(sku, value=100, error=None):
    row = CatalogRow(sku, f"/img/{sku}.jpg", 0)
    if error:
        return DecodedImage(row, None, error_code=error, error="broken")
    return DecodedImage(row, "ab" * 32, np.full((32, 32, 3), value, np.uint8))


def spec_of(config):
    return WorkerSpec.of(config, load_questionnaire(config.questionnaire))


@pytest.fixture(scope="module")
def processor(tiny_model, tiny_mt):
    return ShardProcessor(spec_of(load_config(catalog="x.csv", model=str(tiny_model), mt_model=str(tiny_mt))))


def test_every_ok_item_gets_a_caption_and_one_answer_per_question(processor):
    results = processor.process([decoded("a"), decoded("b", error="truncated_image")])
    ok, bad = results
    assert ok.status == "ok" and ok.caption is not None and ok.caption_pt.source == "mt"
    assert [a.question_id for a in ok.answers] == [q.id for q in processor.questionnaire.questions]
    assert all(a.pt.text is not None or a.pt.missing for a in ok.answers)
    assert bad.status == "error" and bad.error_code == "truncated_image" and bad.answers == []
    assert all(r.image.pixels is None for r in results)  # pixels never travel back to the driver


def test_closed_answers_are_normalized_or_kept_raw_with_a_status(processor, monkeypatch):
    script = [
        "a red shirt",
        "a man in a tee",
        "T-Shirt",
        "Navy Blue",
        "reddish-purple stripes",
        "Short sleeves",
        "",
        "a collar",
        "cotton",
    ]
    monkeypatch.setattr(processor, "engine", ScriptedEngine(script))
    [result] = processor.process([decoded("a")])
    answers = {a.question_id: a for a in result.answers}
    assert (answers["garment_type"].answer_en, answers["garment_type"].pt.text) == ("t-shirt", "camiseta")
    assert (answers["color"].answer_en, answers["color"].status, answers["color"].pt.text) == (
        "navy",
        "ok",
        "azul-marinho",
    )
    pattern = answers["pattern"]
    assert (pattern.status, pattern.answer_en, pattern.raw_en) == ("out_of_vocabulary", *[script[4]] * 2)
    assert pattern.pt.text is None and "vocabulary" in pattern.pt.missing
    assert answers["description"].status == "empty" and answers["description"].pt.text is None
    assert answers["wearing"].pt.source == "mt"
    assert (answers["sleeve_length"].answer_en, answers["sleeve_length"].pt.text) == ("short", "manga curta")


def test_a_failing_item_becomes_a_model_error_row_and_the_rest_survive(processor, monkeypatch):
    monkeypatch.setattr(processor, "engine", ScriptedEngine(["x"] * 9))
    results = processor.process([decoded("good"), decoded("poison", value=1), decoded("also-good")])
    assert [r.status for r in results] == ["ok", "error", "ok"]
    assert results[1].error_code == "model_error" and "poison pixel" in results[1].error


def test_the_actor_answers_the_questionnaire_the_driver_hashed_not_its_file(tiny_model, tmp_path):
    import shutil

    from enrich.config import default_questionnaire

    path = tmp_path / "questionnaire.toml"
    shutil.copy(default_questionnaire(), path)
    spec = spec_of(load_config(catalog="x.csv", model=str(tiny_model), questionnaire=str(path)))
    path.write_text('[[questions]]\nid = "edited"\nprompt = "Question: edited during the run? Answer:"\n')
    actor = ShardProcessor(spec)  # as Ray starts it, after the driver recorded the hash
    assert actor.questionnaire.sha256 == spec.questionnaire.sha256 != load_questionnaire(path).sha256
    assert [t.key for t in actor.tasks] == ["caption", *(q.id for q in spec.questionnaire.questions)]


def test_the_spec_carries_only_what_an_actor_needs(tiny_model):
    import dataclasses

    config = load_config(catalog="x.csv", model=str(tiny_model), image_batch=3, cpu_decode_rows=5, mt_target="pob")
    spec = spec_of(config)
    assert (spec.image_batch, spec.cpu_decode_rows, spec.mt_target, spec.fault_dir) == (3, 5, "pob", config.out)
    fields = {f.name for f in dataclasses.fields(spec)}
    assert "catalog" not in fields and "fixed_length" not in fields  # a benchmark's flag stays in the bench


def test_a_model_error_names_its_exception_class_on_one_line(processor, monkeypatch):
    class Broken:
        name = "broken"

        def run(self, images, tasks):
            raise ImportError("\nMarianTokenizer requires\nthe SentencePiece library")

    monkeypatch.setattr(processor, "engine", Broken())
    [result] = processor.process([decoded("a")])
    assert result.error == "ImportError: MarianTokenizer requires the SentencePiece library"


def test_ready_reports_what_loading_adapted(processor):
    report = processor.ready()
    assert report["engine"] == "default" and any("translating with" in note for note in report["notes"])


def test_an_actor_decodes_a_random_architecture_to_every_limit_with_no_flag(tmp_path):
    from enrich.lab.arch import save_random_arch
    from enrich.questionnaire import CLOSED

    model = save_random_arch("blip2-small-224", tmp_path / "model")
    actor = ShardProcessor(spec_of(load_config(catalog="x.csv", model=str(model))))
    assert any("random weights" in note for note in actor.ready()["notes"])
    [result] = actor.process([decoded("a")])
    open_answers = [a for a in result.answers if a.kind != CLOSED]
    assert open_answers and result.caption.hit_limit and all(a.hit_limit for a in open_answers)
    assert [t.max_new_tokens for t in actor.tasks if not t.forms] == [
        result.caption.num_tokens,
        *(a.num_tokens for a in open_answers),
    ]


def test_pixel_colors_are_read_where_the_garment_is(processor, monkeypatch):
    """The seller's garment type picks the region; without one, the model's garment answer does."""
    figure = np.full((120, 80, 3), 245, np.uint8)  # a light backdrop
    figure[10:60, 20:60] = (200, 30, 40)  # a red top
    figure[60:115, 25:55] = (20, 30, 90)  # navy trousers
    figure = np.kron(figure, np.ones((2, 2, 1), np.uint8))  # 240 x 160: large enough for a texture
    row = CatalogRow("fig", "/img/fig.jpg", 0, garment="jeans")
    [result] = processor.process([DecodedImage(row, "ab" * 32, figure)])
    assert result.image.pixel_region == "lower" and result.image.pixel_colors[0][0] == "navy"
    assert result.image.pixel_texture < 0.05  # flat navy: no print, no stripe
    assert result.image.pixel_bare_arms is None  # trousers have no sleeves
    assert result.image.pixel_other_region is None  # blocks of color, no person: no garment worn with it
    answers = ["a top", "a red top", "t-shirt", "red", "solid", "short", "a top", "a collar", "cotton"]
    monkeypatch.setattr(processor, "engine", ScriptedEngine(answers))
    [unmapped] = processor.process([DecodedImage(CatalogRow("fig2", "/img/fig2.jpg", 0), "ab" * 32, figure)])
    assert unmapped.image.pixel_region == "upper" and unmapped.image.pixel_colors[0][0] == "red"
    assert unmapped.image.pixels is None


def test_the_bare_arms_of_a_model_come_with_the_pixel_colors(processor):
    """The sleeve answer's evidence: a model in a short-sleeved t-shirt shows bare forearms; her jeans are read too."""
    row = CatalogRow("tee", "/img/tee.jpg", 0, garment="t-shirt")
    [result] = processor.process([DecodedImage(row, "ab" * 32, person("short", size=224))])
    assert result.image.pixel_region == "upper" and result.image.pixel_bare_arms > 0.1
    assert result.image.pixel_other_region == "lower" and result.image.pixel_other_colors[0][0] == "blue"  # jeans
