"""Remote and local image locations: timeouts, size caps, retries, SSRF and path-escape refusals.

HTTP cases run against a real server on 127.0.0.1 (allow-listed where a case must reach it).
"""

from __future__ import annotations

import http.server
import io
import os
import threading
import time
from collections import Counter

import pytest
from PIL import Image

from enrich import addresses, breaker, fetch
from enrich.config import FetchPolicy, load_config
from enrich.records import CatalogRow, ImageFailure

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(autouse=True)
def closed_breakers():
    """Each case starts with every source's breaker closed: the cases share one server."""
    breaker.reset()
    yield
    breaker.reset()


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


JPEG = jpeg()


class Handler(http.server.BaseHTTPRequestHandler):
    hits: Counter = Counter()

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):  # noqa: N802 (the stdlib's name)
        Handler.hits[self.path] += 1
        if self.path.startswith("/held.jpg?"):  # one per item: /held.jpg?1, /held.jpg?2...
            return self.route_held()
        if self.path.startswith("/status-"):  # /status-403, /status-400?sig=x: that status, whatever the query
            return self.reply(b"refused", status=int(self.path[8:11]))
        route = getattr(self, "route_" + self.path.strip("/").replace("-", "_").replace(".", "_"), None)
        if route is None:
            return self.send_error(404)
        route()

    do_HEAD = do_GET  # noqa: N815 (the stdlib's name)

    def reply(self, body: bytes, status: int = 200, length: int | None = None):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route_ok_jpg(self):
        self.reply(JPEG)

    def conditional(self, header: str, value: str, matches: bool):
        """A validator of the bytes, and a 304 when the request's condition names them."""
        if matches:
            self.send_response(304)
            self.send_header(header, value)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header(header, value)
        self.send_header("Content-Length", str(len(JPEG)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(JPEG)

    def route_etag_jpg(self):
        self.conditional("ETag", '"v1"', self.headers.get("If-None-Match") == '"v1"')

    def route_weak_etag_jpg(self):
        self.conditional("ETag", 'W/"v1"', self.headers.get("If-None-Match") == 'W/"v1"')

    def route_dated_jpg(self):
        modified = "Mon, 01 Jun 2026 10:00:00 GMT"  # long before the Date header the server sends
        self.conditional("Last-Modified", modified, False)  # never asked If-Modified-Since: a HEAD compares it

    def route_just_modified_jpg(self):  # modified in the second the response is dated: may change again within it
        self.conditional("Last-Modified", self.date_time_string(), False)

    def route_no_head_jpg(self):  # a server (or a WAF before it) that drops a HEAD without an answer
        if self.command == "HEAD":
            self.close_connection = True
            return
        self.conditional("Last-Modified", "Mon, 01 Jun 2026 10:00:00 GMT", False)

    def route_unasked_304(self):
        self.send_response(304)
        self.end_headers()

    def route_slow(self):  # headers, a few bytes, then silence longer than the read timeout
        self.reply(JPEG[:10], length=len(JPEG))
        time.sleep(2)

    def route_trickled_headers(self):  # a byte of headers at a time, each well within the read timeout
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(40):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.1)

    in_flight = 0
    most_in_flight = 0
    expect_in_flight = 1
    lock = threading.Lock()

    def route_held(self):  # a distant host: each answer after 0.2 s; counts the requests it holds at once
        with Handler.lock:
            Handler.in_flight += 1
            Handler.most_in_flight = max(Handler.most_in_flight, Handler.in_flight)
        # held until the requests the test expects at once have all arrived (2 s at most): on a loaded machine (the
        # suite's two processes) eight threads took longer than 0.2 s to connect, and the count read 5
        deadline = time.monotonic() + 2
        while Handler.in_flight < Handler.expect_in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)
        with Handler.lock:
            Handler.in_flight -= 1
        self.reply(JPEG)

    def route_empty_jpg(self):
        self.reply(b"")

    def route_closed_early(self):  # fewer bytes than declared, then the connection closes
        self.reply(JPEG[:100], length=len(JPEG))
        self.close_connection = True

    def route_dribble(self):  # never silent for long, never done: only the deadline stops it
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(40):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.05)

    def route_huge(self):  # declares far more than the cap
        self.reply(b"x" * 100, length=10**9)

    def route_huge_undeclared(self):  # no Content-Length: the cap must hold while streaming
        self.send_response(200)
        self.end_headers()
        for _ in range(64):
            self.wfile.write(b"x" * 65536)
        self.close_connection = True

    def route_error_500(self):
        self.reply(b"boom", status=500)

    def route_flaky(self):
        self.reply(JPEG) if Handler.hits[self.path] > 1 else self.reply(b"busy", status=503)

    def route_redirect_ok(self):
        self.redirect("/ok.jpg")

    def route_redirect_etag(self):
        self.redirect("/etag.jpg")

    def route_redirect_private(self):
        self.redirect("http://10.1.2.3/x.jpg")

    def route_redirect_metadata(self):
        self.redirect("http://169.254.169.254/latest/meta-data/")

    def route_redirect_file(self):
        self.redirect("file:///etc/passwd")

    def route_loop(self):
        self.redirect("/loop")


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.handle_error = lambda request, address: None  # clients that hang up early are the point of some cases
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


