"""Which items' pixel colors a night reads again, and where: the region a garment picks (enrich/figure.py) is the
seller's garment type's, else the model's garment answer's. A night reads an item's image again, without the model,
when the seller's garment type now picks another region than the stored one, or none and changed, or when the
garment answer, read through tonight's questionnaire (an alias added: relabel.py), does. Planning (plan.py) asks
these; the decode tasks read the pixels (pool/decode.py)."""

from __future__ import annotations

import logging

import pyarrow as pa
import pyarrow.compute as pc

from enrich.questionnaire import GARMENT_QUESTION
from enrich.records import PIXELS
from enrich.store.schema import sql_name

log = logging.getLogger("enrich.plan")  # said with the plan's other lines

GARMENT_COLUMNS = (f"seller_{GARMENT_QUESTION}", f"seller_{GARMENT_QUESTION}_raw")


def seller_garments(extras: pa.Table) -> pa.ChunkedArray | None:
    """Per catalog row, the seller's garment type (mapped, else as written): it picks the pixel-color region."""
    names = [n for n in GARMENT_COLUMNS if n in extras.column_names]
    if not names:
        return None
    return pc.coalesce(*(extras.column(n) for n in names)) if len(names) > 1 else extras.column(names[0])


def regions(garments: pa.ChunkedArray) -> pa.Array:
    """The pixel-color region each garment picks, computed once per distinct garment."""
    from enrich.figure import region_of

    encoded = garments.combine_chunks().dictionary_encode()
    regions = pa.array([region_of(g) for g in encoded.dictionary.to_pylist()], pa.string())
    found = regions.take(encoded.indices) if len(regions) else pa.nulls(len(garments), pa.string())
    return pc.fill_null(found, region_of(None))  # no seller garment: the model's answer picks it, as 'frame' does


def region_changed(keys: pa.Table, stored: set[str]) -> str:
    """SQL: the pixel colors must be read again: the seller's garment type picks another region than the stored one,
    or it picks none (the model's answer does then) and changed: blanked, or its column gone from the catalog."""
    changes = [
        f"k.{sql_name(n)} IS DISTINCT FROM c.{sql_name(n)}"
        if n in keys.column_names and n in stored
        else f"c.{sql_name(n)} IS NOT NULL"
        if n in stored
        else f"k.{sql_name(n)} IS NOT NULL"
        for n in GARMENT_COLUMNS
        if n in keys.column_names or n in stored
    ]
    garment_changed = " OR ".join(changes) or "false"
    if "pixel_region" not in stored:  # an output written before regions were stored
        return f"({garment_changed})"
    region = "k.__region" if "__region" in keys.column_names else "'frame'"
    other_region = f"{region} <> 'frame' AND {region} IS DISTINCT FROM c.pixel_region"
    # or the garment answer, read through tonight's questionnaire, picks another region (answered_garments)
    answer_moved = "k.sku IN (SELECT sku FROM answered WHERE moved)"
    return f"({other_region} OR {region} = 'frame' AND ({garment_changed}) OR {answer_moved})"


