"""What flows between the stages: catalog rows, decoded images, generations, per-item results.

Per-item failures are data: an item carries `status='error'` with an `error_code` from ERROR_CODES and a
message, and the run goes on. Only shard-level failures raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

OK = "ok"
ERROR = "error"
# Same bytes and model inputs as the current result, new catalog columns: the current result is kept with them
# (and its pixel colors read again when the row's refresh is PIXELS); never a model call.
REFRESHED = "refreshed"
CATALOG, PIXELS = "catalog", "pixels"  # CatalogRow.refresh
# Same bytes read from a local file under a new size and mtime, or from a remote source under a new validator:
# nothing to write, but the new stamp is kept beside the tables (store/stamps.py) so that later nights need not read
# the file (or fetch the bytes) again.
UNCHANGED = "unchanged"
# A remote image whose current result is known and which could not be fetched tonight (a timeout, a refused
# connection, a 5xx, after retries): the result is kept as it is, not replaced by an error row, and the image is
# asked for again the next night. Counted, never written.
UNREACHABLE = "unreachable"

# error_code -> what it means; the codes are stable, analysts group by them.
ERROR_CODES = {
    "missing_file": "the image file does not exist",
    "empty_file": "the image file has zero bytes",
    "read_error": "the image could not be read (permissions, I/O, not a regular file: a FIFO, device or folder)",
    "unsupported_uri": "the image URI scheme is not supported, or the URI is malformed (a bad port or host)",
    "path_outside_roots": "a local image path outside the job's allowed roots (../ or symlink escapes)",
    "too_large": "the image is over the job's byte limit (fetch.max_bytes)",
    "fetch_blocked": "the URL or a redirect targets a non-public address or scheme the job does not allow",
    "fetch_timeout": "the download did not connect, respond or finish in time",
    "fetch_http_error": "the server answered with an HTTP error (after retries for 429 and 5xx)",
    "fetch_failed": "the download failed (DNS, connection, storage) after retries",
    "unidentified_image": "the bytes are not an image Pillow recognises",
    "unsupported_format": "an image format enrich does not accept",
    "decompression_bomb": "declared dimensions exceed the pixel limit",
    "bad_dimensions": "the image is too small or too thin to describe",
    "truncated_image": "the image data ends early",
    "decode_error": "the image could not be decoded",
    "model_error": "the model failed on this item",
    "worker_crash": "the item killed its worker process twice and was quarantined",
}


class ImageFailure(Exception):
    """Why an item's image could not be had; becomes the item's error_code and error."""

    def __init__(self, code: str, message: str, transient: bool = False, refused: bool = False):
        super().__init__(message)
        self.code = code
        self.message = message
        # a source that did not answer in time or at all, after retries, or refused us: says nothing of the image
        self.transient = transient or refused
        # the source answered, with a refusal (401, 403: an expired signature, a WAF, or S3's answer to a deleted
        # object without ListBucket): not retried, and never opens the breaker, as a few deleted objects in a row
        # would have paused a healthy host
        self.refused = refused


MISSING = "missing"  # the incremental key of an item whose image did not exist: unchanged while still missing

# Answer statuses.
ANSWER_OK = "ok"
ANSWER_EMPTY = "empty"  # the model produced no text
ANSWER_OUT_OF_VOCABULARY = "out_of_vocabulary"  # closed answer kept raw, never coerced


@dataclass(frozen=True)
class CatalogRow:
    """One catalog item: `image` is resolved (absolute path or URI); `index` is its row in the catalog table."""

    sku: str
    image: str
    index: int
    garment: str | None = None  # the seller's garment type (mapped, else as written): picks the pixel-color region
    # what same bytes mean when its catalog columns changed and its model inputs did not: CATALOG keeps the
    # current result with the new columns, PIXELS also reads the pixel colors again, where `garment` (else the
    # stored garment answer) now looks; None: same bytes are skipped
    refresh: str | None = None
    answered_garment: str | None = None  # the current result's garment_type answer, for PIXELS


class Known(NamedTuple):
    """What an incremental run knows of an item's image from its current result."""

    sha256: str | None  # same bytes are not enriched again (MISSING: the image did not exist)
    stamp: str | None = None  # a remote image's validator (fetch.py): same bytes need not be sent again
    # where its result's image was read: a location that fails tonight keeps the result ('' for an item back from
    # history, which has no current result to keep: its failure is an error row)
    uri: str | None = None