ALLOW_LOCAL = FetchPolicy(
    allow_private=("127.0.0.1",),
    connect_timeout_s=2,
    read_timeout_s=0.5,
    total_timeout_s=1.5,
    max_bytes=1 << 20,
    retries=2,
    backoff_s=0.01,
)


def failure(location: str, policy: FetchPolicy = ALLOW_LOCAL) -> ImageFailure:
    with pytest.raises(ImageFailure) as caught:
        fetch.read_bytes(location, policy)
    return caught.value


def test_an_allow_listed_local_server_serves_the_image(server):
    assert fetch.read_bytes(f"{server}/ok.jpg", ALLOW_LOCAL) == JPEG


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/slow", "fetch_timeout"),
        ("/dribble", "fetch_timeout"),
        ("/huge", "too_large"),
        ("/huge-undeclared", "too_large"),
        ("/missing.jpg", "fetch_http_error"),
        ("/error-500", "fetch_http_error"),
        ("/redirect-private", "fetch_blocked"),
        ("/redirect-metadata", "fetch_blocked"),
        ("/redirect-file", "fetch_blocked"),
        ("/loop", "fetch_blocked"),
    ],
)
def test_bad_servers_become_error_codes_quickly(server, path, code):
    started = time.monotonic()
    assert failure(server + path).code == code
    assert time.monotonic() - started < 5  # timeouts and the deadline hold; nothing waits for the server


def test_transient_errors_are_retried_and_permanent_ones_are_not(server):
    Handler.hits.clear()
    assert fetch.read_bytes(f"{server}/flaky", ALLOW_LOCAL) == JPEG
    failure(f"{server}/error-500")
    failure(f"{server}/missing.jpg")
    assert Handler.hits["/flaky"] == 2  # one 503, then success
    assert Handler.hits["/error-500"] == 1 + ALLOW_LOCAL.retries
    assert Handler.hits["/missing.jpg"] == 1  # a 404 is not retried


def test_a_remote_image_is_named_by_its_validator_and_same_bytes_are_not_sent_again(server):
    first = fetch.fetch(f"{server}/etag.jpg", ALLOW_LOCAL)
    assert first == (JPEG, 'etag:"v1"')
    assert fetch.fetch(f"{server}/etag.jpg", ALLOW_LOCAL, first.validator) == (None, 'etag:"v1"')
    assert fetch.fetch(f"{server}/etag.jpg", ALLOW_LOCAL, 'etag:"v0"') == first  # changed at the source: sent
    dated = fetch.fetch(f"{server}/dated.jpg", ALLOW_LOCAL)
    assert dated == (JPEG, f"last-modified:Mon, 01 Jun 2026 10:00:00 GMT; length={len(JPEG)}")
    Handler.hits.clear()
    assert fetch.fetch(f"{server}/dated.jpg", ALLOW_LOCAL, dated.validator).data is None
    assert Handler.hits["/dated.jpg"] == 1  # one HEAD
    # a file put back older than the one recorded (a restore, `cp -p`) is another file: If-Modified-Since would
    # call it unmodified, the HEAD's exact Last-Modified does not
    later = f"last-modified:Tue, 02 Jun 2026 10:00:00 GMT; length={len(JPEG)}"
    assert fetch.fetch(f"{server}/dated.jpg", ALLOW_LOCAL, later).data == JPEG
    assert fetch.fetch(f"{server}/redirect-etag", ALLOW_LOCAL, first.validator).data is None  # through a redirect
    assert fetch.fetch(f"{server}/ok.jpg", ALLOW_LOCAL, first.validator) == (JPEG, None)  # a source that gives none


