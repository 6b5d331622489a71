"""How a closed answer is read from the text the model generated: when it is generated (worker.py), and again, without
the model, after a questionnaire edit the model does not see (a value's pt-BR, an alias).

An edit that changes no prompt, token limit, adapter, value or synonym (`Questionnaire.model_sha256`) leaves what the
model generated as valid as it was: a night reads each stored closed answer again from its generated text (`raw_en`)
through the new questionnaire, so an alias added for an out-of-vocabulary answer ("polo shirt") maps it, and a
corrected pt-BR value reaches every item, with no GPU night. Before, either edit sent the whole catalog through the
model again.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from enrich.questionnaire import CLOSED, Question, Questionnaire
from enrich.records import ANSWER_EMPTY, ANSWER_OK, ANSWER_OUT_OF_VOCABULARY, Translation
from enrich.translate import NO_SOURCE_TEXT, translate_closed

READ_AGAIN = (ANSWER_OK, ANSWER_OUT_OF_VOCABULARY)  # an empty answer stays empty
READ_COLUMNS = ("answer_en", "status", "answer_pt", "answer_pt_source", "answer_pt_missing")


def read_closed(question: Question, text: str) -> tuple[str, str, Translation]:
    """(answer_en, status, pt-BR) of a closed question's generated text: its canonical value, or the text itself,
    kept raw and flagged out of vocabulary, never coerced."""
    if not text:
        return text, ANSWER_EMPTY, Translation(None, None, NO_SOURCE_TEXT)
    canonical = question.normalize(text)
    status = ANSWER_OUT_OF_VOCABULARY if canonical is None else ANSWER_OK
    return canonical or text, status, translate_closed(question, canonical)


def relabelled(answers: pa.Table, questionnaire: Questionnaire) -> pa.Table:
    """ANSWERS_SCHEMA rows with their closed answers read again through `questionnaire`; each distinct generated
    text is read once (a night may read a million answers again, of a few thousand texts)."""
    closed = {q.id: q for q in questionnaire.questions if q.kind == CLOSED}
    if not answers.num_rows or not closed:
        return answers
    chosen = pc.and_kleene(
        pc.is_in(answers.column("question_id"), pa.array(list(closed), pa.string())),
        pc.is_in(answers.column("status"), pa.array(READ_AGAIN, pa.string())),
    )
    # a row with no generated text recorded is read from its answer: a value (the same one again) or, out of the
    # vocabulary, the text itself; kept, it was recorded under tonight's questionnaire with its old pt-BR for good
    generated = pc.coalesce(answers.column("raw_en"), answers.column("answer_en"))
    chosen = pc.fill_null(pc.and_kleene(chosen, pc.is_valid(generated)), False)
    if not pc.any(chosen).as_py():
        return answers
    keys = pc.binary_join_element_wise(answers.column("question_id"), generated, "\x00")
    distinct = pc.unique(pc.filter(keys, chosen))
    read = []
    for key in distinct.to_pylist():
        question_id, text = key.split("\x00", 1)
        answer_en, status, pt = read_closed(closed[question_id], text)
        read.append((answer_en, status, pt.text, pt.source, pt.missing))
    at = pc.index_in(keys, value_set=distinct)
    for position, name in enumerate(READ_COLUMNS):
        new = pa.array([row[position] for row in read], pa.string()).take(at)
        column = pc.if_else(chosen, new, answers.column(name))
        answers = answers.set_column(answers.schema.get_field_index(name), name, column)
    return answers
