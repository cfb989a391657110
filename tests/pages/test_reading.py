"""Page bytes read the one way the crawl and `extract_article` share (pages/reading.py):
charsets the declarations get wrong, and markup nested past what the parser keeps."""

from __future__ import annotations

import pytest

from newscrawl import extract_article
from newscrawl.pages.dom import parse_html
from newscrawl.pages.reading import PARSER_MAX_DEPTH, parse_page, reaches_depth_limit
from newscrawl.server.faults import CHARSET_MODES
from newscrawl.server.faults.charsets import recode
from newscrawl.server.faults.payloads import malformed
from tests.support import REPLICA

URL = "http://127.0.0.1:8000/tin-tuc/20/220730/x"
PAGE = next(REPLICA.glob("tin-tuc/*/220730/*.html")).read_bytes()
CLEAN = extract_article(PAGE, URL, profile="baothaibinh", content_type="text/html; charset=utf-8")


def _nested(levels: int) -> str:
    """A document whose deepest element is `levels` down (html and body count)."""
    return "<html><body>" + "<div>" * (levels - 2) + "x" + "</div>" * (levels - 2)


@pytest.mark.parametrize(
    ("levels", "reached"),
    [(20, False), (PARSER_MAX_DEPTH - 1, False), (PARSER_MAX_DEPTH, True), (5_000, True)],
)
def test_the_depth_limit_is_told_exactly(levels: int, reached: bool) -> None:
    assert reaches_depth_limit(parse_html(_nested(levels))) is reached


def test_a_clean_page_has_no_page_warnings() -> None:
    page = parse_page(PAGE, "text/html; charset=utf-8")
    assert (page.warnings, page.truncated) == ((), False)
    assert not {"charset_mismatch", "markup_truncated"} & set(CLEAN["warnings"])


def test_extract_article_reads_a_mislabelled_page_as_the_crawl_does() -> None:
    body, content_type = recode(PAGE, CHARSET_MODES["cp1258-mislabelled"])
    article = extract_article(body, URL, profile="baothaibinh", content_type=content_type)
    assert (article["title"], article["body"]) == (CLEAN["title"], CLEAN["body"])
    assert "charset_mismatch" in article["warnings"]


def test_extract_article_says_when_the_parser_dropped_content() -> None:
    body = malformed(PAGE, "deep", 10_000)
    article = extract_article(body, URL, profile="baothaibinh")
    assert "markup_truncated" in article["warnings"]


def test_text_input_is_not_decoded_again() -> None:
    assert parse_page(PAGE.decode("utf-8")).warnings == ()
