"""A hardened HTTP fetcher for pasted news links.

Guards, as Mastodon and Synapse guard their link previews:

* http/https only, no credentials in the URL, environment proxies never used
  (http.client knows nothing of them), TLS always verified.
* The host is resolved once, here; if any address is not public the link is
  refused, then the connection goes to that checked address (no second lookup
  that DNS rebinding could change) while Host and TLS SNI/cert checks use the
  name. IPv4 hosts in any spelling (2130706433, 0x7f000001, 0177.0.0.1, 127.1)
  are parsed like browsers do and checked without any DNS query.
* ``allowed_private`` entries ``host:port`` are the only way past the address
  rules (tests and internal mirrors).
* Redirects are followed by hand, each hop checked again, ``max_redirects`` max.
* Connect and read timeouts, plus a total deadline enforced by a watchdog that
  shuts the socket, so a server trickling a byte a second cannot hold a worker.
* The body is capped while streaming, before and after gzip/deflate decoding.
"""

from __future__ import annotations

import codecs
import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from bot.errors import (
    BlockedAddressError,
    FetchError,
    FetchTimeoutError,
    NotAnArticleError,
    NotFoundError,
    TooLargeError,
    UpstreamError,
)

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "incidentbot/0.1 (+conflict-monitoring Slack bot)"
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
ARTICLE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024
DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref_src", "igshid"})

_V4 = ipaddress.IPv4Network
_V6 = ipaddress.IPv6Network
# Spelled out rather than trusting is_global alone, whose lists changed across
# Python patch releases (and which calls IPv4 multicast global).
_BLOCKED_V4 = tuple(
    _V4(n)
    for n in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
        "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "224.0.0.0/4", "240.0.0.0/4",
    )
)
_BLOCKED_V6 = tuple(
    _V6(n)
    for n in (
        "::/8",  # unspecified, loopback, IPv4-compatible, IPv4-mapped
        "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16",
        "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    )
)
_NAT64 = _V6("64:ff9b::/96")
_HOST_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$")
_NUMERIC_LABEL = re.compile(r"^(?:[0-9]+|0[xX][0-9a-fA-F]*)$")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Page:
    """A fetched page: final URL after redirects, and the raw (decoded-transfer) body."""

    url: str
    status: int
    content_type: str  # media type only, lower-case: "text/html"
    charset: str | None  # as declared by the Content-Type header, if any
    body: bytes

    @property
    def text(self) -> str:
        return decode_body(self.body, self.charset)

    @property
    def is_html(self) -> bool:
        return self.content_type != "text/plain"


# --------------------------------------------------------------------------- URLs


def normalize_url(url: str) -> str:
    """A canonical spelling of `url` for dedupe.

    Lower-case scheme and host, no default port, no fragment, no tracking
    parameters (utm_*, fbclid, gclid, ...), remaining query parameters sorted.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = parts.netloc
    if parts.hostname is not None:
        host = parts.hostname.rstrip(".")  # urlsplit lower-cases it
        if ":" in host:
            host = f"[{host}]"
        try:
            port = parts.port
        except ValueError:
            port = None
        userinfo = netloc.rpartition("@")[0] if "@" in netloc else ""
        netloc = (userinfo + "@" if userinfo else "") + host
        if port is not None and port != DEFAULT_PORTS.get(scheme):
            netloc += f":{port}"
    path = parts.path or ("/" if scheme in DEFAULT_PORTS else "")
    pairs = [p for p in parts.query.split("&") if p and not _is_tracking(p)]
    query = "&".join(sorted(pairs))
    return urlunsplit((scheme, netloc, path, query, ""))


def _is_tracking(pair: str) -> bool:
    key = pair.partition("=")[0].lower()
    return key.startswith("utm_") or key in TRACKING_PARAMS


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # ASCII (IDNA) name, or canonical IP text without brackets
    ip: IPAddress | None  # set when the host is an IP literal
    port: int
    request_target: str  # path?query, percent-encoded ASCII
    url: str  # the URL without fragment


def _parse_target(url: str) -> _Target:
    """Split and check a URL without touching the network."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"bad URL {url!r}", reason="the link is not a valid web address") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise BlockedAddressError(
            f"scheme {scheme!r} refused", reason="only http and https links can be read"
        )
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise BlockedAddressError(
            "credentials in URL", reason="links with a user name or password are not followed"
        )
    raw_host = parts.hostname or ""
    if not raw_host:
        raise FetchError(f"no host in {url!r}", reason="the link is not a valid web address")
    if port is None:
        port = DEFAULT_PORTS[scheme]
    if not 0 < port < 65536:
        raise FetchError(f"bad port in {url!r}", reason="the link is not a valid web address")
    host, ip = _parse_host(raw_host)
    path = _quote(parts.path or "/")
    target = path + ("?" + _quote(parts.query) if parts.query else "")
    return _Target(scheme, host, ip, port, target, urlunsplit(parts._replace(fragment="")))