def test_a_host_that_refuses_us_says_nothing_of_the_image(server):
    """401 and 403 (expired signatures or credentials, a WAF), and 400 to a signed URL (GCS's expired signature), are
    transient, so a known result is kept; a 400 to a plain URL and a 404 are verdicts on the image."""
    assert failure(f"{server}/status-401").transient and failure(f"{server}/status-403").transient
    assert failure(f"{server}/status-400?X-Goog-Date=1&X-Goog-Signature=f0").transient
    assert not failure(f"{server}/status-400?v=2").transient and not failure(f"{server}/status-404").transient


def test_refusals_are_not_retried_and_never_pause_a_healthy_host(server):
    """Five deleted objects in a row (S3 answers 403 without ListBucket) opened the breaker: the host's good images
    were then skipped for 30 s, new items got error rows (a review of the thirty-first session)."""
    Handler.hits.clear()
    for n in range(breaker.FAILS_TO_OPEN + 1):
        assert failure(f"{server}/status-403?{n}").refused
    assert sum(Handler.hits.values()) == breaker.FAILS_TO_OPEN + 1  # one request each: not retried
    assert fetch.read_bytes(f"{server}/ok.jpg", ALLOW_LOCAL) == JPEG


def test_a_host_too_slow_tonight_is_a_transient_failure_not_a_verdict_on_the_image(server):
    assert failure(f"{server}/dribble").transient and failure(f"{server}/error-500").transient
    assert not failure(f"{server}/missing.jpg").transient


def test_a_host_that_trickles_its_headers_is_cut_at_the_deadline(server):
    """Each byte reset the read timeout, and the deadline was only checked in the body: such a host hung its
    decode task, and the night with it, for as long as it kept sending."""
    started = time.monotonic()
    caught = failure(f"{server}/trickled-headers", FetchPolicy(allow_private=("127.0.0.1",), total_timeout_s=1.0))
    assert caught.code == "fetch_timeout" and caught.transient and "within 1.0 s" in caught.message
    assert time.monotonic() - started < 3
    # through a HEAD first (a Last-Modified validator): the HEAD spends the image's deadline, and the GET that
    # starts with none left is cut at once, not after the whole trickle
    started, policy = time.monotonic(), FetchPolicy(allow_private=("127.0.0.1",), total_timeout_s=1.0, retries=0)
    with pytest.raises(ImageFailure, match="within 1.0 s"):
        fetch.fetch(f"{server}/trickled-headers", policy, "last-modified:Mon, 01 Jun 2026 10:00:00 GMT; length=9")
    assert time.monotonic() - started < 3


def test_a_body_cut_short_is_a_failed_fetch_not_a_truncated_image(server):
    caught = failure(f"{server}/closed-early")
    assert caught.code == "fetch_failed" and caught.transient and "bytes short of its Content-Length" in caught.message


def test_a_server_that_refuses_head_gets_a_get_and_the_image_is_had(server):
    dated = fetch.fetch(f"{server}/no-head.jpg", ALLOW_LOCAL)
    assert fetch.fetch(f"{server}/no-head.jpg", ALLOW_LOCAL, dated.validator) == (JPEG, dated.validator)


