from enrich.model.mt import Seq2SeqTranslator


def test_any_local_seq2seq_checkpoint_translates(tiny_mt):
    translator = Seq2SeqTranslator(str(tiny_mt), batch_size=2)
    out = translator.translate(["a red t-shirt", "blue jeans", "a green dress"])
    assert len(out) == 3 and all(isinstance(text, str) for text in out)
    assert translator.prefix == "" and translator.forced_bos is None  # no language tokens in this vocabulary
