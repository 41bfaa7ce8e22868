"""workers.fetch against real HTTP servers on 127.0.0.1 (never any other address)."""

from __future__ import annotations

import gzip
import http.server
import shutil
import socket
import ssl
import subprocess
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.errors import (
    BlockedAddressError,
    FetchError,
    FetchTimeoutError,
    NotAnArticleError,
    NotFoundError,
    TooLargeError,
    UpstreamError,
)
from workers import fetch as fetch_mod
from workers.article import extract_from_page
from workers.fetch import (
    DEFAULT_USER_AGENT,
    Page,
    decode_body,
    fetch,
    is_public_address,
    normalize_url,
    parse_allowed_private,
)

PAGES = Path(__file__).parent / "fixtures" / "pages"
MB = 1024 * 1024
ZEROS = bytes(64 * 1024)

# --------------------------------------------------------------------- page host

Route = Callable[[http.server.BaseHTTPRequestHandler], None]


class PageHost:
    """A threaded HTTP(S) server on 127.0.0.1 serving routes registered by a test."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        host = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                host.requests.append((self.path, dict(self.headers)))
                route = host.routes.get(self.path) or host.routes.get(self.path.split("?")[0])
                if route is None:
                    send(self, 404, b"<html><body>missing</body></html>")
                else:
                    route(self)

            def log_message(self, *args) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:
                pass  # clients hanging up on purpose are the point of several tests

        self.server = Server(("127.0.0.1", 0), Handler)
        if ssl_context is not None:
            self.server.socket = ssl_context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.scheme = "https" if ssl_context else "http"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def allowed(self) -> list[str]:
        return [f"127.0.0.1:{self.port}"]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, path: str, fn: Route) -> None:
        self.routes[path] = fn

    def page(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.routes[path] = lambda h: send(h, status, body, ctype, headers)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = lambda h: send(h, status, b"", headers={"Location": location})

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def send(h, status: int = 200, body: bytes = b"", ctype: str | None = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    if ctype:
        h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        h.send_header(key, value)
    h.end_headers()
    h.wfile.write(body)


def stream(h, total: int, headers: dict[str, str]) -> None:
    """Write `total` bytes of zeros lazily, 64 KiB at a time, until the client hangs up."""
    h.send_response(200)
    for key, value in headers.items():
        h.send_header(key, value)
    h.end_headers()
    sent = 0
    try:
        while sent < total:
            h.wfile.write(ZEROS)
            sent += len(ZEROS)
    except OSError:
        pass


@pytest.fixture
def host():
    server = PageHost()
    yield server
    server.close()


@pytest.fixture
def other_host():
    server = PageHost()
    yield server
    server.close()


def get(host: PageHost, path: str, **kw) -> Page:
    kw.setdefault("timeout", 5.0)
    kw.setdefault("max_bytes", 2 * MB)
    kw.setdefault("allowed_private", host.allowed)
    return fetch(host.url(path), **kw)


# ------------------------------------------------------------------------ success


def test_article_page_is_fetched_with_our_headers(host):
    html = (PAGES / "news_article.html").read_bytes()
    host.page("/world/story", html)
    page = get(host, "/world/story?id=7#top")
    assert page.status == 200
    assert page.url == host.url("/world/story?id=7")
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.body == html
    assert "Tarnovel" in page.text
    path, headers = host.requests[0]
    assert path == "/world/story?id=7"
    assert headers["User-Agent"] == DEFAULT_USER_AGENT == "incidentbot/0.1 (+conflict-monitoring Slack bot)"
    assert "text/html" in headers["Accept"]
    assert headers["Host"] == f"127.0.0.1:{host.port}"
    article = extract_from_page(page)
    assert article.title == "Shelling hits market in northern river town, officials say"
    assert article.published == "2024-03-14"


def test_plain_text_and_xhtml_are_accepted(host):
    host.page("/t", b"plain words", "text/plain")
    host.page("/x", b"<html><body>x</body></html>", "application/xhtml+xml")
    assert get(host, "/t").content_type == "text/plain"
    assert get(host, "/x").content_type == "application/xhtml+xml"


def test_non_ascii_path_is_percent_encoded(host):
    host.page("/%D8%AE%D8%A8%D8%B1", b"<html>ok</html>")
    assert get(host, "/خبر").status == 200


def test_charset_from_header_and_meta():
    arabic = "اشتباكات عنيفة"
    assert Page("u", 200, "text/html", "windows-1256", arabic.encode("cp1256")).text == arabic
    meta = b'<html><head><meta charset="windows-1256"></head><body>' + arabic.encode("cp1256")
    assert arabic in decode_body(meta)
    assert decode_body("café".encode()) == "café"
    assert decode_body("café".encode("cp1252")) == "café"
    assert decode_body(b"\xef\xbb\xbfhi", "iso-8859-1") == "hi"


def test_missing_content_type_is_sniffed(host):
    host.page("/h", b"<!DOCTYPE html><html><body>hi</body></html>", ctype=None)
    host.page("/b", b"\x00\x01binary", ctype=None)
    assert get(host, "/h").content_type == "text/html"
    with pytest.raises(NotAnArticleError):
        get(host, "/b")


# ------------------------------------------------------------------ status codes


@pytest.mark.parametrize("status", [404, 410])
def test_not_found(host, status):
    host.page("/gone", b"<html>gone</html>", status=status)
    with pytest.raises(NotFoundError) as info:
        get(host, "/gone")
    assert not info.value.transient


@pytest.mark.parametrize("status", [401, 403])
def test_login_or_bot_block(host, status):
    host.page("/p", b"<html>no</html>", status=status)
    with pytest.raises(NotAnArticleError) as info:
        get(host, "/p")
    assert "login" in info.value.reason
    assert not info.value.transient


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_are_transient(host, status):
    host.page("/e", b"<html>oops</html>", status=status)
    with pytest.raises(UpstreamError) as info:
        get(host, "/e")
    assert info.value.transient


@pytest.mark.parametrize("status", [400, 418, 451])
def test_other_client_errors_are_permanent(host, status):
    host.page("/e", b"<html>no</html>", status=status)
    with pytest.raises(FetchError) as info:
        get(host, "/e")
    assert type(info.value) is FetchError
    assert not info.value.transient
    assert info.value.reason


# ------------------------------------------------------------------ content type


@pytest.mark.parametrize(
    ("ctype", "word"),
    [
        ("application/pdf", "a PDF, not an article"),
        ("image/jpeg", "an image"),
        ("image/png", "an image"),
        ("video/mp4", "a video"),
        ("audio/mpeg", "an audio"),
        ("application/zip", "an archive"),
        ("application/x-unknown-thing", "not a web page"),
    ],
)
def test_non_article_types_are_refused(host, ctype, word):
    host.route("/f", lambda h: stream(h, 20 * MB, {"Content-Type": ctype}))
    started = time.monotonic()
    with pytest.raises(NotAnArticleError) as info:
        get(host, "/f")
    assert word in info.value.reason
    assert time.monotonic() - started < 2  # refused on the headers, body never read


# --------------------------------------------------------------------- redirects


def test_redirect_chain_of_three(host):
    host.redirect("/r1", "/r2", 301)  # relative
    host.redirect("/r2", "r3", 307)  # relative to the directory
    host.redirect("/r3", host.url("/final"), 308)  # absolute
    host.page("/final", b"<html><body>done</body></html>")
    page = get(host, "/r1")
    assert page.url == host.url("/final")
    assert page.body == b"<html><body>done</body></html>"
    assert host.paths() == ["/r1", "/r2", "/r3", "/final"]


def test_five_redirects_ok_six_fail(host):
    for i in range(6):
        host.redirect(f"/h{i}", f"/h{i + 1}")
    host.page("/h6", b"<html>end</html>")
    with pytest.raises(FetchError) as info:
        get(host, "/h0")
    assert "redirect" in info.value.reason
    assert host.paths() == [f"/h{i}" for i in range(6)]  # /h6 never requested
    host.requests.clear()
    assert get(host, "/h1").url == host.url("/h6")  # 5 hops


def test_redirect_without_location_fails(host):
    host.route("/r", lambda h: send(h, 302, b""))
    with pytest.raises(FetchError, match="Location"):
        get(host, "/r")


def test_redirect_to_loopback_on_other_port_is_blocked(host, other_host):
    other_host.page("/secret", b"<html>secret</html>")
    host.redirect("/go", other_host.url("/secret"))
    with pytest.raises(BlockedAddressError):
        get(host, "/go")
    assert other_host.requests == []


@pytest.mark.parametrize(
    "location",
    [
        "http://localhost:{port}/x",  # same server, but the name is not allow-listed
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/x",
        "http://2130706433:1/x",
        "file:///etc/passwd",
        "ftp://example.com/x",
    ],
)
def test_redirect_targets_are_checked_again(host, location, no_network_after_first):
    host.redirect("/go", location.format(port=host.port))
    with pytest.raises(BlockedAddressError):
        get(host, "/go")
    assert host.paths() == ["/go"]


# ------------------------------------------------------------ address blocking


class NetworkSpy:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []


@pytest.fixture
def no_network(monkeypatch):
    """Record (and refuse) every DNS lookup and outgoing connection."""
    spy = NetworkSpy()

    def refuse(kind):
        def inner(*args, **kwargs):
            spy.calls.append((kind, args))
            raise AssertionError(f"unexpected {kind}{args}")

        return inner

    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    return spy


@pytest.fixture
def no_network_after_first(monkeypatch):
    """Allow connections to 127.0.0.1 only; refuse DNS and every other address."""
    real_connect = socket.socket.connect
    calls = []

    def connect(sock, address):
        calls.append(address)
        if address[0] != "127.0.0.1":
            raise AssertionError(f"connection to {address}")
        return real_connect(sock, address)

    def no_dns(*args, **kwargs):
        raise AssertionError(f"DNS lookup {args}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    return calls


BLOCKED = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8080/admin",
    "http://127.0.0.1./",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://api.localhost/",
    "http://[::1]/",
    "http://[::1]:1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0X7F.0.0.1/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://127.1/",
    "http://0/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[::127.0.0.1]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[ff02::1]/",
    "http://[2002:7f00:1::1]/",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
    "http://[64:ff9b::7f00:1]/",
    "https://127.0.0.1/",
    "https://[::1]:443/",
    "file:///etc/passwd",
    "ftp://example.com/file",
    "gopher://example.com/",
    "javascript:alert(1)",
    "data:text/html,<b>hi</b>",
    "http://user:pass@example.com/",
    "http://user@example.com/",
    "https://:secret@example.com/",
]


@pytest.mark.parametrize("url", BLOCKED)
def test_blocked_without_any_connection(url, no_network):
    started = time.monotonic()
    with pytest.raises(BlockedAddressError) as info:
        fetch(url, timeout=5, max_bytes=MB, allowed_private=["127.0.0.1:9", "mirror.test:80"])
    assert time.monotonic() - started < 0.5
    assert no_network.calls == []
    assert info.value.reason


@pytest.mark.parametrize(
    "url",
    ["http:///path", "http://exa mple.com/", "http://1.2.3.4.5/", "http://256.1.1.1/",
     "http://example.123/", "http://ex%61mple.com/", "http://host:99999/", "http://host:0/",
     "http://[::1/", "http://[fe80::1%25eth0]/"],
)
def test_malformed_urls_fail_without_network(url, no_network):
    with pytest.raises(FetchError) as info:
        fetch(url, timeout=5, max_bytes=MB)
    assert no_network.calls == []
    assert info.value.reason


def fake_dns(monkeypatch, table: dict[str, list[str]], counter: list | None = None):
    def getaddrinfo(host, port, *args, **kwargs):
        if counter is not None:
            counter.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        out = []
        for ip in table[host]:
            if ":" in ip:
                out.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (ip, port, 0, 0)))
            else:
                out.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)))
        return out

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize(
    "name",
    ["evil.test", "mixed.test", "metadata.test", "v6.test", "mapped.test", "cgnat.test"],
)
def test_names_resolving_to_private_addresses_are_blocked(monkeypatch, name):
    connects = []
    monkeypatch.setattr(socket.socket, "connect", lambda s, a: connects.append(a))
    fake_dns(monkeypatch, {
        "evil.test": ["127.0.0.1"],
        "mixed.test": ["93.184.216.34", "10.1.2.3"],  # ANY private address blocks
        "metadata.test": ["169.254.169.254"],
        "v6.test": ["2606:4700::1111", "::1"],
        "mapped.test": ["::ffff:192.168.0.1"],
        "cgnat.test": ["100.100.100.100"],
    })
    with pytest.raises(BlockedAddressError):
        fetch(f"http://{name}/", timeout=5, max_bytes=MB)
    assert connects == []


def test_dns_failure(monkeypatch):
    fake_dns(monkeypatch, {})
    with pytest.raises(FetchError) as info:
        fetch("http://no-such-site.test/", timeout=5, max_bytes=MB)
    assert info.value.reason == "the site's address could not be found"
    assert not info.value.transient

    def again(*args, **kwargs):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", again)
    with pytest.raises(FetchError) as info:
        fetch("http://flaky-dns.test/", timeout=5, max_bytes=MB)
    assert info.value.transient


def test_connects_to_the_checked_address_with_the_name_as_host(host, monkeypatch):
    """One lookup per hop; the socket goes to that address; Host carries the name."""
    lookups: list[str] = []
    fake_dns(monkeypatch, {"news.test": ["127.0.0.1"]}, lookups)
    host.page("/a", b"<html>pinned</html>")
    page = fetch(f"http://News.Test.:{host.port}/a", timeout=5, max_bytes=MB,
                 allowed_private=[f"news.test:{host.port}"])
    assert page.body == b"<html>pinned</html>"
    assert lookups == ["news.test"]
    assert host.requests[0][1]["Host"] == f"news.test:{host.port}"


def test_allowed_entry_needs_matching_port(host, no_network):
    with pytest.raises(BlockedAddressError):
        fetch(f"http://127.0.0.1:{host.port + 1 if host.port < 65535 else 1}/", timeout=5,
              max_bytes=MB, allowed_private=host.allowed)
    assert no_network.calls == []


def test_allowed_entry_matches_other_spellings_of_the_same_ip(host):
    host.page("/", b"<html>ok</html>")
    assert fetch(f"http://2130706433:{host.port}/", timeout=5, max_bytes=MB,
                 allowed_private=host.allowed).status == 200


def test_parse_allowed_private():
    assert parse_allowed_private(["127.0.0.1:8123", " Mirror.Internal:8080 ", "[::1]:81", ""]) == {
        ("127.0.0.1", 8123), ("mirror.internal", 8080), ("::1", 81)}
    for bad in ["127.0.0.1", "mirror:port", "http://x:1/", "[::1]"]:
        with pytest.raises(ValueError):
            parse_allowed_private([bad])


def test_is_public_address():
    import ipaddress

    for ip in ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "2a00:1450:4001::200e"]:
        assert is_public_address(ipaddress.ip_address(ip)), ip
    for ip in ["127.0.0.1", "10.0.0.1", "100.64.0.1", "169.254.169.254", "192.0.2.1",
               "198.18.0.1", "240.0.0.1", "239.1.1.1", "::1", "::", "::ffff:10.0.0.1",
               "fd00::1", "2001:db8::1", "64:ff9b::a00:1"]:
        assert not is_public_address(ipaddress.ip_address(ip)), ip


# ---------------------------------------------------------------------- timeouts


def test_hanging_server_times_out(host):
    host.route("/hang", lambda h: host.stop.wait(30))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError) as info:
        get(host, "/hang", timeout=0.5)
    assert time.monotonic() - started < 2
    assert info.value.transient


def trickle(host: PageHost, h, head: bytes, body: bool) -> None:
    """Send `head` at once, then one byte every 50 ms (of the headers or of the body)."""
    h.wfile.write(head)
    try:
        while not host.stop.wait(0.05):
            h.wfile.write(b"a" if body else b"X")
            h.wfile.flush()
    except OSError:
        pass


def test_trickling_body_hits_the_total_deadline(host):
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
    host.route("/slow", lambda h: trickle(host, h, head, body=True))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        get(host, "/slow", timeout=1.0, total_timeout=1.5)
    assert 1.3 < time.monotonic() - started < 3


def test_trickling_headers_hit_the_total_deadline(host):
    head = b"HTTP/1.1 200 OK\r\nX-Slow: "
    host.route("/slowhead", lambda h: trickle(host, h, head, body=False))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        get(host, "/slowhead", timeout=1.0, total_timeout=1.5)
    assert time.monotonic() - started < 3


def test_default_total_deadline_is_twice_the_timeout(host):
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    host.route("/slow", lambda h: trickle(host, h, head, body=True))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        get(host, "/slow", timeout=0.5)
    assert time.monotonic() - started < 2


# --------------------------------------------------------------------- body caps


def test_fifty_megabytes_without_length_is_too_large(host):
    host.route("/big", lambda h: stream(h, 50 * MB, {"Content-Type": "text/html"}))
    started = time.monotonic()
    with pytest.raises(TooLargeError):
        get(host, "/big", max_bytes=MB)
    assert time.monotonic() - started < 3


def test_declared_length_over_cap_fails_before_reading(host):
    headers = {"Content-Type": "text/html", "Content-Length": str(50 * MB)}
    host.route("/big", lambda h: stream(h, 50 * MB, headers))
    with pytest.raises(TooLargeError):
        get(host, "/big", max_bytes=MB)


def test_chunked_body_over_cap(host):
    def chunked(h):
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                      b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        try:
            for _ in range(800):
                h.wfile.write(b"%x\r\n" % len(ZEROS) + ZEROS + b"\r\n")
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    host.route("/chunked", chunked)
    with pytest.raises(TooLargeError):
        get(host, "/chunked", max_bytes=MB)


def test_chunked_body_under_cap(host):
    def chunked(h):
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")

    host.route("/chunked", chunked)
    assert get(host, "/chunked").body == b"hello world"


def test_length_claiming_small_but_sending_more(host):
    """The excess is never read: the body is cut at the declared length (or refused)."""
    headers = {"Content-Type": "text/html", "Content-Length": "1000"}
    host.route("/liar", lambda h: stream(h, 50 * MB, headers))
    started = time.monotonic()
    try:
        page = get(host, "/liar", max_bytes=MB)
    except TooLargeError:
        pass
    else:
        assert len(page.body) == 1000
    assert time.monotonic() - started < 3


def test_length_claiming_more_than_sent_is_refused(host):
    def short(h):
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n"
                      b"Connection: close\r\n\r\n<html>cut")

    host.route("/short", short)
    with pytest.raises(UpstreamError) as info:
        get(host, "/short")
    assert "incomplete" in info.value.reason


def bomb(encoding: str, size: int) -> bytes:
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS, "raw": -zlib.MAX_WBITS}
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits[encoding])
    parts = [comp.compress(bytes(MB)) for _ in range(size // MB)]
    return b"".join(parts) + comp.flush()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw"])
def test_compression_bomb_is_too_large(host, encoding):
    data = bomb(encoding, 50 * MB)
    assert len(data) < 100 * 1024  # small on the wire: only the decoded size can catch it
    header = "deflate" if encoding == "raw" else encoding
    host.page("/bomb", data, headers={"Content-Encoding": header})
    started = time.monotonic()
    with pytest.raises(TooLargeError):
        get(host, "/bomb", max_bytes=MB)
    assert time.monotonic() - started < 3


def test_gzip_and_deflate_pages_are_decoded(host):
    html = (PAGES / "news_article.html").read_bytes()
    host.page("/gz", gzip.compress(html), headers={"Content-Encoding": "gzip"})
    host.page("/zl", zlib.compress(html), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    host.page("/raw", raw.compress(html) + raw.flush(), headers={"Content-Encoding": "deflate"})
    for path in ("/gz", "/zl", "/raw"):
        assert get(host, path).body == html, path
    assert host.requests[0][1]["Accept-Encoding"] == "gzip, deflate"


def test_unknown_or_broken_encoding(host):
    host.page("/br", b"\x1b\x00\x00", headers={"Content-Encoding": "br"})
    host.page("/badgz", b"this is not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="br"):
        get(host, "/br")
    with pytest.raises(UpstreamError):
        get(host, "/badgz")


# -------------------------------------------------------------------------- TLS


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    d = tmp_path_factory.mktemp("tls")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=incidentbot test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
        "-subj", "/CN=news.test")
    (d / "ext.cnf").write_text(
        "subjectAltName=DNS:news.test\nbasicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
    )
    run("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "leaf.pem", "-days", "2", "-extfile", "ext.cnf")
    return d


@pytest.fixture
def tls_host(tls_files):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tls_files / "leaf.pem", tls_files / "leaf.key")
    sni: list[str | None] = []
    ctx.sni_callback = lambda sock, name, c: sni.append(name)
    server = PageHost(ssl_context=ctx)
    server.sni = sni
    yield server
    server.close()


def test_https_connects_to_checked_ip_with_name_for_sni_and_cert(tls_host, tls_files, monkeypatch):
    client = ssl.create_default_context(cafile=str(tls_files / "ca.pem"))
    monkeypatch.setattr(fetch_mod, "_ssl_context", lambda: client)
    fake_dns(monkeypatch, {"news.test": ["127.0.0.1"]})
    tls_host.page("/s", b"<html>secure</html>")
    page = fetch(tls_host.url("/s", host="news.test"), timeout=5, max_bytes=MB,
                 allowed_private=[f"news.test:{tls_host.port}"])
    assert page.body == b"<html>secure</html>"
    assert tls_host.sni == ["news.test"]
    assert tls_host.requests[0][1]["Host"] == f"news.test:{tls_host.port}"


def test_https_certificate_is_verified(tls_host, tls_files, monkeypatch):
    tls_host.page("/s", b"<html>secure</html>")
    # the real trust store does not know the test CA
    fake_dns(monkeypatch, {"news.test": ["127.0.0.1"]})
    with pytest.raises(FetchError) as info:
        fetch(tls_host.url("/s", host="news.test"), timeout=5, max_bytes=MB,
              allowed_private=[f"news.test:{tls_host.port}"])
    assert "certificate" in info.value.reason
    # a trusted CA but the wrong name (the cert is for news.test, not 127.0.0.1)
    client = ssl.create_default_context(cafile=str(tls_files / "ca.pem"))
    monkeypatch.setattr(fetch_mod, "_ssl_context", lambda: client)
    with pytest.raises(FetchError) as info:
        fetch(tls_host.url("/s"), timeout=5, max_bytes=MB, allowed_private=tls_host.allowed)
    assert "certificate" in info.value.reason
    assert tls_host.requests == []


def test_proxy_environment_is_ignored(host, monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    host.page("/p", b"<html>direct</html>")
    assert get(host, "/p").body == b"<html>direct</html>"


# ------------------------------------------------------------------ normalize_url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM:80/a?b=2&a=1#frag", "http://example.com/a?a=1&b=2"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://news.example.org/story?utm_source=tw&utm_medium=social&id=4",
         "https://news.example.org/story?id=4"),
        ("https://ex.com/p?fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&ref_src=twsrc&igshid=9",
         "https://ex.com/p"),
        ("https://ex.com/p?UTM_Campaign=x&z=1&a=&a=0", "https://ex.com/p?a=&a=0&z=1"),
        ("https://ex.com/Path/Case?q=A%20B", "https://ex.com/Path/Case?q=A%20B"),
        ("  https://www.ex.com./p  ", "https://www.ex.com/p"),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
    ],
)
def test_normalize_url(raw, expected):
    assert normalize_url(raw) == expected


def test_normalize_url_is_idempotent():
    url = "HTTPS://Ex.com:443/a/b?utm_x=1&z=2&y=1#f"
    assert normalize_url(normalize_url(url)) == normalize_url(url) == "https://ex.com/a/b?y=1&z=2"


def test_connection_refused_is_transient():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(UpstreamError) as info:
        fetch(f"http://127.0.0.1:{port}/", timeout=2, max_bytes=MB,
              allowed_private=[f"127.0.0.1:{port}"])
    assert info.value.reason == "the site could not be reached"
    assert info.value.transient
