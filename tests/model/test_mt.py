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
