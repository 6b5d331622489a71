"""What stops a night before its plan is written: a catalog or an image share that lost most of what gave results.

Both compare the catalog's keys (view `k`: sku, __uri, __stamp) with the current items and those back from history
(view `c`, with `__returning`; plan.py), and count only the items that gave results: error rows weigh nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from enrich import EnrichError
from enrich.questionnaire import CLOSED, GARMENT_QUESTION
from enrich.records import MISSING

log = logging.getLogger(__name__)

VANISHED_SHARE, VANISHED_AT_LEAST = 0.5, 10


def refuse_vanished_images(con) -> None:
    """An image folder that is not mounted (or a mount that is empty), a botched export that blanked the image
    column, or a copy that left every file empty made every item an error row: every result was replaced, and the
    night after every item went through the model again. When most items that gave results lost their image at
    once, the night stops before anything is written; a --full run or a reprocess too."""
    local = "k.__uri LIKE 'file://%'"
    # a stat that failed (NULL: a stale network mount), a file gone, a file of zero bytes ("0:" + its mtime)
    gone = f"(coalesce(k.__uri, '') = '' OR ({local} AND coalesce(k.__stamp, $missing) IN ($missing, ''))"
    gone += f" OR ({local} AND k.__stamp LIKE '0:%'))"
    sql = f"""SELECT count(*) FILTER (WHERE {gone}), count(*), min(k.__uri) FILTER (WHERE {gone})
        FROM k JOIN c USING (sku) WHERE c.status = 'ok' AND NOT c.__returning"""
    [(vanished, enriched, example)] = con.execute(sql, {"missing": MISSING}).fetchall()
    if vanished >= VANISHED_AT_LEAST and vanished >= VANISHED_SHARE * enriched:
        raise EnrichError(
            f"{vanished} of the {enriched} items that gave results have lost their image now (missing, empty, "
            f"unreadable or no location; e.g. {example or 'a blank image cell'}): is the image folder mounted, the "
            "catalog's image column filled? Nothing was written: run again once they are back (items whose images "
            "were deleted on purpose leave the catalog)"
        )


def refuse_images_outside_roots(con, roots: tuple[str, ...]) -> None:
    """A catalog moved to another folder, or an --image-root dropped: its images were no longer allowed, which an
    unchanged image never showed (it is not read) until a re-sync touched them; then every result became a
    `path_outside_roots` row, and once the roots were fixed every item went through the model again. Judged as the
    read judges (fetch.py): on the image's folder with its links resolved, each distinct folder once (a catalog's
    images lie in a few), over the local images of the current items that gave results."""
    if not roots:
        return
    sql = """SELECT regexp_replace(k.__uri, '/[^/]*$', '') AS folder, count(*), min(k.__uri)
        FROM k JOIN c USING (sku) WHERE c.status = 'ok' AND NOT c.__returning AND k.__uri LIKE 'file://%'
        GROUP BY folder"""
    folders = con.execute(sql).fetchall()
    outside = [(n, example) for folder, n, example in folders if not _inside(folder, roots)]
    if not outside:
        return
    count, local = sum(n for n, _ in outside), sum(n for _, n, _ in folders)
    said = (
        f"{count} of the {local} local images that gave results lie outside the allowed image roots {list(roots)} "
        f"(e.g. {outside[0][1]}): the catalog moved to another folder, or a root was dropped? Pass --image-root DIR "
        "(or [fetch] roots in the job)"
    )
    if count >= VANISHED_AT_LEAST and count >= VANISHED_SHARE * local:
        raise EnrichError(f"{said}. Nothing was written")
    log.warning(f"{said}: read again (a changed or touched file), each becomes a path_outside_roots error row")


def _inside(folder_uri: str, roots: tuple[str, ...]) -> bool:
    """The folder with its links resolved, as the read resolves the path (a file that is itself a link out of the
    roots is the read's to refuse, item by item)."""
    folder = Path(unquote(urlparse(folder_uri).path) or "/").resolve()
    return any(folder.is_relative_to(root) for root in roots)


def refuse_a_shrunk_catalog(con) -> None:
    """A truncated export (a failed query, a copy cut short) of 2 of 100,000 rows deleted 99,998 current items with
    exit 0, and the next night, with the whole catalog back, ran the model on all of them again. Half the items that
    gave results (10 at least) gone at once is refused unless the run is told (--allow-shrink); error rows weigh
    nothing (a seller removing broken products)."""
    sql = """SELECT count(*) FILTER (WHERE k.sku IS NULL), count(*), min(c.sku) FILTER (WHERE k.sku IS NULL)
        FROM c LEFT JOIN k USING (sku) WHERE c.status = 'ok' AND NOT c.__returning"""
    [(dropped, enriched, example)] = con.execute(sql).fetchall()
    if dropped >= VANISHED_AT_LEAST and dropped >= VANISHED_SHARE * enriched:
        raise EnrichError(
            f"the catalog no longer has {dropped} of the {enriched} items that gave results (e.g. {example!r}): a "
            "truncated or partial export, or skus renamed? Nothing was written. If the catalog really changed so, "
            "run again with --allow-shrink (for this run); the dropped items leave the current tables and stay in "
            "history"
        )


def say_questionnaire_changes(con, questions: dict[str, str], sha256: str, same_model: list[str] = ()) -> None:
    """A questionnaire edited under a nightly job (a question dropped, added or renamed) sent every item through the
    model with nothing said of what changed; and a `garment_type` renamed read every item's pixel colors over the
    whole photo (background and all) from then on, since enrich knows the garment by that id, unsaid. Said once, on
    the night the current answers' questionnaire differs from tonight's (views `current`, `current_answers`)."""
    sql = "SELECT EXISTS (SELECT 1 FROM current WHERE status = 'ok' AND questionnaire_sha256 IS DISTINCT FROM $q)"
    if not questions or not con.execute(sql, {"q": sha256}).fetchall()[0][0]:
        return
    sql = "SELECT count(*) FROM current WHERE questionnaire_sha256 <> $q AND list_contains($same, questionnaire_sha256)"
    relabelled = con.execute(sql, {"q": sha256, "same": list(same_model) or [sha256]}).fetchall()[0][0]
    if relabelled:
        log.info(
            f"{relabelled} item(s) were answered with a questionnaire that asked the model what tonight's asks (only "
            "pt-BR values or aliases changed): their closed answers are read again through tonight's, without the model"
        )
    asked = {question for (question,) in con.execute("SELECT DISTINCT question_id FROM current_answers").fetchall()}
    dropped, added = sorted(asked - set(questions)), sorted(set(questions) - asked)
    if dropped or added:
        log.warning(
            f"tonight's questionnaire drops {dropped or 'no question'} and adds {added or 'none'} (a renamed question "
            "is both): every item is answered again (or restored from history made with this questionnaire), and a "
            "dropped question leaves the answers view as its items are (answers_history keeps it)"
        )
    if GARMENT_QUESTION in asked and questions.get(GARMENT_QUESTION) != CLOSED:
        log.warning(
            f"tonight's questionnaire has no closed question {GARMENT_QUESTION!r}, which the current answers have "
            "(renamed?): enrich knows the garment by that id, so pixel colors are read over the whole photo, not the "
            f"garment's part of it, and the default seller map reads no category; keep the id {GARMENT_QUESTION!r}"
        )