def test_a_result_is_kept_through_an_outage_only_for_the_location_it_was_made_from(server):
    from enrich.images import load_image
    from enrich.records import CatalogRow, Known

    url, policy = f"{server}/error-500", FetchPolicy(allow_private=("127.0.0.1",), retries=0)
    row = CatalogRow("s", url, 0)
    assert load_image(row, known=Known("a" * 64, None, url), policy=policy).unreachable
    assert load_image(row, known=Known("a" * 64), policy=policy).unreachable  # a plan stored before locations
    moved = load_image(row, known=Known("a" * 64, None, f"{server}/ok.jpg"), policy=policy)
    assert not moved.unreachable and moved.error_code == "fetch_http_error"  # another image: no result to keep


def test_validators_that_may_name_other_bytes_are_not_kept(server):
    assert fetch.fetch(f"{server}/weak-etag.jpg", ALLOW_LOCAL).validator is None  # equivalent, not the same bytes
    assert fetch.fetch(f"{server}/just-modified.jpg", ALLOW_LOCAL).validator is None
    assert failure(f"{server}/unasked-304").code == "fetch_http_error"  # a 304 to a plain GET is no image


def test_a_source_that_fails_image_after_image_is_not_tried_for_a_while_then_tried_again(server, monkeypatch):
    now = [0.0]
    monkeypatch.setattr(breaker, "_clock", lambda: now[0])
    Handler.hits.clear()
    for _ in range(breaker.FAILS_TO_OPEN):
        assert failure(f"{server}/error-500").code == "fetch_http_error"
    started = time.monotonic()
    fast = failure(f"{server}/ok.jpg")  # same host: not asked, failed at once, still transient (the result is kept)
    assert fast.transient and fast.code == "fetch_http_error" and "failed the last 5 images in a row" in fast.message
    assert time.monotonic() - started < 0.1 and Handler.hits["/ok.jpg"] == 0
    assert Handler.hits["/error-500"] == breaker.FAILS_TO_OPEN * (1 + ALLOW_LOCAL.retries)
    now[0] += breaker.OPEN_S + 1  # the pause is over: one image is tried, and its failure opens it again
    failure(f"{server}/error-500")
    assert Handler.hits["/error-500"] == (breaker.FAILS_TO_OPEN + 1) * (1 + ALLOW_LOCAL.retries)
    assert failure(f"{server}/ok.jpg").transient and Handler.hits["/ok.jpg"] == 0
    now[0] += breaker.OPEN_S + 1
    assert fetch.read_bytes(f"{server}/ok.jpg", ALLOW_LOCAL) == JPEG  # an image: closed
    for _ in range(breaker.FAILS_TO_OPEN - 1):
        failure(f"{server}/error-500")
    assert not failure(f"{server}/missing.jpg").transient  # a 404 is an answer: the count starts over
    failure(f"{server}/error-500")
    assert fetch.read_bytes(f"{server}/ok.jpg", ALLOW_LOCAL) == JPEG


def test_redirects_are_followed_to_allowed_targets_only(server):
    Handler.hits.clear()
    assert fetch.read_bytes(f"{server}/redirect-ok", ALLOW_LOCAL) == JPEG
    assert "10.1.2.3" in failure(f"{server}/redirect-private").message


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "2130706433",
        "0.0.0.0",
        "[::ffff:127.0.0.1]",
        "169.254.169.254",
        "10.0.0.7",
        "192.168.1.1",
        "172.16.0.1",
        "[fe80::1]",
    ],
)
def test_non_public_addresses_are_refused_before_any_connection(server, host):
    Handler.hits.clear()
    port = server.rsplit(":", 1)[1]
    assert failure(f"http://{host}:{port}/ok.jpg", FetchPolicy()).code == "fetch_blocked"
    assert not Handler.hits  # the server never saw a request


def test_allow_list_names_hosts_or_networks(server):
    port = server.rsplit(":", 1)[1]
    by_name = FetchPolicy(allow_private=("localhost",), retries=0)
    assert fetch.read_bytes(f"http://localhost:{port}/ok.jpg", by_name) == JPEG
    assert failure(f"http://127.0.0.1:{port}/ok.jpg", by_name).code == "fetch_blocked"  # the name, not the address
    by_network = FetchPolicy(allow_private=("127.0.0.0/8",), retries=0)
    assert fetch.read_bytes(f"http://127.0.0.1:{port}/ok.jpg", by_network) == JPEG