def _quote(text: str) -> str:
    # Keeps existing %-escapes and reserved characters; encodes spaces, non-ASCII.
    return quote(text, safe="/%:@!$&'()*+,;=-._~?[]")


def _parse_host(raw: str) -> tuple[str, IPAddress | None]:
    """Return (canonical host text, IP if the host is an address literal)."""
    invalid = FetchError(f"bad host {raw!r}", reason="the link is not a valid web address")
    if ":" in raw:  # IPv6 literal (urlsplit removed the brackets)
        if "%" in raw:
            raise invalid
        try:
            ip6 = ipaddress.IPv6Address(raw)
        except ValueError:
            raise invalid from None
        return str(ip6), ip6
    try:
        host = raw.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise invalid from None
    host = host[:-1] if host.endswith(".") else host
    labels = host.split(".")
    if labels and _NUMERIC_LABEL.match(labels[-1]):
        ip4 = _parse_ipv4(labels)
        if ip4 is None:
            raise invalid
        return str(ip4), ip4
    if not _HOST_RE.match(host) or len(host) > 253:
        raise invalid
    return host, None


def _parse_ipv4(labels: list[str]) -> ipaddress.IPv4Address | None:
    """Parse an IPv4 host the way browsers and inet_aton do (WHATWG URL rules)."""
    if not 1 <= len(labels) <= 4:
        return None
    numbers = []
    for label in labels:
        if label[:2].lower() == "0x":
            digits, base = label[2:] or "0", 16
        elif len(label) > 1 and label.startswith("0"):
            digits, base = label[1:], 8
        else:
            digits, base = label, 10
        try:
            numbers.append(int(digits, base))
        except ValueError:
            return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


# ----------------------------------------------------------------------- addresses


