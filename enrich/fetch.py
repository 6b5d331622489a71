"""Image bytes from a local path, http(s), s3:// or gs://, under the job's FetchPolicy.

Every refusal and failure is an ImageFailure with a stable code, so a bad location costs one error row.
- Local paths must resolve (symlinks followed) inside an allowed root: no `../` or symlink escapes. Only regular
  files are read: a FIFO, socket, device or folder is a `read_error`, decided without a blocking open.
- http(s): every host, including each redirect's, is resolved and vetted before any connection, and the
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
import http.client
import os
import re
import socket
import ssl
import stat
import threading
import time
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, urljoin, urlsplit

from enrich import __version__, breaker
from enrich.addresses import allowed
from enrich.config import FetchPolicy
from enrich.records import MISSING, ImageFailure

REDIRECTS = (301, 302, 303, 307, 308)
URL_SAFE = "/?%:@!$&'()*+,;=~-._"  # reserved and unreserved characters, and % of what is encoded already
CHUNK = 1 << 16


class _Transient(Exception):
    """A failure worth retrying; carries the ImageFailure to raise when retries run out."""

    def __init__(self, failure: ImageFailure):
        super().__init__(failure.message)
        self.failure = failure


class Fetched(NamedTuple):
    data: bytes | None  # None: the source says the bytes are those the validator handed in names
    validator: str | None  # names these bytes at a remote source for a later conditional read; None for local files


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
    return _with_retries(lambda deadline: _http_get(location, policy, deadline, validator), policy)


def image_uri(location: str) -> str:
    """How a location is recorded (`image_uri`): a local path as a file:// URI, anything else as written but for
    a user and password in it (`https://user:secret@host/`), which the tables must not keep and fetch never sends."""
    return Path(location).as_uri() if location.startswith("/") else without_credentials(location)


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
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ImageFailure("read_error", f"{path} is not a regular file")
            data = handle.read(policy.max_bytes + 1)  # the cap holds even if the file grew since the stat
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
        except _Transient as transient:
            pause = policy.backoff_s * 2**attempt
            if attempt == policy.retries or time.monotonic() + pause >= deadline:
                transient.failure.transient = True
                raise transient.failure from None
            time.sleep(pause)
    raise AssertionError("unreachable")


def _http_get(url: str, policy: FetchPolicy, deadline: float, validator: str | None) -> Fetched:
    """The bytes, or none when the validator still names them: a strong ETag is asked as `If-None-Match` (an exact
    match, so a 304 means the same bytes); a Last-Modified is compared, with the length, to a HEAD's, never asked as
    `If-Modified-Since`, which a file put back older (a restore, `cp -p`, a rollback) would pass."""
    kind, _, value = (validator or "").partition(":")
    if kind == "last-modified" and _head_validator(url, policy, deadline) == validator:
        return Fetched(None, validator)
    conditions = {"If-None-Match": value} if kind == "etag" else {}
    url, response, connection = _final_response(url, policy, "GET", conditions, deadline)
    try:
        if response.status == 304 and conditions:
            return Fetched(None, validator)
        if response.status == 429 or response.status >= 500:
            raise _Transient(ImageFailure("fetch_http_error", f"{url}: HTTP {response.status} {response.reason}"))
        if response.status != 200:
            raise ImageFailure("fetch_http_error", f"{url}: HTTP {response.status} {response.reason}")
        return Fetched(_read_capped(response, url, policy, deadline), _http_validator(response))
    finally:
        connection.close()


def _head_validator(url: str, policy: FetchPolicy, deadline: float) -> str | None:
    """The validator a HEAD gets; None for anything but a 200 (a server without HEAD, a WAF that drops it, a
    connection error): the GET decides then, with its own retries."""
    try:
        url, response, connection = _final_response(url, policy, "HEAD", {}, deadline)
    except (_Transient, ImageFailure):
        return None
    try:
        return _http_validator(response) if response.status == 200 else None
    finally:
        connection.close()


def _final_response(url: str, policy: FetchPolicy, method: str, headers: dict[str, str], deadline: float):
    """(url, response, open connection) at the end of the redirects, each target vetted like the first URL."""
    for _ in range(policy.max_redirects + 1):
        response, connection = _request(url, policy, method, headers, deadline)
        if response.status not in REDIRECTS:
            return url, response, connection
        target = response.getheader("Location")
        connection.close()
        if not target:
            raise ImageFailure("fetch_http_error", f"{url}: redirect {response.status} without a Location")
        url = urljoin(url, target)
    raise ImageFailure("fetch_blocked", f"{url}: more than {policy.max_redirects} redirects")


def _http_validator(response) -> str | None:
    """A strong ETag (a weak one may name other bytes of an equivalent image), else a Last-Modified at least a
    second before the response's Date (a later one may name bytes that changed again within that second, RFC 9110
    8.8.2.2), with the length."""
    etag = response.getheader("ETag")
    if etag and not etag.startswith("W/"):
        return f"etag:{etag}"
    modified, sent = response.getheader("Last-Modified"), response.getheader("Date")
    try:
        settled = (parsedate_to_datetime(sent) - parsedate_to_datetime(modified)).total_seconds() >= 1
    except (TypeError, ValueError):  # missing or unparsable dates: no validator, the bytes are read every night
        return None
    return f"last-modified:{modified}; length={response.getheader('Content-Length')}" if settled else None


def _request(url: str, policy: FetchPolicy, method: str, conditions: dict[str, str], deadline: float):
    parts, port = _split(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImageFailure("fetch_blocked", f"refusing to follow {url}: only http(s) URLs with a host are fetched")
    port = port or (443 if parts.scheme == "https" else 80)
    address = vetted_address(parts.hostname, port, policy)
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    connection = kind(parts.hostname, port, address, policy.connect_timeout_s, policy.read_timeout_s)
    # A catalog's URL as a browser takes it: a space or a letter such as é in the path is sent percent-encoded
    # (http.client refuses or mangles them); what is encoded already stays as it is.
    path = quote(parts.path or "/", safe=URL_SAFE) + (f"?{quote(parts.query, safe=URL_SAFE)}" if parts.query else "")
    # A host that trickles its status line or headers, a byte at a time, never trips the read timeout (each byte
    # resets it): at the deadline the socket is shut, which ends the blocked read. The body's reads check it.
    cut = threading.Event()
    cutter = threading.Timer(0, _shut, (connection, cut))
    cutter.daemon = True
    late = _Transient(ImageFailure("fetch_timeout", f"{url}: no complete response within {policy.total_timeout_s} s"))
    try:
        connection.connect()  # bounded by the connect timeout; the timer needs the socket it makes
        cutter.interval = max(deadline - time.monotonic(), 0.0)  # a deadline spent already shuts it at once
        cutter.start()
        headers = {"User-Agent": f"enrich/{__version__}", "Accept": "image/*", **conditions}
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
    except TimeoutError:
        connection.close()
        raise _Transient(ImageFailure("fetch_timeout", f"{url}: no connection or response in time")) from None
    except (OSError, http.client.HTTPException) as exc:
        connection.close()
        raise late if cut.is_set() else _Transient(ImageFailure("fetch_failed", f"{url}: {exc}")) from None
    finally:
        cutter.cancel()
    if cut.is_set():  # http.client reads the end of the stream as the end of the headers
        connection.close()
        raise late
    return response, connection


def _shut(connection, cut: threading.Event) -> None:
    """End any read blocked on the connection's socket (from another thread)."""
    cut.set()
    try:
        if connection.sock is not None:
            connection.sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # closed already


