"""workers.article on saved pages (written for these tests, not copied from real sites)."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura

from bot.errors import NotAnArticleError
from workers import article as article_mod
from workers.article import Article, extract_article, extract_from_page, text_from_plain
from workers.fetch import Page

PAGES = Path(__file__).parent / "fixtures" / "pages"
URL = "https://www.ledger.example/world/2024/03/14/shelling-market-river-town"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture(autouse=True)
def no_fetching(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("extraction must never fetch")

    monkeypatch.setattr(trafilatura, "fetch_url", refuse)


def test_news_page_without_chrome_or_comments():
    art = extract_article(page("news_article.html"), URL)
    assert isinstance(art, Article)
    assert art.title == "Shelling hits market in northern river town, officials say"
    assert art.site_name == "The Valley Ledger"
    assert art.published == "2024-03-14"
    assert art.language == "en"
    assert "Artillery shells struck the covered market of Tarnovel" in art.text
    assert "suspended visits to two villages south of the town." in art.text
    for chrome in ("Accept all cookies", "Subscribe for one dollar", "Most read",
                   "gardening tips", "riverwatcher77", "one sided", "Privacy policy",
                   "All rights reserved", "dataLayer", "font-family"):
        assert chrome not in art.text, chrome
    assert "\n\n\n" not in art.text


def test_str_and_bytes_give_the_same_article():
    html = page("news_article.html")
    assert extract_article(html, URL) == extract_article(html.decode("utf-8"), URL)


def test_arabic_page_is_returned_as_is():
    art = extract_article(page("arabic_article.html"), "https://sahl.example/news/1")
    assert art.language == "ar"
    assert art.site_name == "أخبار السهل"
    assert art.published == "2024-06-02"
    assert art.title.startswith("اشتباكات عنيفة قرب مدينة الواحة الشرقية")
    assert "نزحت نحو القرى المجاورة" in art.text
    assert "الرئيسية" not in art.text  # menu


def test_arabic_page_in_a_legacy_charset():
    html = page("arabic_article.html").decode("utf-8").replace('charset="utf-8"', 'charset="windows-1256"')
    art = extract_article(html.encode("cp1256"), None)
    assert "نزحت نحو القرى المجاورة" in art.text


@pytest.mark.parametrize("name", ["login_wall.html", "video_page.html"])
def test_pages_without_article_text(name):
    with pytest.raises(NotAnArticleError) as info:
        extract_article(page(name), "https://dispatch.example/story/9")
    assert info.value.reason == "the page has no article text"


@pytest.mark.parametrize("html", ["", "   ", b"", "<html><body></body></html>", b"\x00\x01\x02"])
def test_empty_or_garbage_input(html):
    with pytest.raises(NotAnArticleError):
        extract_article(html)


def test_readability_fallback_when_trafilatura_finds_little(monkeypatch):
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    art = extract_article(page("news_article.html"), URL)
    assert "Artillery shells struck the covered market of Tarnovel" in art.text
    assert "riverwatcher77" not in art.text
    assert art.title == "Shelling hits market in northern river town, officials say"
    assert art.published == "2024-03-14"  # metadata still read by trafilatura
    assert art.site_name == "The Valley Ledger"


def test_readability_fallback_keeps_paragraphs():
    text = article_mod._html_to_text("<div><p>One  two.</p><p>Three<br>four</p><script>x()</script></div>")
    assert text == "One two.\nThree\nfour"


def test_site_name_falls_back_to_host():
    html = page("news_article.html").replace(b'<meta property="og:site_name" content="The Valley Ledger">', b"")
    art = extract_article(html, "https://www.ledger.example/x")
    assert art.site_name in ("ledger.example", "The Valley Ledger", "www.ledger.example")


def test_min_chars_is_adjustable():
    short = "<html><body><article><p>" + "Shots fired near the bridge at noon. " * 4 + "</p></article></body></html>"
    with pytest.raises(NotAnArticleError):
        extract_article(short)
    assert "Shots fired" in extract_article(short, min_chars=50).text


def test_text_from_plain():
    body = "Press release\r\n\r\n\r\n\r\nThe ministry said   that two  convoys crossed.\r\n" + "More details follow. " * 20
    art = text_from_plain(body.encode("utf-8"), "https://www.ministry.example/pr.txt")
    assert art.title == "Press release"
    assert art.site_name == "ministry.example"
    assert "\n\n\n" not in art.text
    assert "The ministry said that two convoys crossed." in art.text
    with pytest.raises(NotAnArticleError):
        text_from_plain("too short")


def test_extract_from_page_dispatches_on_content_type():
    html = page("news_article.html")
    art = extract_from_page(Page(URL, 200, "text/html", "utf-8", html))
    assert art.title.startswith("Shelling hits market")
    plain = ("Line one\n" + "Body text of a plain page. " * 20).encode()
    art = extract_from_page(Page("https://x.example/a.txt", 200, "text/plain", None, plain))
    assert art.title == "Line one"
