"""A response as the spider hands it to the page layer: decoded, parsed once, checked."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse

from newscrawl.pages.article import ArticlePage
from newscrawl.pages.profile import get_profile
from newscrawl.pages.reading import ParsedPage, reaches_depth_limit
from newscrawl.server.faults import CHARSET_MODES
from newscrawl.server.faults.charsets import recode
from newscrawl.server.faults.payloads import JPEG, PDF, malformed
from newscrawl.spiders.reading import Unreadable, read_page
from tests.support import REPLICA

URL = "http://127.0.0.1:8000/tin-tuc/20/220730/x"
PAGE = next(REPLICA.glob("tin-tuc/*/220730/*.html")).read_bytes()
PROFILE = get_profile("baothaibinh")


def _html(body: bytes, content_type: str = "text/html; charset=utf-8") -> Response:
    headers = {"Content-Type": content_type}
    return HtmlResponse(URL, body=body, headers=headers, request=Request(URL))


def test_a_clean_page_reads_without_warnings() -> None:
    read = read_page(_html(PAGE))
    assert isinstance(read, ParsedPage)
    assert (read.warnings, read.truncated) == ((), False)
    assert ArticlePage(read.root, URL, profile=PROFILE).to_raw().body


def test_pdfs_and_images_are_not_html() -> None:
    for body, content_type in ((PDF, "application/pdf"), (JPEG, "image/jpeg")):
        response = Response(URL, body=body, headers={"Content-Type": content_type})
        read = read_page(response)
        assert isinstance(read, Unreadable)
        assert (read.reason, read.detail) == ("not_html", f"Content-Type: {content_type}")


def test_html_served_as_text_is_still_html() -> None:
    response = TextResponse(URL, body=PAGE, headers={"Content-Type": "text/plain"})
    assert isinstance(read_page(response), ParsedPage)


def test_markup_nested_deeper_than_the_parser_keeps_is_flagged() -> None:
    read = read_page(_html(malformed(PAGE, "deep", 10_000)))
    assert isinstance(read, ParsedPage)
    assert read.truncated
    assert read.warnings == ("markup_truncated",)
    assert reaches_depth_limit(read.root)


def test_a_mislabelled_charset_is_read_right_and_flagged() -> None:
    body, content_type = recode(PAGE, CHARSET_MODES["cp1258-mislabelled"])
    read = read_page(_html(body, content_type))
    assert isinstance(read, ParsedPage)
    assert read.warnings == ("charset_mismatch",)
    raw = ArticlePage(read.root, URL, profile=PROFILE).to_raw()
    clean = ArticlePage(PAGE, URL, profile=PROFILE).to_raw()
    assert (raw.title, raw.body) == (clean.title, clean.body)