def _split(url: str):
    """The URL's parts and port; a malformed one (a port that is no number, an unclosed IPv6 bracket) is the
    item's error, not an exception that would fail its shard."""
    try:
        parts = urlsplit(url)
        return parts, parts.port
    except ValueError as exc:
        raise ImageFailure("unsupported_uri", f"{url} is not a valid URL: {exc}") from None


def _read_capped(response, url: str, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise ImageFailure("too_large", f"{url} declares {declared} bytes, over the {policy.max_bytes}-byte limit")
    chunks, size = [], 0
    try:
        while block := response.read1(CHUNK):
            size += len(block)
            if size > policy.max_bytes:
                raise ImageFailure("too_large", f"{url} sent more than the {policy.max_bytes}-byte limit")
            if time.monotonic() > deadline:  # a host too slow tonight: says nothing of the image
                message = f"{url}: not complete within {policy.total_timeout_s} s"
                raise ImageFailure("fetch_timeout", message, transient=True)
            chunks.append(block)
    except TimeoutError:
        raise _Transient(ImageFailure("fetch_timeout", f"{url}: stalled for {policy.read_timeout_s} s")) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _Transient(ImageFailure("fetch_failed", f"{url}: {exc}")) from None
    if time.monotonic() > deadline:  # cut by the deadline as the headers ended (_request), or read1 at the end
        raise _Transient(ImageFailure("fetch_timeout", f"{url}: not complete within {policy.total_timeout_s} s"))
    if response.length:  # read1 ends quietly at a connection closed early: those bytes are no truncated image
        message = f"{url}: the connection closed {response.length} bytes short of its Content-Length"
        raise _Transient(ImageFailure("fetch_failed", message))
    return b"".join(chunks)


def vetted_address(host: str, port: int, policy: FetchPolicy) -> str:
    """The address to connect to, once every address the host resolves to is allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _Transient(ImageFailure("fetch_failed", f"cannot resolve {host}: {exc.strerror or exc}")) from None
    except UnicodeError as exc:  # a label over 63 characters, or one IDNA cannot encode
        raise ImageFailure("unsupported_uri", f"{host} is not a valid host name: {exc}") from None
    addresses = [info[4][0] for info in infos]
    for address in addresses:
        if not allowed(host, address, policy.allow_private):
            raise ImageFailure(
                "fetch_blocked",
                f"{host} resolves to the non-public address {address}; "
                "allow-list it in the job's [fetch] allow_private",
            )
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the vetted address; the Host header still names the host."""

    def __init__(self, host: str, port: int, address: str, connect_timeout: float, read_timeout: float):
        super().__init__(host, port, timeout=connect_timeout)
        self.address, self.read_timeout = address, read_timeout

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock.settimeout(self.read_timeout)


class _PinnedHTTPS(_PinnedHTTP):
    default_port = 443

    def connect(self) -> None:
        super().connect()
        self.sock = ssl.create_default_context().wrap_socket(self.sock, server_hostname=self.host)


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
        raise _Transient(ImageFailure("fetch_failed", f"{shown}: {exc}")) from None
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
