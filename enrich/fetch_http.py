"""http(s) image reads for fetch.py: every host (each redirect's too) resolved and vetted before a connection is made
to the vetted address (no DNS rebinding between check and use), timeouts, a deadline, a size cap while streaming, and
conditional reads by a validator (a 304 to `If-None-Match`; a HEAD's same Last-Modified and length)."""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from email.utils import parsedate_to_datetime
from typing import NamedTuple
from urllib.parse import quote, urljoin, urlsplit

from enrich import __version__
from enrich.addresses import allowed
from enrich.config import FetchPolicy
from enrich.records import ImageFailure

REDIRECTS = (301, 302, 303, 307, 308)
URL_SAFE = "/?%:@!$&'()*+,;=~-._"  # reserved and unreserved characters, and % of what is encoded already
CHUNK = 1 << 16


class Transient(Exception):
    """A failure worth retrying; carries the ImageFailure to raise when retries run out."""

    def __init__(self, failure: ImageFailure):
        super().__init__(failure.message)
        self.failure = failure


class Fetched(NamedTuple):
    data: bytes | None  # None: the source says the bytes are those the validator handed in names
    validator: str | None  # names these bytes at a remote source for a later conditional read; None for local files


def http_get(url: str, policy: FetchPolicy, deadline: float, validator: str | None) -> Fetched:
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
            raise Transient(ImageFailure("fetch_http_error", f"{url}: HTTP {response.status} {response.reason}"))
        if _refused(response.status, url):
            raise ImageFailure("fetch_http_error", f"{url}: HTTP {response.status} {response.reason}", refused=True)
        if response.status != 200:
            raise ImageFailure("fetch_http_error", f"{url}: HTTP {response.status} {response.reason}")
        return Fetched(_read_capped(response, url, policy, deadline), _http_validator(response))
    finally:
        connection.close()


def _refused(status: int, url: str) -> bool:
    """The host refuses us, which says nothing of the image: 401 and 403 (expired signatures or credentials, a WAF;
    S3's answer to a missing key without ListBucket too), and 400 to a signed URL (GCS's expired signature). As in
    an outage, an image's result is kept (images.py): a catalog whose signatures expired before the night replaced
    every result with an error row, and the next night ran the model on all of them. Not retried, and not counted
    by the breaker (records.ImageFailure.refused)."""
    return status in (401, 403) or status == 400 and unsigned(url) != url


def _head_validator(url: str, policy: FetchPolicy, deadline: float) -> str | None:
    """The validator a HEAD gets; None for anything but a 200 (a server without HEAD, a WAF that drops it, a
    connection error): the GET decides then, with its own retries."""
    try:
        url, response, connection = _final_response(url, policy, "HEAD", {}, deadline)
    except (Transient, ImageFailure):
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
    late = Transient(ImageFailure("fetch_timeout", f"{url}: no complete response within {policy.total_timeout_s} s"))
    try:
        connection.connect()  # bounded by the connect timeout; the timer needs the socket it makes
        cutter.interval = max(deadline - time.monotonic(), 0.0)  # a deadline spent already shuts it at once
        cutter.start()
        headers = {"User-Agent": f"enrich/{__version__}", "Accept": "image/*", **conditions}
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
    except TimeoutError:
        connection.close()
        raise Transient(ImageFailure("fetch_timeout", f"{url}: no connection or response in time")) from None
    except (OSError, http.client.HTTPException) as exc:
        connection.close()
        raise late if cut.is_set() else Transient(ImageFailure("fetch_failed", f"{url}: {exc}")) from None
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
        raise Transient(ImageFailure("fetch_timeout", f"{url}: stalled for {policy.read_timeout_s} s")) from None
    except (OSError, http.client.HTTPException) as exc:
        raise Transient(ImageFailure("fetch_failed", f"{url}: {exc}")) from None
    if time.monotonic() > deadline:  # cut by the deadline as the headers ended (_request), or read1 at the end
        raise Transient(ImageFailure("fetch_timeout", f"{url}: not complete within {policy.total_timeout_s} s"))
    if response.length:  # read1 ends quietly at a connection closed early: those bytes are no truncated image
        message = f"{url}: the connection closed {response.length} bytes short of its Content-Length"
        raise Transient(ImageFailure("fetch_failed", message))
    return b"".join(chunks)


def vetted_address(host: str, port: int, policy: FetchPolicy) -> str:
    """The address to connect to, once every address the host resolves to is allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise Transient(ImageFailure("fetch_failed", f"cannot resolve {host}: {exc.strerror or exc}")) from None
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


# The query parameters that sign a URL, by the one that holds the signature: present, they rotate (nightly, say) while
# the object stays. S3's and GCS's presigned URLs (V4: a prefix; then V2), CloudFront's signed URLs, Azure's SAS. A
# parameter of a family whose signature is absent is another server's, and may name other bytes (?st=red).
_SIGNING = {
    "x-amz-signature": "x-amz-",
    "x-goog-signature": "x-goog-",
    # S3's V2 with temporary credentials carries x-amz-security-token, which rotates with them
    "signature": frozenset(
        ("signature", "expires", "policy", "key-pair-id", "awsaccesskeyid", "googleaccessid", "x-amz-security-token")
    ),
    "sig": frozenset(
        ("sig", "se", "st", "sv", "sp", "sr", "spr", "sip", "ss", "srt", "sdd", "skoid", "sktid", "skt", "ske", "sks")
        + ("skv",)
    ),
}


def unsigned(location: str) -> str:
    """An http(s) URL without the parameters that sign it, if it is signed; any other location as it is. String
    operations, not urlsplit: a plan calls it twice for every rotated URL of a catalog (urlsplit took 15 µs)."""
    if "?" not in location or not location[:8].lower().startswith(("http://", "https://")):
        return location
    before_fragment, hashed, fragment = location.partition("#")
    head, marked, query = before_fragment.partition("?")
    pairs = query.split("&")
    names = [pair.partition("=")[0].lower() for pair in pairs]
    families = [_SIGNING[name] for name in set(names) & _SIGNING.keys()]
    if not marked or not families:
        return location
    drop = {n for n in names for f in families if (n.startswith(f) if isinstance(f, str) else n in f)}
    kept = "&".join(pair for pair, name in zip(pairs, names) if name not in drop)
    return head + ("?" + kept if kept else "") + hashed + fragment