def test_a_url_is_sent_percent_encoded_as_a_browser_sends_it(server):
    """A space or an é in a catalog's URL was a read_error from http.client, or a transient failure retried."""
    Handler.hits.clear()
    assert failure(f"{server}/café dress.jpg").code == "fetch_http_error"  # the server's 404, not our error
    assert failure(f"{server}/a%20b.jpg?q=é").code == "fetch_http_error"
    assert set(Handler.hits) == {"/caf%C3%A9%20dress.jpg", "/a%20b.jpg?q=%C3%A9"}
    caught = failure("http://" + "a" * 64 + ".test/x.jpg")
    assert caught.code == "unsupported_uri" and "is not a valid host name" in caught.message


def test_a_user_and_password_in_a_url_are_neither_recorded_nor_in_a_message(server):
    for kept in ("https://img.test?f=shirt@2x.jpg", "https://r.test/?src=a@b.test/x.jpg", "https://c.test#v@2"):
        assert fetch.image_uri(kept) == kept  # an @ after the host is no user
    host = server.split("//")[1]
    assert fetch.image_uri(f"http://user:secret@{host}/ok.jpg") == f"{server}/ok.jpg"
    assert fetch.read_bytes(f"http://user:secret@{host}/ok.jpg", ALLOW_LOCAL) == JPEG
    assert "secret" not in failure(f"http://user:secret@{host}/missing.jpg").message
    from enrich.images import load_image
    from enrich.records import CatalogRow

    empty = load_image(CatalogRow("s", f"http://user:secret@{host}/empty.jpg", 0), policy=ALLOW_LOCAL)
    assert empty.error_code == "empty_file" and "secret" not in empty.error


def test_other_schemes_are_unsupported():
    assert failure("ftp://example.com/a.jpg").code == "unsupported_uri"


@pytest.mark.parametrize("url", ["https://h.test:abc/a.jpg", "http://h.test:99999/a.jpg", "http://[::1/a.jpg"])
def test_a_malformed_url_is_the_items_error(url):
    """urlsplit raises ValueError on a bad port or bracket: it must come out as the item's error, not an
    exception that fails its shard."""
    caught = failure(url)
    assert caught.code == "unsupported_uri" and "not a valid URL" in caught.message and not caught.transient


def test_local_paths_stay_inside_the_roots(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "in.jpg").write_bytes(JPEG)
    (outside / "secret.jpg").write_bytes(JPEG)
    (root / "link.jpg").symlink_to(outside / "secret.jpg")
    policy = FetchPolicy(roots=(str(root),))
    assert fetch.read_bytes(str(root / "in.jpg"), policy) == JPEG
    for escape in (f"{root}/../outside/secret.jpg", str(root / "link.jpg"), "/etc/hostname"):
        assert failure(escape, policy).code == "path_outside_roots"
    # the link's own path lies inside the root: the message names where it leads
    assert (
        f"link.jpg (a link to {outside.resolve() / 'secret.jpg'}) is outside"
        in failure(str(root / "link.jpg"), policy).message
    )
    assert failure(str(root / "in.jpg"), FetchPolicy(roots=(str(root),), max_bytes=10)).code == "too_large"


def test_a_run_confines_images_to_the_catalog_folder_and_the_job_roots(tmp_path):
    catalog = tmp_path / "cat" / "catalog.csv"
    catalog.parent.mkdir()
    catalog.write_text("sku,image\na,a.jpg\n")
    extra = tmp_path / "shared-images"
    job = tmp_path / "job.toml"
    job.write_text(
        'catalog = "cat/catalog.csv"\n[fetch]\nroots = ["shared-images"]\nallow_private = ["10.0.0.0/8"]\nretries = 1\n'
    )
    config = load_config(job)
    assert config.fetch.roots == (str(catalog.parent), str(extra))
    assert config.fetch.allow_private == ("10.0.0.0/8",) and config.fetch.retries == 1
    assert load_config(catalog=str(catalog), image_roots=("/srv/img",)).fetch.roots == (str(catalog.parent), "/srv/img")


