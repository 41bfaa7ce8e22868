"""Article text and metadata from a fetched page.

trafilatura first (recall-leaning, no comments); readability-lxml when it finds
too little; NotAnArticleError when neither finds an article (login walls, image
or video pages). Never fetches anything itself.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from bot.errors import NotAnArticleError
from workers.fetch import Page, decode_body

log = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 250  # below this, trafilatura's result is not trusted alone

_BLOCK_TAGS = frozenset(
    "p div section article li blockquote pre h1 h2 h3 h4 h5 h6 tr table ul ol dl dd dt "
    "figcaption header footer br hr".split()
)
_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    site_name: str | None = None
    published: str | None = None  # ISO date, "2024-05-01"
    language: str | None = None  # as declared by the page (<html lang>), not detected


def extract_article(
    html: str | bytes, url: str | None = None, *, min_chars: int = MIN_ARTICLE_CHARS
) -> Article:
    """The main text of an HTML page, with title, site name, date and declared language."""
    if isinstance(html, bytes):
        html = decode_body(html)
    if not html.strip():
        raise NotAnArticleError("empty page", reason="the page has no article text")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
    )
    text = _clean(doc.text) if doc is not None and doc.text else ""
    title = _none_if_blank(doc.title) if doc is not None else None
    site = _none_if_blank(doc.sitename) if doc is not None else None
    published = _iso_date(doc.date) if doc is not None else None
    if doc is None:
        meta = _metadata(html, url)
        title, site, published = meta.title, meta.sitename, _iso_date(meta.date)
    if len(text) < min_chars:
        fallback, fallback_title = _readability(html, url)
        log.debug("trafilatura found %d chars, readability %d", len(text), len(fallback))
        if len(fallback) > len(text):
            text = fallback
            title = title or fallback_title
    if len(text) < min_chars:
        raise NotAnArticleError(f"only {len(text)} characters of text",
                                reason="the page has no article text")
    if site is None and url:
        site = _host(url)
    return Article(text, title, site, published, _declared_language(html))


def text_from_plain(text: str | bytes, url: str | None = None, *,
                    min_chars: int = MIN_ARTICLE_CHARS) -> Article:
    """An Article from a text/plain body: tidied whitespace, first short line as title."""
    if isinstance(text, bytes):
        text = decode_body(text)
    text = _clean(text)
    if len(text) < min_chars:
        raise NotAnArticleError(f"only {len(text)} characters of text",
                                reason="the page has no article text")
    first = text.split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 200 and "\n" in text else None
    return Article(text, title, _host(url) if url else None, None, None)


def extract_from_page(page: Page, *, min_chars: int = MIN_ARTICLE_CHARS) -> Article:
    """Dispatch on the page's content type."""
    if page.content_type == "text/plain":
        return text_from_plain(page.text, page.url, min_chars=min_chars)
    return extract_article(page.text, page.url, min_chars=min_chars)


# ------------------------------------------------------------------------ helpers


def _metadata(html: str, url: str | None):
    try:
        return trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # noqa: BLE001 - metadata is a bonus; never fail the article for it
        log.debug("metadata extraction failed", exc_info=True)
        from trafilatura.settings import Document

        return Document()


def _readability(html: str, url: str | None) -> tuple[str, str | None]:
    """Text and title by readability-lxml; ("", None) when it cannot parse the page."""
    from readability import Document

    try:
        doc = Document(html, url=url)
        summary = doc.summary(html_partial=True)
        title = _none_if_blank(doc.short_title())
    except Exception:  # noqa: BLE001 - readability raises various parser errors
        log.debug("readability failed", exc_info=True)
        return "", None
    if title and title.lower() in ("[no-title]", "no title"):
        title = None
    return _html_to_text(summary), title


def _html_to_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []

    def walk(el) -> None:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
            if el.tail:
                pieces.append(el.tail)
            return
        block = el.tag in _BLOCK_TAGS
        if block:
            pieces.append("\n")
        if el.text:
            pieces.append(el.text)
        for child in el:
            walk(child)
        if block:
            pieces.append("\n")
        if el.tail:
            pieces.append(el.tail)

    walk(root)
    # one paragraph a line, as trafilatura's text output
    return "\n".join(line for line in _clean("".join(pieces)).split("\n") if line)


def _clean(text: str) -> str:
    """Collapse runs of spaces, trim lines, keep at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", value.strip())
    return match.group(1) if match else None


def _declared_language(html: str) -> str | None:
    match = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([^\"'\s>]+)", html[:8192], re.I)
    if not match or not _LANG_RE.match(match.group(1)):
        return None
    return match.group(1).replace("_", "-").lower()


def _host(url: str) -> str | None:
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _none_if_blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