@dataclass(frozen=True)
class DecodedImage:
    """An image ready for the model (RGB uint8 HxWx3 array), or the reason it is not."""

    row: CatalogRow
    sha256: str | None
    pixels: Any = None  # numpy.ndarray; Any keeps this module free of numpy at import
    error_code: str | None = None
    error: str | None = None
    unchanged: bool = False  # same bytes, model, adapter and questionnaire as a committed result: skipped
    unreachable: bool = False  # a known image that could not be fetched now (UNREACHABLE): kept, and unchanged
    # a local file's size:mtime, the same before and after it was read (else None); a remote image's validator
    # (fetch.py), None when the source gave none or it is the one already recorded for unchanged bytes
    stamp: str | None = None
    pixel_colors: tuple[tuple[str, float], ...] = ()  # (color name, share of the product's pixels), colors.py
    pixel_region: str | None = None  # which part of the photo they describe: upper, lower, figure or frame
    pixel_texture: float | None = None  # share of that region's pixels on a light-dark edge, texture.py
    pixel_bare_arms: float | None = None  # share of the arms' pixels that are skin (None: no person), sleeves.py
    pixel_other_region: str | None = None  # the body's other half, where a garment worn with the product is
    pixel_other_colors: tuple[tuple[str, float], ...] = ()  # that garment's colors, as pixel_colors

    @property
    def ok(self) -> bool:
        return self.error_code is None

    @property
    def refreshed(self) -> bool:
        """Unchanged bytes of an item whose catalog columns changed: kept, not enriched again."""
        return self.unchanged and not self.unreachable and self.row.refresh is not None


@dataclass(frozen=True)
class Generation:
    """Text generated for one prompt: `hit_limit` means no stop token came before max_new_tokens."""

    text: str
    num_tokens: int
    hit_limit: bool


@dataclass(frozen=True)
class Task:
    """One prompt an engine answers for every image: the caption or a question.

    A task with `forms` is answered by ranking: each form is a phrasing of `values[k]`, and the engine
    returns the most likely value. A task without forms is answered by greedy generation.
    """

    key: str
    prompt: str
    max_new_tokens: int
    forms: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    adapter: str | None = None  # a named LoRA adapter, or None for the base model


@dataclass(frozen=True)
class Ranking:
    """A closed answer chosen by likelihood: `confidence` is its softmax probability over the values."""

    value: str
    form: str  # the phrasing that scored best
    confidence: float
    runner_up: str | None
    runner_up_confidence: float | None
    num_tokens: int


@dataclass(frozen=True)
class Translation:
    """A Portuguese text with where it came from, or NULL with the reason it is missing."""

    text: str | None
    source: str | None  # 'glossary' or 'mt'
    missing: str | None  # why text is NULL


@dataclass(frozen=True)
class Answer:
    question_id: str
    prompt: str
    kind: str
    answer_en: str
    raw_en: str
    status: str
    num_tokens: int
    hit_limit: bool
    pt: Translation
    confidence: float | None = None
    runner_up: str | None = None
    runner_up_confidence: float | None = None
    adapter: str | None = None


@dataclass
class ItemResult:
    """Everything one catalog item produced in one run."""

    image: DecodedImage
    status: str
    error_code: str | None = None
    error: str | None = None
    caption: Generation | None = None
    caption_pt: Translation | None = None
    answers: list[Answer] = field(default_factory=list)


def refreshed_results(decoded: list[DecodedImage]) -> list[ItemResult]:
    """What a decoded shard's unchanged images tell the driver, without any model: REFRESHED ones (new catalog
    columns) to commit, UNCHANGED ones with the new stamp they were read under (store/stamps.py), and UNREACHABLE
    ones to count."""
    return [
        ItemResult(d, UNREACHABLE, d.error_code, d.error)
        if d.unreachable
        else ItemResult(d, REFRESHED if d.refreshed else UNCHANGED)
        for d in decoded
        if d.unreachable or d.refreshed or d.unchanged and d.stamp is not None
    ]
