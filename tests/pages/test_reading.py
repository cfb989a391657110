"""Page bytes read the one way the crawl and `extract_article` share (pages/reading.py):
charsets the declarations get wrong, and markup nested past what the parser keeps."""

from __future__ import annotations

import gc
import re

import pytest
from lxml import etree

from newscrawl import extract_article, mojibake
from newscrawl.charsets import decode_html
from newscrawl.pages.dom import parse_html
from newscrawl.pages.profile import get_profile
from newscrawl.pages.reading import (
    PARSER_MAX_DEPTH,
    is_article,
    parse_page,
    reaches_depth_limit,
    read_article,
)
from newscrawl.server.faults import CHARSET_MODES
from newscrawl.server.faults.charsets import recode
from newscrawl.server.faults.payloads import malformed
from newscrawl.spiders.reading import not_an_article
from tests.support import REPLICA, ROOT

PAGES = ROOT / "fixtures" / "pages"

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


# UTF-8 bytes go to the parser as they are (dom.parse_decoded); the tree must be the one the text
# would give, whatever the page declares.
_AWKWARD_UTF8 = [
    b"",
    b"   ",
    "<p>Thái Bình</p>".encode(),
    '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Đồng</p></body></html>'.encode(),
    '<meta charset="windows-1258"><p>Hưng Yên</p>'.encode(),
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Hà</p>'.encode(),
    b"<html><body><p>NUL \x00 in the text</p></body></html>",
    "<p>NFD: Tha\u0301i Bi\u0300nh</p><p>\ufeff inside</p>".encode(),
]
_SAVED_PAGES = sorted(PAGES.glob("**/*.html")) + sorted(REPLICA.glob("tin-tuc/**/*.html"))


@pytest.mark.parametrize("body", _AWKWARD_UTF8 + [p.read_bytes() for p in _SAVED_PAGES])
def test_utf8_bytes_parse_to_the_tree_of_their_text(body: bytes) -> None:
    decoded = decode_html(body, "text/html; charset=utf-8")
    text = mojibake.repair(decoded.text) or decoded.text  # (a double-encoded page, restored)
    from_bytes = parse_page(body, "text/html; charset=utf-8").root
    assert etree.tostring(from_bytes) == etree.tostring(parse_page(text).root)


def test_only_plain_utf8_is_parsed_from_the_bytes() -> None:
    header = "text/html; charset=utf-8"  # outranks what the awkward pages declare
    plain = [decode_html(body, header).verbatim_utf8 for body in _AWKWARD_UTF8]
    assert plain == [True] * len(_AWKWARD_UTF8)
    assert decode_html("<p>Thái</p>".encode()).verbatim_utf8
    assert not decode_html(b"\xef\xbb\xbf<p>x</p>").verbatim_utf8  # a byte-order mark
    assert not decode_html("<p>Thái</p>".encode("cp1258")).verbatim_utf8
    assert not decode_html("<p>Thái</p>".encode(), "text/html; charset=cp1258").verbatim_utf8


_SOFT_ERRORS = {
    "apache": "<html><head><title>503 Service Unavailable</title></head><body><h1>Service "
    "Unavailable</h1><p>The server is temporarily unable to service your request due to "
    "maintenance downtime or capacity problems. Please try again later.</p></body></html>",
    # The portal's template around a CMS's notice: the headline alone tells it.
    "in-the-portal-template": re.sub(
        r"(<h1 class=\"detail-title\">)[^<]+", r"\1Không tìm thấy trang yêu cầu", PAGE.decode()
    ),
}


@pytest.mark.parametrize("html", _SOFT_ERRORS.values(), ids=_SOFT_ERRORS)
def test_an_error_notice_sent_with_status_200_is_no_article(html: str) -> None:
    page = parse_page(html.encode(), "text/html; charset=utf-8")
    raw = read_article(page, URL, get_profile("baothaibinh"))
    assert not is_article(raw)
    assert not_an_article(raw, page)[0] == "error_page"


def test_an_article_is_an_article() -> None:
    page = parse_page(PAGE, "text/html; charset=utf-8")
    assert is_article(read_article(page, URL, get_profile("baothaibinh")))