def is_public_address(ip: IPAddress) -> bool:
    """True when `ip` is a globally routable unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is None and ip.teredo:
            return False
        if embedded is not None and not is_public_address(embedded):
            return False
        if any(ip in net for net in _BLOCKED_V6):
            return False
    elif any(ip in net for net in _BLOCKED_V4):
        return False
    return ip.is_global and not (
        ip.is_multicast or ip.is_private or ip.is_reserved or ip.is_loopback
        or ip.is_link_local or ip.is_unspecified
    )


def parse_allowed_private(entries: Iterable[str]) -> frozenset[tuple[str, int]]:
    """Parse ``host:port`` entries (``[::1]:8080`` for IPv6). Raises ValueError."""
    allowed = set()
    for entry in entries:
        entry = entry.strip()
        if not entry:
            continue
        try:
            parts = urlsplit("//" + entry)
            port = parts.port
        except ValueError:
            port = None
            parts = None
        if parts is None or port is None or not parts.hostname or parts.path:
            raise ValueError(f"FETCH_ALLOWED_PRIVATE entries must be host:port, got {entry!r}")
        try:
            host, _ = _parse_host(parts.hostname)
        except FetchError:
            raise ValueError(f"FETCH_ALLOWED_PRIVATE has a bad host: {entry!r}") from None
        allowed.add((host, port))
    return frozenset(allowed)


def _resolve(target: _Target, allowed: frozenset[tuple[str, int]], deadline: _Deadline) -> list:
    """Addresses (getaddrinfo tuples) to connect to, every one checked unless allowed."""
    exempt = (target.host, target.port) in allowed
    if target.ip is not None:
        if not exempt and not is_public_address(target.ip):
            raise BlockedAddressError(f"{target.ip} is not a public address")
        family = socket.AF_INET6 if target.ip.version == 6 else socket.AF_INET
        sockaddr = (target.host, target.port) + ((0, 0) if family == socket.AF_INET6 else ())
        return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", sockaddr)]
    if not exempt and (target.host == "localhost" or target.host.endswith(".localhost")):
        raise BlockedAddressError(f"{target.host} is local")
    infos = _getaddrinfo(target.host, target.port, deadline)
    if not infos:
        raise FetchError(f"no address for {target.host}", reason="the site's address could not be found")
    if not exempt:
        for info in infos:
            ip = ipaddress.ip_address(info[4][0].split("%")[0])
            if not is_public_address(ip):
                raise BlockedAddressError(f"{target.host} resolves to {ip}")
    return infos


def _getaddrinfo(host: str, port: int, deadline: _Deadline) -> list:
    """getaddrinfo bounded by the deadline (the lookup itself cannot be interrupted)."""
    result: dict = {}

    def lookup() -> None:
        try:
            result["infos"] = socket.getaddrinfo(
                host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            result["error"] = exc

    thread = threading.Thread(target=lookup, name="fetch-dns", daemon=True)
    thread.start()
    thread.join(deadline.remaining())
    if thread.is_alive():
        raise FetchTimeoutError(f"DNS lookup of {host} timed out")
    error = result.get("error")
    if isinstance(error, socket.gaierror):
        exc = FetchError(f"DNS: {host}: {error}", reason="the site's address could not be found")
        if error.errno == socket.EAI_AGAIN:
            exc.transient = True
        raise exc from None
    if error is not None:
        raise FetchError(f"DNS: {host}: {error}", reason="the site's address could not be found")
    seen, infos = set(), []
    for info in result["infos"]:
        if info[0] in (socket.AF_INET, socket.AF_INET6) and info[4] not in seen:
            seen.add(info[4])
            infos.append(info)
    return infos


# -------------------------------------------------------------------------- timing


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self.end - time.monotonic())

    def cap(self, timeout: float) -> float:
        left = self.remaining()
        if left <= 0:
            raise FetchTimeoutError("total fetch deadline passed")
        return min(timeout, left)


class _Watchdog:
    """Shuts the connection's socket when the total deadline passes."""

    def __init__(self, conn: _PinnedConnection, deadline: _Deadline) -> None:
        self.conn = conn
        self.fired = False
        self.timer = threading.Timer(deadline.remaining(), self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        sock = self.conn.sock
        if sock is not None:
            try:  # the plain socket call, also on an SSLSocket: no TLS state touched
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> _Watchdog:
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.cancel()


# ---------------------------------------------------------------------- connection

_ssl_lock = threading.Lock()
_ssl_ctx: ssl.SSLContext | None = None


def _ssl_context() -> ssl.SSLContext:
    """Verifying TLS context: certifi's CA bundle when installed, else the system's."""
    global _ssl_ctx
    with _ssl_lock:
        if _ssl_ctx is None:
            try:
                import certifi

                ctx = ssl.create_default_context(cafile=certifi.where())
            except ImportError:
                ctx = ssl.create_default_context()
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            _ssl_ctx = ctx
        return _ssl_ctx


class _PinnedConnection(http.client.HTTPConnection):
    """HTTP(S) connection to already checked addresses; Host/SNI carry the name."""

    def __init__(self, target: _Target, addresses: list, timeout: float,
                 deadline: _Deadline) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self.default_port = DEFAULT_PORTS[target.scheme]  # Host header omits it
        self.target = target
        self.addresses = addresses
        self.deadline = deadline

    def connect(self) -> None:
        last: OSError | None = None
        for family, type_, proto, _, sockaddr in self.addresses:
            sock = socket.socket(family, type_, proto)
            try:
                sock.settimeout(self.deadline.cap(self.timeout))
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                last = exc
                continue
            except BaseException:
                sock.close()
                raise
            sock.settimeout(self.deadline.cap(self.timeout))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sock = sock
            if self.target.scheme == "https":
                self.sock = _ssl_context().wrap_socket(sock, server_hostname=self.target.host)
            return
        raise last or OSError("no address to connect to")


# --------------------------------------------------------------------------- fetch


def fetch(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    allowed_private: Iterable[str] = (),
    user_agent: str = DEFAULT_USER_AGENT,
    max_redirects: int = 5,
    total_timeout: float | None = None,
) -> Page:
    """GET `url` safely and return the page, or raise a FetchError subclass.

    `timeout` bounds connecting and each read; `total_timeout` (default twice
    `timeout`) bounds the whole fetch, redirects included. `max_bytes` caps the
    body both as sent and after gzip/deflate decoding.
    """
    allowed = parse_allowed_private(allowed_private)
    deadline = _Deadline(total_timeout if total_timeout is not None else 2 * timeout)
    current = url
    for hop in range(max_redirects + 1):
        target = _parse_target(current)
        result = _fetch_once(target, allowed, timeout, max_bytes, user_agent, deadline)
        if isinstance(result, Page):
            log.info("fetched %s -> %s %s, %d bytes", target.host, result.status,
                     result.content_type, len(result.body))
            return result
        current = urljoin(target.url, result)
        log.debug("redirect %d from %s to %s", hop + 1, target.host, urlsplit(current).hostname)
    raise FetchError(f"more than {max_redirects} redirects from {url}",
                     reason="the link redirects too many times")


def _fetch_once(target: _Target, allowed: frozenset[tuple[str, int]], timeout: float,
                max_bytes: int, user_agent: str, deadline: _Deadline) -> Page | str:
    """One request; returns the Page, or the Location of a redirect."""
    addresses = _resolve(target, allowed, deadline)
    conn = _PinnedConnection(target, addresses, timeout, deadline)
    watchdog = _Watchdog(conn, deadline)
    try:
        with watchdog:
            try:
                conn.request("GET", target.request_target, headers={
                    "User-Agent": user_agent,
                    "Accept": ACCEPT,
                    "Accept-Language": "en;q=1.0, *;q=0.5",
                    "Accept-Encoding": "gzip, deflate",
                    "Connection": "close",
                })
                response = conn.getresponse()
                location = _check_status(response, target)
                if location is not None:
                    return location
                content_type, charset = _check_content_type(response)
                body = _read_body(response, conn, max_bytes, timeout, deadline, watchdog)
            except FetchError:
                raise
            except Exception as exc:
                if watchdog.fired:
                    raise FetchTimeoutError(f"{target.host}: total deadline passed") from None
                raise _network_error(target, exc) from None
            if watchdog.fired:
                raise FetchTimeoutError(f"{target.host}: total deadline passed")
    finally:
        conn.close()
    if content_type == "":  # no Content-Type header: accept only what looks like HTML
        if not re.match(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", body[:1024],
                        re.I | re.S):
            raise NotAnArticleError("no Content-Type", reason="the link is not a web page")
        content_type = "text/html"
    return Page(target.url, response.status, content_type, charset, body)


def _network_error(target: _Target, exc: Exception) -> FetchError:
    where = f"{target.host}:{target.port}"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return FetchTimeoutError(f"{where}: {exc}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return FetchError(f"{where}: {exc}", reason="the site's security certificate is not valid")
    if isinstance(exc, http.client.IncompleteRead):
        return UpstreamError(f"{where}: {exc!r}", reason="the site sent an incomplete page")
    if isinstance(exc, (http.client.HTTPException, ssl.SSLError)):
        return UpstreamError(f"{where}: {exc!r}", reason="the site sent a broken answer")
    if isinstance(exc, OSError):
        return UpstreamError(f"{where}: {exc}", reason="the site could not be reached")
    return FetchError(f"{where}: {exc!r}")


def _check_status(response: http.client.HTTPResponse, target: _Target) -> str | None:
    status = response.status
    where = f"{target.host}: HTTP {status}"
    if status in REDIRECT_STATUSES:
        location = response.getheader("Location")
        if not location or not location.strip():
            raise FetchError(f"{where} without Location", reason="the site sent a broken redirect")
        return location.strip()
    if 200 <= status < 300:
        return None
    if status in (404, 410):
        raise NotFoundError(where)
    if status in (401, 403, 407):
        raise NotAnArticleError(where, reason="the page needs a login or blocks bots")
    if status == 429:
        raise UpstreamError(where, reason="the site is limiting requests; try again later")
    if status == 451:
        raise FetchError(where, reason="the page is unavailable for legal reasons")
    if 400 <= status < 500:
        raise FetchError(where, reason=f"the site refused the request (HTTP {status})")
    if status >= 500:
        raise UpstreamError(where, reason=f"the site answered with an error (HTTP {status})")
    raise FetchError(where, reason=f"the site gave an unexpected answer (HTTP {status})")


_KINDS = (
    ("application/pdf", "a PDF"),
    ("image/", "an image"),
    ("video/", "a video"),
    ("audio/", "an audio file"),
    ("application/json", "JSON data"),
    ("text/csv", "a spreadsheet"),
    ("application/vnd.ms-excel", "a spreadsheet"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml", "a spreadsheet"),
    ("application/msword", "a Word document"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml", "a Word document"),
    ("application/zip", "an archive"),
    ("application/octet-stream", "a file download"),
    ("application/rss+xml", "a news feed"),
    ("application/atom+xml", "a news feed"),
)


def _check_content_type(response: http.client.HTTPResponse) -> tuple[str, str | None]:
    """Media type and declared charset; refuses what is not a web page or plain text."""
    media, params = parse_content_type(response.getheader("Content-Type") or "")
    if media and media not in ARTICLE_TYPES:
        kind = next((k for prefix, k in _KINDS if media.startswith(prefix)), None)
        reason = f"the link is {kind}, not an article" if kind else (
            f"the link is not a web page ({media})")
        raise NotAnArticleError(f"content type {media}", reason=reason)
    return media, params.get("charset")


def parse_content_type(value: str) -> tuple[str, dict[str, str]]:
    media, _, rest = value.partition(";")
    params = {}
    for item in rest.split(";"):
        key, sep, val = item.partition("=")
        if sep:
            params[key.strip().lower()] = val.strip().strip("\"'")
    return media.strip().lower(), params


def _read_body(response: http.client.HTTPResponse, conn: _PinnedConnection, max_bytes: int,
               timeout: float, deadline: _Deadline, watchdog: _Watchdog) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise TooLargeError(f"Content-Length {declared} > {max_bytes}")
    decoder = _Decoder(response.getheader("Content-Encoding") or "", max_bytes)
    received = 0
    while True:
        if conn.sock is not None:
            conn.sock.settimeout(deadline.cap(timeout))
        chunk = response.read1(CHUNK)
        if watchdog.fired:
            raise FetchTimeoutError("total fetch deadline passed")
        if not chunk:
            break
        received += len(chunk)
        if received > max_bytes:
            raise TooLargeError(f"body over {max_bytes} bytes")
        decoder.feed(chunk)
    if response.length:  # EOF before the declared Content-Length
        raise UpstreamError(f"body cut off, {response.length} bytes missing",
                            reason="the site sent an incomplete page")
    return decoder.finish()


class _Decoder:
    """Content-Encoding decoder that refuses to produce more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.raw_deflate = False
        if encoding in ("", "identity"):
            self.zobj = None
        elif encoding in ("gzip", "x-gzip"):
            self.zobj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.zobj = zlib.decompressobj(zlib.MAX_WBITS)
            self.raw_deflate = True  # may turn out to be headerless deflate
        else:
            raise FetchError(f"Content-Encoding {encoding!r}",
                             reason="the site sent the page in an unsupported encoding")
        self.started = False

    def feed(self, data: bytes) -> None:
        if self.zobj is None:
            self._add(data)
            return
        if self.zobj.eof:
            return  # trailing garbage after the compressed stream is ignored
        if not self.started and self.raw_deflate:
            self.started = True
            probe = self.zobj.copy()
            try:
                probe.decompress(data[:64], 1)
            except zlib.error:
                self.zobj = zlib.decompressobj(-zlib.MAX_WBITS)
        self.started = True
        try:
            out = self.zobj.decompress(data, self.limit - self.size + 1)
        except zlib.error as exc:
            raise UpstreamError(f"bad compressed body: {exc}",
                                reason="the site sent a broken answer") from None
        self._add(out)

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLargeError(f"decoded body over {self.limit} bytes")
        self.parts.append(data)

    def finish(self) -> bytes:
        if self.zobj is not None:
            try:
                self._add(self.zobj.flush())
            except zlib.error as exc:
                raise UpstreamError(f"bad compressed body: {exc}",
                                    reason="the site sent a broken answer") from None
        return b"".join(self.parts)


# ------------------------------------------------------------------------ decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def decode_body(body: bytes, charset: str | None = None) -> str:
    """Decode a page: BOM, then the declared charset, then <meta>/XML, then UTF-8, cp1252."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace")
    head = body[:4096]
    candidates = [(charset, True)]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            candidates.append((match.group(1).decode("ascii"), False))
    for name, declared in candidates:
        codec = _codec(name)
        if codec:
            if not declared and codec.startswith("utf-16"):
                continue  # a meta tag readable as ASCII cannot be UTF-16
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"  # what browsers do
            return body.decode(codec, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")