def test_unknown_fetch_keys_are_refused(tmp_path):
    from enrich import EnrichError

    job = tmp_path / "job.toml"
    job.write_text('catalog = "c.csv"\n[fetch]\ntimeout = 3\n')
    with pytest.raises(EnrichError, match="unknown \\[fetch\\] keys \\['timeout'\\]"):
        load_config(job)


def test_object_stores_read_through_a_pyarrow_filesystem_with_the_cap(tmp_path, monkeypatch):
    from pyarrow import fs

    (tmp_path / "bucket").mkdir()
    (tmp_path / "bucket" / "a.jpg").write_bytes(JPEG)
    opened = []

    def local_bucket(scheme, bucket):
        opened.append((scheme, bucket))
        return fs.SubTreeFileSystem(str(tmp_path), fs.LocalFileSystem())

    monkeypatch.setattr(fetch, "_bucket_filesystem", local_bucket)
    assert fetch.read_bytes("s3://bucket/a.jpg", ALLOW_LOCAL) == JPEG
    assert fetch.read_bytes("gs://bucket/a.jpg", ALLOW_LOCAL) == JPEG
    assert opened == [("s3", "bucket"), ("gs", "bucket")]
    assert failure("s3://bucket/nope.jpg").code == "missing_file"
    assert failure("s3://bucket/a.jpg", FetchPolicy(max_bytes=100)).code == "too_large"


def test_an_objects_size_and_time_name_its_bytes_and_same_ones_are_not_read_again(tmp_path, monkeypatch):
    from pyarrow import fs

    (tmp_path / "bucket").mkdir()
    image = tmp_path / "bucket" / "a.jpg"
    image.write_bytes(JPEG)
    monkeypatch.setattr(
        fetch, "_bucket_filesystem", lambda scheme, bucket: fs.SubTreeFileSystem(str(tmp_path), fs.LocalFileSystem())
    )
    first = fetch.fetch("s3://bucket/a.jpg", ALLOW_LOCAL)
    assert first.data == JPEG and first.validator == f"object:{len(JPEG)}:{image.stat().st_mtime_ns}"
    assert fetch.fetch("s3://bucket/a.jpg", ALLOW_LOCAL, first.validator) == (None, first.validator)
    image.write_bytes(JPEG[::-1])
    os.utime(image, ns=(image.stat().st_atime_ns, image.stat().st_mtime_ns + 10**9))  # a new object, a new time
    assert fetch.fetch("s3://bucket/a.jpg", ALLOW_LOCAL, first.validator).data == JPEG[::-1]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_run_over_remote_and_escaping_locations_gives_one_row_each(server, standin_actors, tiny_model, tmp_path):
    from click.testing import CliRunner

    from enrich.cli import main
    from enrich.sql import query

    (tmp_path / "cat").mkdir()
    (tmp_path / "cat" / "local.jpg").write_bytes(JPEG)
    (tmp_path / "secret.jpg").write_bytes(JPEG)
    rows = {
        "http-ok": f"{server}/ok.jpg",
        "http-404": f"{server}/missing.jpg",
        "local": "local.jpg",
        "ssrf": f"{server}/redirect-metadata",
        "escape": "../secret.jpg",
    }
    (tmp_path / "cat" / "catalog.csv").write_text("sku,image\n" + "".join(f"{s},{i}\n" for s, i in rows.items()))
    job = tmp_path / "job.toml"
    job.write_text(
        f'catalog = "cat/catalog.csv"\nout = "out"\nmodel = "{tiny_model}"\nerror_budget = 1.0\n'
        '[fetch]\nallow_private = ["127.0.0.1"]\nretries = 1\nbackoff_s = 0.01\n'
    )
    done = CliRunner().invoke(main, ["run", "--job", str(job), "--no-progress"])  # Ray's decode tasks fetch
    assert done.exit_code == 0, done.output
    _, found = query(tmp_path / "out", "select sku, status, error_code from items order by sku")
    assert found == [
        ("escape", "error", "path_outside_roots"),
        ("http-404", "error", "fetch_http_error"),
        ("http-ok", "ok", None),
        ("local", "ok", None),
        ("ssrf", "error", "fetch_blocked"),
    ]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_remote_images_whose_catalog_columns_changed_are_kept_without_the_model(
    server, standin_actors, tiny_model, tmp_path
):
    """A remote image has no stamp: the decode task fetches and hashes it, and same bytes under new catalog columns
    come back as a refresh, with no actor started (a night of seller fixes) or beside items an actor enriches."""
    from click.testing import CliRunner

    from enrich.cli import main
    from enrich.sql import query

    catalog = tmp_path / "catalog.csv"
    (tmp_path / "local.jpg").write_bytes(JPEG)
    job = tmp_path / "job.toml"
    job.write_text(
        f'catalog = "catalog.csv"\nout = "out"\nmodel = "{tiny_model}"\n[fetch]\nallow_private = ["127.0.0.1"]\n'
    )

    def night(remote_title: str) -> str:
        catalog.write_text(f"sku,image,title\nremote,{server}/ok.jpg,{remote_title}\nlocal,local.jpg,kept\n")
        done = CliRunner().invoke(main, ["run", "--job", str(job), "--no-progress"])
        assert done.exit_code == 0, done.output
        return done.output

    assert "2 processed" in night("first")
    quiet = night("renamed")  # the seller's fix: the image is fetched and hashed, and the model is not needed
    assert "0 processed" in quiet and "1 updated without the model" in quiet and "no worker started" in quiet
    (tmp_path / "local.jpg").write_bytes(JPEG + b"\0")  # new bytes: an actor runs, the remote item rides along
    mixed = night("renamed again")
    assert "1 processed" in mixed and "1 updated without the model" in mixed and "no worker started" not in mixed
    rows = "select sku, title, enriched_run_id = run_id from items order by sku"
    assert query(tmp_path / "out", rows)[1] == [("local", "kept", True), ("remote", "renamed again", False)]
    assert query(tmp_path / "out", "select metadata_updated from runs order by run_id")[1] == [(0,), (1,), (1,)]


