"""A circuit breaker per image source, so that a host that is down costs a few images' retries, not every image's.

An outage made every image of a night go through its retries and timeouts (3.5 s each for a refused connection with
the default `[fetch]` policy, up to the 60 s deadline for a host that does not answer): 347 images of a down host
took 11 minutes, and a catalog of 100k would take days. Once FAILS_TO_OPEN images of one source (scheme and host,
or bucket) in a row have failed transiently after their retries, the next ones fail at once, for OPEN_S seconds;
then one is tried again, and one that gets an answer (an image, or an HTTP error such as a 404) closes the breaker.
The state is per process (each decode task's worker learns on its own, from the images its threads read at once),
which bounds an outage's cost by the number of workers, not of images. Hand-written rather than a library
(pybreaker, circuitbreaker): it is a dict of counts keyed by source, and those count exceptions of their own
choosing per decorated function.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from enrich.records import ImageFailure

FAILS_TO_OPEN = 5
OPEN_S = 30.0

T = TypeVar("T")
_clock = time.monotonic
_lock = threading.Lock()
_sources: dict[str, tuple[int, float, str]] = {}  # source -> (transient failures in a row, open until, last code)


def guarded(source: str, attempt: Callable[[], T]) -> T:
    """`attempt()`, unless `source` is open: then its last failure, at once and still transient."""
    with _lock:
        failures, open_until, code = _sources.get(source, (0, 0.0, ""))
    wait = open_until - _clock()
    if failures >= FAILS_TO_OPEN and wait > 0:
        message = f"{source} failed the last {failures} images in a row after retries: not tried for {wait:.0f} s more"
        raise ImageFailure(code, message, transient=True)
    try:
        result = attempt()
    except ImageFailure as failure:
        with _lock:  # a shard's images are read in threads: each failure counts, none is lost to a race
            if failure.transient and not failure.refused:
                counted = _sources.get(source, (0, 0.0, ""))[0]
                _sources[source] = (counted + 1, _clock() + OPEN_S, failure.code)
            else:
                _sources.pop(source, None)  # the source answered
        raise
    with _lock:
        _sources.pop(source, None)
    return result


def source_of(location: str) -> str:
    """`scheme://host[:port]` of a URL, `scheme://bucket` of an object."""
    scheme, _, rest = location.partition("://")
    return f"{scheme.lower()}://{rest.split('/', 1)[0].lower()}"


def reset() -> None:
    _sources.clear()