def test_an_extraction_leaves_no_reference_cycle_for_the_garbage_collector() -> None:
    # Freed by reference counting as soon as it is read: a cycle between the page objects
    # would keep each page's tree and answers alive until a collection, whose traversals
    # cost more than the reading (1.3% of the instructions once a reader and its helper
    # referred to each other).
    pages = [PAGE, *(path.read_bytes() for path in sorted(PAGES.glob("*/*.html"))[:20])]
    gc.collect()
    gc.disable()
    try:
        for html in pages:
            extract_article(html, URL)
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("as_bytes", [True, False])
def test_a_frameset_pages_noframes_markup_is_read_as_the_page(as_bytes: bool) -> None:
    """A 2007 portal: a frameset whose `<noframes>` holds the article for browsers without
    frames. The parser keeps that markup as raw text; it is the page."""
    paragraphs = "".join(
        f"<p>Đoạn {n}: nhân dân huyện Vũ Thư vui đón Tết Đinh Hợi trong không khí đầm ấm.</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>UBND huyện Vũ Thư - Tin tức</title></head><frameset rows='118,*'>"
        "<frame name='top' src='top.htm'><frame name='main' src='noidung/tin_2007.htm'>"
        "<noframes><body><h2>Vũ Thư: Nhân dân vui đón Tết Đinh Hợi</h2><p>Ngày 15/02/2007</p>"
        f"{paragraphs}</body></noframes></frameset></html>"
    )
    article = extract_article(html.encode() if as_bytes else html, "http://vuthu.gov.vn/tin.htm")
    assert article["title"] == "Vũ Thư: Nhân dân vui đón Tết Đinh Hợi"
    assert article["published_at"] == "2007-02-15"
    assert article["body"].count("Đoạn") == 4


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        # A legacy CMS leaves every `<p><font>` open: libxml2 nests each paragraph in the one
        # before, where a browser closes a paragraph when the next one opens.
        ("<div><p><font><b>Mở đầu</b><p>Một<p>Hai</font></div>", ["Mở đầu", "Một", "Hai"]),
        # ... the text after the inner paragraph's end, and the outer one's tail, stay after it
        ("<div><p>A<font>B<p>C</font>D</p> <b>E</b></div>", ["AB", "C", "D", "E"]),
        ("<div><p>Một</p><p>Hai</p></div>", ["Một", "Hai"]),  # nothing to mend
    ],
    ids=["unclosed-fonts", "texts-after", "well-formed"],
)
def test_a_paragraph_never_holds_another(html: str, paragraphs: list[str]) -> None:
    root = parse_page(f"<html><body>{html}</body></html>".encode()).root
    box = root.find("body/div")
    assert box is not None
    shown = []
    for child in box:
        shown += [
            "".join(str(text) for text in child.itertext()).strip(),
            (child.tail or "").strip(),
        ]
    assert [text for text in shown if text] == paragraphs
    assert not root.xpath("//p[ancestor::p]")


def test_an_article_typed_in_a_pre_is_read_as_its_lines_and_paragraphs() -> None:
    """An old school CMS prints the article as typed text in a `<pre>`: blank lines part its
    paragraphs, a list typed line by line stays lines, the signature closes it."""
    said = "Sáng 24/5, Trường THCS Đông Xuân tổ chức Lễ tổng kết năm học 2022-2023 cho học sinh."
    typed = (
        f"\n     {said}\n\n     {said}\n\n     - Học sinh giỏi cấp tỉnh: 6 em;\n"
        "     - Học sinh giỏi cấp huyện: 31 em;\n"
        "     - Giáo viên dạy giỏi cấp huyện: 4 đồng chí.\n\n"
        "                    <b>Bùi Thị Hoa</b>\n"
    )
    html = f"<html><body><h1>Lễ tổng kết năm học 2022-2023</h1><pre>{typed}</pre></body></html>"
    article = extract_article(html, "https://thcs.example.edu.vn/tin-tuc/le-tong-ket-4411.html")
    assert article["body"].split("\n\n") == [
        said,
        said,
        "- Học sinh giỏi cấp tỉnh: 6 em;\n- Học sinh giỏi cấp huyện: 31 em;\n"
        "- Giáo viên dạy giỏi cấp huyện: 4 đồng chí.",
    ]
    assert article["authors"] == ["Bùi Thị Hoa"]
