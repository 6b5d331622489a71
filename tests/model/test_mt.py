import pytest

from enrich.model.mt import Seq2SeqTranslator


def test_any_local_seq2seq_checkpoint_translates(tiny_mt):
    translator = Seq2SeqTranslator(str(tiny_mt), batch_size=2)
    out = translator.translate(["a red t-shirt", "blue jeans", "a green dress"])
    assert len(out) == 3 and all(isinstance(text, str) for text in out)
    assert translator.prefix == "" and translator.forced_bos is None  # no language tokens in this vocabulary


def test_a_model_with_a_short_position_table_stops_instead_of_crashing(tmp_path):
    import torch
    from transformers import MarianConfig, MarianMTModel

    from enrich.lab.tiny import build_tokenizer

    torch.manual_seed(0)
    tokenizer = build_tokenizer(300)
    config = MarianConfig(
        vocab_size=len(tokenizer),
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=12,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
        init_std=0.5,
    )
    model = MarianMTModel(config)
    with torch.no_grad():  # an untrained decoder that never says eos: only the position table can stop it
        model.final_logits_bias[..., tokenizer.eos_token_id] = -1e4
    model.save_pretrained(tmp_path, safe_serialization=True)
    tokenizer.save_pretrained(tmp_path)
    [text] = Seq2SeqTranslator(str(tmp_path), max_new_tokens=128).translate(["a red t-shirt"])
    assert isinstance(text, str)


def test_batches_by_length_keep_every_translation_in_its_place():
    from enrich.config import with_demo_defaults

    translator = Seq2SeqTranslator(with_demo_defaults(None, None, None)[2], batch_size=2)
    texts = ["a product photo of a red t-shirt with short sleeves", "blue", "long sleeves", "a green dress", "white"]
    assert translator.translate(texts) == [translator.translate([text])[0] for text in texts]
    assert translator.translate(["a product photo of blue dotted trousers", "blue dotted trousers"]) == [
        "foto de produto de uma calça azul de bolinhas",
        "uma calça azul de bolinhas",
    ]  # as the renderer words them


TEXTS = ["a red t-shirt", "blue jeans", "a green dress with short sleeves"]


def test_opus_mt_tc_big_writes_brazilian_portuguese_by_default(opus_mt):
    translator = Seq2SeqTranslator(str(opus_mt))
    assert translator.prefix == ">>pob<< " and translator.forced_bos is None  # not >>por<<: this product is pt-BR
    assert "marian target pob: >>pob<<" in translator.describe()
    ids = translator.tokenizer([translator.prefix + TEXTS[0]])["input_ids"][0]
    assert translator.tokenizer.convert_ids_to_tokens(ids)[0] == ">>pob<<"  # one token, not split into pieces
    pob = translator.translate(TEXTS)
    european = Seq2SeqTranslator(str(opus_mt), target="por")
    assert european.prefix == ">>por<< " and european.translate(TEXTS) != pob  # the token steers the output
    assert Seq2SeqTranslator(str(opus_mt), target=">>por<<").prefix == ">>por<< "


def test_a_multi_target_marian_without_pob_falls_back_to_por_and_a_wrong_target_is_refused(tmp_path):
    from enrich import EnrichError
    from tests.model.replicas import save_opus_mt_tc_big

    european = save_opus_mt_tc_big(tmp_path / "por", targets=(">>por<<", ">>spa<<"))
    assert Seq2SeqTranslator(str(european)).prefix == ">>por<< "
    with pytest.raises(EnrichError, match="writes por, spa, not ita; choose its Portuguese code with --mt-target"):
        Seq2SeqTranslator(str(european), target="ita")
    spanish = save_opus_mt_tc_big(tmp_path / "spa", targets=(">>spa<<", ">>fra<<"))
    with pytest.raises(EnrichError, match="writes fra, spa, not Portuguese"):
        Seq2SeqTranslator(str(spanish))


def test_a_one_pair_model_into_another_language_is_refused(tmp_path):
    """opus-mt-en-es has no language tokens: only its tokenizer_config.json says it writes Spanish, into `_pt`."""
    import json

    from enrich import EnrichError
    from tests.model.replicas import save_opus_mt_tc_big

    one_pair = save_opus_mt_tc_big(tmp_path / "pair", targets=())
    config_file = one_pair / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    # Marian's converter splits the folder's name at its last hyphen: a folder "en-pt-big" says target_lang "big"
    for source, code, refused in [
        ("en", "es", True),
        ("en", "spa_Latn", True),
        ("opus-mt-en", "es", True),
        ("opus-mt-pt", "en", True),  # Portuguese into English
        ("en", "pt", False),
        ("en", "pt_BR", False),
        ("en", "ROMANCE", False),
        ("en-pt", "big", False),
        ("opus-mt-tc-en-pt", "big", False),
    ]:
        config_file.write_text(json.dumps({**config, "source_lang": source, "target_lang": code}))
        if refused:
            with pytest.raises(EnrichError, match=f"translates into '{code}' .*not Portuguese; use an English->Port"):
                Seq2SeqTranslator(str(one_pair))
        else:  # Portuguese, or a group a converter wrote, which names no one language
            assert Seq2SeqTranslator(str(one_pair)).target.family == "single"


def test_nllb_reads_english_and_is_forced_to_write_portuguese(nllb_mt):
    translator = Seq2SeqTranslator(str(nllb_mt))
    tokens = translator.tokenizer
    assert translator.prefix == "" and translator.forced_bos == tokens.convert_tokens_to_ids("por_Latn")
    assert tokens.convert_ids_to_tokens(tokens(["a red dress"])["input_ids"][0])[0] == "eng_Latn"
    inputs = tokens(TEXTS[:1], return_tensors="pt").to(translator.device)
    out = translator.model.generate(**inputs, max_new_tokens=4, forced_bos_token_id=translator.forced_bos)
    assert out[0, 1].item() == translator.forced_bos  # after the decoder start token: por_Latn
    assert all(isinstance(text, str) for text in translator.translate(TEXTS))
    assert Seq2SeqTranslator(str(nllb_mt), target="glg_Latn").forced_bos == tokens.convert_tokens_to_ids("glg_Latn")


def test_m2m100_reads_english_and_is_forced_to_write_portuguese(m2m_mt):
    translator = Seq2SeqTranslator(str(m2m_mt))
    tokens = translator.tokenizer
    assert translator.forced_bos == tokens.get_lang_id("pt") and "m2m100 target pt" in translator.describe()
    assert tokens(["a red dress"])["input_ids"][0][0] == tokens.get_lang_id("en")
    assert all(isinstance(text, str) for text in translator.translate(TEXTS))


# A translation model whose tokenizer library is missing (sentencepiece) is reported with its whole reason: tested
# with `enrich check` in tests/model/test_check.py, in the same process (each such process imports transformers).
