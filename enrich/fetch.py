"""Image bytes from a local path, http(s), s3:// or gs://, under the job's FetchPolicy.

Every refusal and failure is an ImageFailure with a stable code, so a bad location costs one error row.
- Local paths must resolve (symlinks followed) inside an allowed root: no `../` or symlink escapes. Only regular
  files are read: a FIFO, socket, device or folder is a `read_error`, decided without a blocking open.
- http(s) (fetch_http.py): every host, including each redirect's, is resolved and vetted before any connection, and the
  connection goes to the vetted address (no DNS rebinding between check and use); addresses.py says which
  addresses are allowed.
- Connect and read timeouts, a deadline per image, a size cap while streaming, and retries with exponential
  backoff for transient failures (connection errors, timeouts, 429, 5xx) only.
- s3:// and gs:// go through pyarrow's filesystems, with the same size cap and retries.

A remote image's bytes come with a validator that names them at the source (a strong ETag, else a Last-Modified
and the length; an object's size and time). Handed back on a later night, it makes the read conditional: the
source says the bytes are unchanged (a 304 to `If-None-Match`; a HEAD's same Last-Modified and length; the same
size and time) and none are sent, so a night over an unchanged remote catalog costs one small request per image,
not its bytes.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import time
from pathlib import Path
from urllib.parse import quote_from_bytes

from enrich import breaker
from enrich.config import FetchPolicy
from enrich.fetch_http import Fetched, Transient, http_get
from enrich.records import MISSING, ImageFailure


def read_bytes(location: str, policy: FetchPolicy) -> bytes:
    return fetch(location, policy).data


def fetch(location: str, policy: FetchPolicy, validator: str | None = None) -> Fetched:
    """The image's bytes, or none when `validator` (from an earlier fetch of the same location) still names them.

    Local files ignore it: their size and mtime (image_stamp) are read without a fetch.
    """
    if not location:
        raise ImageFailure("missing_file", "the catalog row has no image")
    if "\0" in location:  # no path or URL holds one (a %00 in a file:// URI decodes to it): the OS refuses it
        raise ImageFailure("unsupported_uri", f"the image location {without_credentials(location)!r} holds a NUL")
    scheme = location.split("://", 1)[0].lower() if "://" in location else ""
    if scheme in ("http", "https", "s3", "gs"):
        if scheme.startswith("http"):  # a user and password are never sent: kept out of every message too
            location = without_credentials(location)
        return breaker.guarded(breaker.source_of(location), lambda: _remote(scheme, location, policy, validator))
    if scheme:
        raise ImageFailure("unsupported_uri", f"{scheme}:// images are not supported: {without_credentials(location)}")
    return Fetched(_local_read(location, policy), None)


def _remote(scheme: str, location: str, policy: FetchPolicy, validator: str | None) -> Fetched:
    if scheme in ("s3", "gs"):
        return _with_retries(lambda deadline: _object_get(location, policy, validator), policy)
    return _with_retries(lambda deadline: http_get(location, policy, deadline, validator), policy)


# a local path that Path would rewrite: a doubled slash, a "." part, a trailing slash
_NOT_AS_PATH_WRITES = re.compile(r"//|/\.(?:/|$)|/$")


def image_uri(location: str) -> str:
    """How a location is recorded (`image_uri`): a local path as a file:// URI, anything else as written but for
    a user and password in it (`https://user:secret@host/`), which the tables must not keep and fetch never sends."""
    if not location.startswith("/"):
        return without_credentials(location)
    if _NOT_AS_PATH_WRITES.search(location):
        return Path(location).as_uri()
    # what Path(location).as_uri() gives a path it would write as is, without building one: a night plans every
    # catalog item's URI (Path took 0.35 s of a 2.9 s night with nothing to do at 100,000 items)
    return "file://" + quote_from_bytes(os.fsencode(location))


def without_credentials(location: str) -> str:
    """The location less a `user:password@` before its host (an @ in its path, query or fragment stays)."""
    scheme, found, rest = location.partition("://")
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if found and "@" in netloc:
        return f"{scheme}://{netloc.rpartition('@')[2]}{rest[len(netloc) :]}"
    return location


def image_stamp(location: str) -> str | None:
    """`size:mtime_ns` of a local regular file, MISSING when there is none; None for URIs and anything odd."""
    if not location.startswith("/"):
        return None
    try:
        info = os.stat(location)
    except FileNotFoundError:
        return MISSING  # still missing next time: unchanged without a decode task
    except (OSError, ValueError):  # ValueError: a NUL in the path, which the read names as the item's error
        return None
    return f"{info.st_size}:{info.st_mtime_ns}" if stat.S_ISREG(info.st_mode) else None


def _local_read(location: str, policy: FetchPolicy) -> bytes:
    path = Path(location).resolve()
    if policy.roots and not any(path.is_relative_to(root) for root in policy.roots):
        linked = f" (a link to {path})" if str(path) != location else ""  # else it looks inside a root
        raise ImageFailure(
            "path_outside_roots", f"{location}{linked} is outside the allowed image roots {list(policy.roots)}"
        )
    try:
        if _regular_file_size(path) > policy.max_bytes:  # decided from stat: a FIFO or device is never opened
            raise ImageFailure("too_large", f"{path} is over the {policy.max_bytes}-byte limit")
        # Non-blocking, so a FIFO swapped in after the stat cannot stall the open; no-follow, so a symlink swapped
        # in after resolve() (which already followed the legitimate ones) cannot lead out of the roots.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
        with os.fdopen(descriptor, "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise ImageFailure("read_error", f"{path} is not a regular file")
            # a buffer of the file's size, not of the cap (4 GiB at most: refused where memory is not overcommitted);
            # the cap holds even if the file grew since the stat
            data = handle.read(min(policy.max_bytes, opened.st_size) + 1)
            if len(data) > opened.st_size:
                data += handle.read(policy.max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise ImageFailure("missing_file", f"no such file: {path}") from None
    except OSError as exc:
        raise ImageFailure("read_error", f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > policy.max_bytes:
        raise ImageFailure("too_large", f"{path} is over the {policy.max_bytes}-byte limit")
    return data


def _regular_file_size(path: Path) -> int:
    """The size of a regular file; anything else (FIFO, socket, device, folder) is a read_error."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ImageFailure("read_error", f"{path} is not a regular file")
    return info.st_size


