"""Image reading and decoding as small Ray tasks, a bounded distance ahead of the actors."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from enrich import EnrichError, faults
from enrich.config import FetchPolicy, RunConfig
from enrich.fetch import without_credentials
from enrich.images import Read, decode_read, read_image
from enrich.records import ERROR, CatalogRow, DecodedImage, ItemResult, Known, refreshed_results

Shard = tuple[int, tuple[CatalogRow, ...]]


def decode_shard(
    rows: tuple[CatalogRow, ...], max_side: int, max_pixels: int, policy: FetchPolicy, known: dict[str, Known]
) -> list[DecodedImage]:
    """Each row's image read, hashed and decoded; same bytes whose pixel colors are to be read again (a refresh
    whose region moved) have them read here, since no model runs on them.

    `policy.concurrent_reads` images are read at once, in threads: one at a time, a shard of 32 from a host 100 ms
    away took 3.4 s, and the two shards read ahead of a GPU actor could not keep up with it (docs/benchmarks.md).
    They are decoded here, one at a time, in order: decoded in the threads, eight 7900 x 7900 PNGs held 9.6 GB
    (each thread's malloc arena keeps its last image's memory), against 1.5 GB one at a time."""
    decoded, window = [], max(1, policy.concurrent_reads)
    with ThreadPoolExecutor(min(window, len(rows) or 1), thread_name_prefix="read") as threads:
        reading = deque()
        for row in rows:
            reading.append((row, threads.submit(_read, row, known.get(row.sku), policy)))
            if len(reading) >= window:  # no more bytes held than the reads in flight
                decoded.append(_decoded(*reading.popleft(), max_side, max_pixels))
        decoded += [_decoded(*pair, max_side, max_pixels) for pair in reading]
    return [_recolored(d) if d.refreshed else d for d in decoded]


def _read(row: CatalogRow, known: Known | None, policy: FetchPolicy) -> Read | DecodedImage:
    faults.hit("kill_decode", row.sku)  # reliability tests only (stall_decode: a read that hangs)
    return read_image(row, known, policy)


def _decoded(row: CatalogRow, future, max_side: int, max_pixels: int) -> DecodedImage:
    """read_image and decode_read turn every failure they know into an error row; one they do not know (an input
    no check foresaw) is this item's error too, with its type and message, never the loss of the shard's others."""
    try:
        read = future.result()
        return read if isinstance(read, DecodedImage) else decode_read(read, max_side, max_pixels)
    except Exception as exc:
        message = f"unexpected {type(exc).__name__} reading {without_credentials(row.image)}: {exc}"
        return DecodedImage(row, None, error_code="read_error", error=message)


def _recolored(image: DecodedImage) -> DecodedImage:
    from enrich.colors import with_product_colors
    from enrich.figure import region_garment

    return with_product_colors(image, region_garment(image.row.garment, image.row.answered_garment))


class DecodeAhead:
    """Shards decoded by Ray tasks a bounded distance ahead of the actors."""

    def __init__(self, config: RunConfig, shards: list[Shard], known: dict[str, Known], lookahead: int):
        import ray

        self.decode = ray.remote(num_cpus=0.25)(decode_shard)
        self.limits = (config.max_image_side, config.max_image_pixels, config.fetch)
        self.stall_timeout_s = config.stall_timeout_s
        self.known = known
        self.waiting = iter(shards)  # made one at a time: a million-item night holds no million rows
        self.decoding: deque = deque()
        self.lookahead = lookahead
        self._fill()

    def __bool__(self) -> bool:
        return bool(self.decoding)

    def needing_no_model(self) -> Iterator[tuple[int, int, list[ItemResult]]]:
        """The leading decoded shards whose images are all unchanged or unreadable, as results, until one is not
        (the unreadable ones as error rows, the refreshed ones as REFRESHED).

        Read before any actor starts, so that a night whose touched files turn out unchanged loads no model.
        """
        import ray

        while self.decoding:
            index, size, ref = self.decoding[0]
            try:  # the watchdog of the actors' stream (stream.py) does not run yet: a hung read must not hang here
                decoded = ray.get(ref, timeout=self.stall_timeout_s)
            except ray.exceptions.GetTimeoutError:
                raise EnrichError(
                    f"shard {index}'s images were not read within {self.stall_timeout_s:.0f}s; committed shards are "
                    "saved, run the same command again to resume"
                ) from None
            if any(d.ok and not d.unchanged for d in decoded):
                return
            self.popleft()
            failed = [d for d in decoded if not d.unchanged]
            results = [ItemResult(replace(d, pixels=None), ERROR, d.error_code, d.error) for d in failed]
            yield index, size, results + refreshed_results(decoded)

    def popleft(self):
        """(index, number of items, reference to the decoded images)."""
        taken = self.decoding.popleft()
        self._fill()
        return taken

    def _fill(self) -> None:
        while len(self.decoding) < self.lookahead:
            index, rows = next(self.waiting, (None, None))
            if rows is None:
                return
            known = {row.sku: self.known[row.sku] for row in rows if row.sku in self.known}
            self.decoding.append((index, len(rows), self.decode.remote(rows, *self.limits, known)))