@pytest.mark.timeout(10)
def test_a_fifo_or_other_non_regular_file_is_a_read_error_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)  # no writer: a blocking open or read would wait forever
    (tmp_path / "link.jpg").symlink_to(fifo)  # a symlink inside the roots is followed, then judged
    policy = FetchPolicy(roots=(str(tmp_path),))
    for location in (fifo, tmp_path / "link.jpg", tmp_path):
        started = time.monotonic()
        caught = failure(str(location), policy)
        assert caught.code == "read_error" and "not a regular file" in caught.message
        assert time.monotonic() - started < 2


@pytest.mark.timeout(10)
def test_a_file_swapped_for_a_fifo_after_the_check_is_refused_when_opened(tmp_path, monkeypatch):
    import os

    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    monkeypatch.setattr(fetch, "_regular_file_size", lambda path: 1)  # as if it was a file when first looked at
    caught = failure(str(fifo), FetchPolicy(roots=(str(tmp_path),)))
    assert caught.code == "read_error" and "not a regular file" in caught.message


def test_a_symlink_inside_the_roots_is_still_read(tmp_path):
    (tmp_path / "in.jpg").write_bytes(JPEG)
    (tmp_path / "alias.jpg").symlink_to(tmp_path / "in.jpg")
    assert fetch.read_bytes(str(tmp_path / "alias.jpg"), FetchPolicy(roots=(str(tmp_path),))) == JPEG


TUNNELLED_NON_PUBLIC = [
    "::127.0.0.1",  # IPv4-compatible (deprecated)
    "::a9fe:a9fe",  # IPv4-compatible 169.254.169.254
    "::ffff:0:7f00:1",  # IPv4-translated 127.0.0.1
    "::ffff:0:a00:1",  # IPv4-translated 10.0.0.1
    "64:ff9b::7f00:1",  # NAT64 well-known prefix, 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64, link-local metadata address
    "64:ff9b::c0a8:101",  # NAT64, 192.168.1.1
    "64:ff9b:1::a00:1",  # NAT64 local-use prefix (never public)
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:a9fe:a9fe::",  # 6to4 of 169.254.169.254
    "2002:ac10:1::",  # 6to4 of 172.16.0.1
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo
    "fec0::1",  # site-local (deprecated)
    "fed0::1",
]