def _with_retries(attempt_fetch, policy: FetchPolicy) -> Fetched:
    deadline = time.monotonic() + policy.total_timeout_s
    for attempt in range(policy.retries + 1):
        try:
            return attempt_fetch(deadline)
        except Transient as transient:
            pause = policy.backoff_s * 2**attempt
            if attempt == policy.retries or time.monotonic() + pause >= deadline:
                transient.failure.transient = True
                raise transient.failure from None
            time.sleep(pause)
    raise AssertionError("unreachable")


def _object_get(uri: str, policy: FetchPolicy, validator: str | None) -> Fetched:
    """The object's size and time, taken before its bytes, name them: an object replaced in between is named by
    its older stamp, so the next night reads it again, never the reverse."""
    from pyarrow import ArrowException

    shown = without_credentials(uri)  # an access key in the URI is for pyarrow, not for messages
    try:
        filesystem, path = object_filesystem(uri)
        info = filesystem.get_file_info(path)
        size = info.size
        if size is None:
            raise ImageFailure("missing_file", f"no such object: {shown}")
        stamp = f"object:{size}:{info.mtime_ns}" if info.mtime_ns is not None else None
        if stamp is not None and stamp == validator:
            return Fetched(None, stamp)
        if size > policy.max_bytes:
            raise ImageFailure("too_large", f"{shown} is {size} bytes, over the {policy.max_bytes}-byte limit")
        with filesystem.open_input_stream(path) as stream:
            data = stream.read(policy.max_bytes + 1)
    except FileNotFoundError:
        raise ImageFailure("missing_file", f"no such object: {shown}") from None
    except (OSError, ArrowException) as exc:
        raise Transient(ImageFailure("fetch_failed", f"{shown}: {exc}")) from None
    if len(data) > policy.max_bytes:
        raise ImageFailure("too_large", f"{shown} is over the {policy.max_bytes}-byte limit")
    return Fetched(data, stamp)


def object_filesystem(uri: str):
    """(pyarrow filesystem, path) for s3:// or gs://; one filesystem per bucket per process."""
    scheme, rest = uri.split("://", 1)
    bucket, _, key = rest.partition("/")
    return _bucket_filesystem(scheme, bucket), f"{bucket}/{key}"


@functools.cache
def _bucket_filesystem(scheme: str, bucket: str):
    from pyarrow import fs

    filesystem, _ = fs.FileSystem.from_uri(f"{scheme}://{bucket}/")
    return filesystem
