"""Bad input is data, not a crash: `extract_article` answers on any input, in linear time."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parsel import Selector

from newscrawl import extract_article
from newscrawl.article import build_article
from newscrawl.pages.article import ArticlePage

URL = "https://example.vn/thoi-su/bai-viet-123456.html"
_LINE = "<p>Đoạn văn ngày 12/03/2021 10:20, Lượt xem: 12 <a href='/x'>liên kết</a></p>"

JUNK: dict[str, str | bytes] = {
    "empty": "",
    "whitespace": " \n\t ",
    "bytes junk": bytes(range(256)) * 4,
    "nul": "\x00" * 64,
    "lone surrogate": "\ud800<h1>x</h1>",
    "xml declaration": '<?xml version="1.0" encoding="utf-8"?><html><body>hi</body></html>',
    "unknown charset": b'<meta charset="x-no-such-charset"><p>\xff\xfe</p>',
    "utf-16 bom": "\ufeff<p>chữ</p>".encode("utf-16"),
    "nested divs": "<div>x" * 10_000 + "</div>" * 10_000,
    "nested inline": "<p>" + "<span>1/1/2020 " * 10_000,
    "nested tables": "<table><tr><td>" * 3_000,
    "frameset": "<frameset><frame src='a'></frameset>",
    "malformed urls": (
        "<link rel=canonical href='http://[::1'><h1>Tiêu đề thử nghiệm dài</h1><p>"
        + "văn bản " * 40
        + "<img src='http://[::1/x.jpg'></p><b>Tin liên quan</b><a href='http://[x'>Tin</a>"
    ),
    # a headline linking home, to a file, to its enlargement, each by a malformed address
    "malformed links by the headline": (
        "<h1><a href='http://[::1/x'>a</a>Tiêu đề thử nghiệm dài</h1><p><a href='http://[::1"
        "/a.pdf'><img src='/a.jpg'></a>" + "văn bản " * 40 + "</p><div><a href='http://[x/a.jpg'>"
        "<img src='/b.jpg'></a></div><h3>Tin liên quan</h3><ul><li><a href='http://[x/tin-1'>"
        "Tin thứ nhất của chuyên mục này</a></li></ul>"
    ),
    # a control character the parser keeps in a `<pre>`, whose lines are broken into `<br>`s
    "control character in preformatted text": (
        "<h1>Tiêu đề thử nghiệm dài</h1><pre>\x01     Sáng 24/5, trường tổ chức lễ tổng kết năm "
        "học.\n\n     Năm học 2022-2023, nhà trường có 18 lớp với 612 học sinh.\x0b\n</pre>"
    ),
    # ... and moved by the mending of paragraphs nested in another, and of a headline's badge
    "control characters moved": (
        "<h1><span class='badge'>Video</span>\x01 Tiêu đề thử nghiệm dài</h1><p>Đoạn một\x02"
        "<p>Đoạn hai</p>\x03 đoạn ba " + "văn bản " * 40 + "</p>"
    ),
    "json-ld junk": "<script type='application/ld+json'>" + "[" * 100_000 + "</script>",
    "json-ld deep": "<script type='application/ld+json'>" + '{"@graph":' * 500 + "1}",
    "only a date": "<p>12/03/2021 10:20</p>",
    "only an image": "<img src='a.jpg'><em>chú thích</em>",
}


@pytest.mark.parametrize("html", JUNK.values(), ids=JUNK.keys())
def test_junk_gives_an_article_dict(html: str | bytes) -> None:
    article = extract_article(html, URL)
    assert article["schema_version"] == 2
    assert isinstance(article["body"], str)


@pytest.mark.parametrize("url", ["", "not a url", "http://[::1", "ftp://x/y", "https://x.vn/?id=1"])
def test_any_url_gives_an_article_dict(url: str) -> None:
    assert extract_article("<h1>Tiêu đề</h1><p>Nội dung</p>", url)["schema_version"] == 2


_TAGS = st.sampled_from(["p", "div", "span", "b", "em", "td", "tr", "table", "h1", "figure", "a"])
_TEXT = st.sampled_from(
    ["Tin liên quan", "Từ khóa:", "12/03/2021 10:20", "Lượt xem: 1.234", "Theo TTXVN", "x", " "]
)


@st.composite
def _markup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(_TAGS)
        parts.append(f"<{tag} class='{draw(_TEXT)}'>{draw(_TEXT)}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
        if draw(st.booleans()):
            parts.append("<img src='a.jpg'><br>")
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_markup())
def test_random_markup_gives_an_article_dict(html: str) -> None:
    assert extract_article(html, URL)["schema_version"] == 2


@pytest.mark.parametrize("tag", ["div", "span", "td", "li", "p"])
def test_deep_nesting_from_a_scrapy_response(tag: str) -> None:
    """The crawl hands over parsel's tree, parsed with `huge_tree` (thousands of levels)."""
    chain = f"<{tag}>chữ và số 12/12/2020 Lượt xem: 1 " * 3_000 + f"</{tag}>" * 3_000
    page = ArticlePage(Selector(text=f"<h1>Tiêu đề</h1>{chain}"), URL)
    assert build_article(page.to_raw())["schema_version"] == 2


def _seconds(make: Callable[[int], str], n: int) -> float:
    html = make(n)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract_article(html, URL)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "<h1>Tiêu đề bài viết thử nghiệm</h1>" + _LINE * n,
        lambda n: "<h1>Tiêu đề bài viết thử nghiệm</h1><div>" + _LINE * n + "</div>",
        lambda n: "<td>" + "dòng chữ 12/12/2020<br>" * n + "</td>",
        lambda n: "<div><b>Tin liên quan</b><a href='/x'>Một tin liên quan dài</a></div>" * n,
        # a `<title>` left open swallows the page, its separators with it
        lambda n: (
            "<title>" + "Tin tức - Thời sự | " * (n // 20) + "</title><h1>Tiêu đề bài viết"
            " thử nghiệm</h1>" + _LINE * 20
        ),
    ],
    ids=["sibling paragraphs", "one container", "br lines", "many boxes", "open title"],
)
def test_time_grows_linearly_with_the_page(make: Callable[[int], str]) -> None:
    small, large = _seconds(make, 1_000), _seconds(make, 8_000)
    # Eight times the page: linear is 8x, quadratic 64x; 24x leaves room for a busy machine
    # (best of three runs each) and still tells the two apart.
    assert large < 8 * small * 3