@pytest.mark.parametrize("address", TUNNELLED_NON_PUBLIC)
def test_ipv6_forms_that_wrap_or_hide_non_public_addresses_are_not_public(address):
    assert not addresses.public(address)


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1", "2606:4700::1111", "8.8.8.8"])
def test_public_addresses_and_tunnels_to_them_stay_public(address):
    assert addresses.public(address)


@pytest.mark.parametrize("address", TUNNELLED_NON_PUBLIC[:3] + ["64:ff9b::7f00:1", "2002:7f00:1::1", "fec0::1"])
def test_tunnelled_forms_are_refused_before_any_connection(server, address):
    Handler.hits.clear()
    port = server.rsplit(":", 1)[1]
    caught = failure(f"http://[{address}]:{port}/ok.jpg", FetchPolicy(retries=0, connect_timeout_s=1))
    assert caught.code == "fetch_blocked" and "non-public" in caught.message
    assert not Handler.hits


@pytest.mark.parametrize("reads, at_once", [(1, 1), (8, 8)])
def test_a_shards_images_are_read_concurrent_reads_at_a_time(server, reads, at_once):
    """One at a time, a shard of 32 from a host 100 ms away took 3.4 s: the decode tasks ahead of a GPU actor
    could not keep up with it."""
    from enrich.pool.decode import decode_shard

    Handler.most_in_flight, Handler.expect_in_flight = 0, at_once
    rows = tuple(CatalogRow(f"s{i}", f"{server}/held.jpg?{i}", i) for i in range(8))
    policy = FetchPolicy(allow_private=("127.0.0.1",), concurrent_reads=reads)
    decoded = decode_shard(rows, 512, 10**8, policy, {})
    assert [d.row.sku for d in decoded] == [r.sku for r in rows] and all(d.ok for d in decoded)  # in shard order
    assert Handler.most_in_flight == at_once


@pytest.mark.parametrize("size, fits", [(100, True), (300, False)])
def test_a_file_that_grows_while_it_is_read_is_read_whole_up_to_the_cap(tmp_path, monkeypatch, size, fits):
    """The read's buffer is the file's size at the open, not the cap's (4 GiB at most): a file that grew after it
    is still read whole, and one that grew past the cap is too large."""
    image = tmp_path / "a.jpg"
    image.write_bytes(b"x" * size)
    real_fstat = os.fstat

    def smaller(descriptor):  # as if the writer appended after the open's stat
        found = real_fstat(descriptor)
        return os.stat_result((*found[:6], 10, *found[7:]))

    monkeypatch.setattr(fetch.os, "fstat", smaller)
    policy = FetchPolicy(max_bytes=200)
    if fits:
        assert fetch.read_bytes(str(image), policy) == b"x" * size
    else:
        with pytest.raises(ImageFailure, match="over the 200-byte limit"):
            fetch.read_bytes(str(image), policy)


@pytest.mark.parametrize(
    "location",
    [
        "/a/b.jpg",
        "/",
        "//",
        "///a",
        "//a/b",
        "/a//b",
        "/a/./b",
        "/a/.",
        "/a/..",
        "/a/../b",
        "/a/b/",
        "/a b/c%d#e?f",
        "/é/ü.jpg",
        "/a\udcff.jpg",
        "/a/.hidden",
        "/a/..b",
        "/a/b.",
        "/.",
        "/./a",
        "/a\\b",
        "/a:b@c",
        "/a\nb",
        "/😀.png",
    ],
)
def test_a_local_image_uri_is_what_pathlib_writes(location):
    """image_uri writes a plain path's URI without building a Path (0.35 s a night at 100,000 items): the same text."""
    from pathlib import Path

    from enrich.fetch import image_uri

    assert image_uri(location) == Path(location).as_uri()