def answered_garments(keys: pa.Table, con, garment, q: str, same_model: list[str]) -> None:
    """Temp view `answered` (sku, answered_garment, moved): the garment answer of each ok item relabelled tonight
    (made with a questionnaire that asked the model the same, `same_model`, but is not tonight's) read through
    tonight's garment question (relabel.py), and whether the region it picks, with the seller's garment, is not the
    stored pixel region: an alias added for "anarkali" moves its items from the whole frame to the figure, and their
    pixel colors are read again from the image, without the model. Each distinct (seller garment, generated text,
    region) is read once, in Python; the items are joined in DuckDB."""
    from enrich.figure import region_garment, region_of
    from enrich.relabel import READ_AGAIN, read_closed

    con.execute(
        "CREATE OR REPLACE TEMP VIEW answered AS SELECT NULL::VARCHAR AS sku, NULL::VARCHAR AS "
        "answered_garment, false AS moved WHERE false"
    )
    stored = {name for name, *_ in con.execute("DESCRIBE c").fetchall()}
    relabelled = "SELECT EXISTS (SELECT 1 FROM c WHERE questionnaire_sha256 IS DISTINCT FROM $q)"
    if garment is None or "pixel_region" not in stored or not con.execute(relabelled, {"q": q}).fetchall()[0][0]:
        return
    sellers = [f"k.{sql_name(n)}" for n in GARMENT_COLUMNS if n in keys.column_names]
    seller = f"coalesce({', '.join(sellers)})" if sellers else "NULL::VARCHAR"
    # (a row stored before pixel regions were, NULL, is read again too: its region is unknown)
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE relabelled_garments AS
        SELECT k.sku, {seller} AS seller, coalesce(a.raw_en, a.answer_en) AS generated, a.status, c.pixel_region
        FROM k JOIN c USING (sku) JOIN a ON a.sku = k.sku AND a.question_id = $g
        WHERE c.status = 'ok' AND c.questionnaire_sha256 IS DISTINCT FROM $q
            AND list_contains($qs, c.questionnaire_sha256)""",
        {"g": GARMENT_QUESTION, "q": q, "qs": same_model},
    )
    distinct = con.sql("SELECT DISTINCT seller, generated, status, pixel_region FROM relabelled_garments")
    reads = distinct.to_arrow_table()
    answered, moved = [], []
    for seller_garment, generated, status, region in zip(*(column.to_pylist() for column in reads.columns)):
        value, new_status, _ = read_closed(garment, generated) if status in READ_AGAIN else (None, status, None)
        value = value if new_status == "ok" else None
        answered.append(value)
        moved.append(region_of(region_garment(seller_garment, value)) != region)
    reads = reads.append_column("answered_garment", pa.array(answered, pa.string()))
    con.register("garment_reads", reads.append_column("moved", pa.array(moved, pa.bool_())))
    con.execute("""CREATE OR REPLACE TEMP VIEW answered AS SELECT r.sku, g.answered_garment, g.moved
        FROM relabelled_garments r JOIN garment_reads g ON r.seller IS NOT DISTINCT FROM g.seller
            AND r.generated IS NOT DISTINCT FROM g.generated AND r.status IS NOT DISTINCT FROM g.status
            AND r.pixel_region IS NOT DISTINCT FROM g.pixel_region""")


def with_answered_garments(todo: pa.Table, con) -> pa.Table:
    """The garment answer of each item whose pixel colors are read again: it picks their region when the seller's
    garment does not; read through tonight's questionnaire where it is relabelled. Looked up only for those items,
    so a quiet night never reads the answers."""
    pixels = todo.filter(pc.equal(todo.column("refresh"), PIXELS))
    if not pixels.num_rows:
        return todo.append_column("answered_garment", pa.nulls(todo.num_rows, pa.string()))
    con.register("moved", pixels.select(["sku"]))
    # (an item the model answers again, made with other inputs, moves nothing here)
    moved = con.execute("SELECT count(*) FROM answered SEMI JOIN moved USING (sku) WHERE moved").fetchall()[0][0]
    why = (
        f"garment now picks another part of the photo ({moved} by its garment answer read through tonight's "
        "questionnaire)"
        if moved
        else "seller garment type now picks another part of the photo"
    )
    log.info(
        f"{pixels.num_rows} items' {why}: their pixel colors are read again (the model runs only on those whose "
        "image changed)"
    )
    con.register("todo", todo)
    sql = """SELECT todo.*, CASE WHEN r.sku IS NULL THEN g.answer_en ELSE r.answered_garment END AS answered_garment
    FROM todo LEFT JOIN (
        SELECT sku, answer_en FROM a SEMI JOIN moved USING (sku) WHERE question_id = $q AND status = 'ok'
    ) g USING (sku) LEFT JOIN answered r USING (sku) ORDER BY __row"""
    return con.sql(sql, params={"q": GARMENT_QUESTION}).to_arrow_table()
