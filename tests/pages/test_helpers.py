"""Table tests for the page layer's helpers: the rules worth pinning one row at a time."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from newscrawl import vn
from newscrawl.pages import layers, selection
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.blocks import BlockWalker, TextBlock
from newscrawl.pages.content import read_content
from newscrawl.pages.dom import (
    DocumentOrder,
    Element,
    common_ancestor,
    is_headline_link,
    parse_html,
    select,
    text_of,
)
from newscrawl.pages.generic.headline import affix_variants, headline_text, strip_affix
from newscrawl.pages.generic.lines import Line, digit_lines, stamps_in, view_lines, whole_line
from newscrawl.pages.generic.region import article_text, text_stats
from newscrawl.pages.metadata import read_metadata
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import absolute, generic_article_id, url_date


def _body(html: str) -> Element:
    body = parse_html(f"<html><body>{html}</body></html>").find("body")
    assert body is not None
    return body


def _lines(html: str) -> list[Line]:
    return digit_lines(text_stats(_body(html)).digit_owners)


# -- URLs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "article_id"),
    [
        ("https://baohaiduong.vn/kinh-te/gia-loc-nam-2024-tren-dat-hai-lua-215432.html", "215432"),
        ("https://vietbao24.vn/the-gioi/nhat-ban-post712345.html?utm_source=x", "712345"),
        ("https://snnptnt.tayninh.gov.vn/tin-tuc/ArticleId/3172/nhan-rong", "3172"),
        ("https://vinhphuc.gov.vn/Lists/KinhTe/View_Detail.aspx?ItemID=2860", "2860"),
        ("http://www.hoinongdanbentre.org.vn/tin-tuc.asp?newsid=8842", "8842"),
        ("http://www.baophuyen.com.vn/newsdetail.asp?ID=10523&CatID=3", "10523"),  # not CatID
        ("http://www.baokhanhhoa.com.vn/tintuc/2009/02/14/le-hoi.htm", None),  # a date, no id
        ("https://example.vn/news/2023/09/123456/", "123456"),
        ("https://xuquang.vn/giao-thong/thong-xe-cau-que-phu/", None),
        ("https://xuquang.vn/?p=18452", None),  # a WordPress shortlink is not an id
        ("https://svhttdl.namdinh.gov.vn/tin-tuc/le-hoi-den-tran-xuan-giap-thin-2024", None),
        ("https://soyte.vinhphuc.gov.vn/tin-tuc/tap-huan-nam-2017-2871.aspx", "2871"),
        ("https://kienxuong.thaibinh.gov.vn/index.php/tin-tuc/1587-le-hoi-2024", "1587"),
        ("https://example.vn/xa-hoi/hoi-nghi-2024_2025-123456.html", "123456"),
        ("https://example.vn/the-gioi/bau-cu-post2024.html", "2024"),  # no slug word: an id
        ("http://[::1", None),
    ],
)
def test_generic_article_id(url: str, article_id: str | None) -> None:
    assert generic_article_id(url) == article_id


@pytest.mark.parametrize(
    ("url", "raw"),
    [
        ("http://www.baokhanhhoa.com.vn/tintuc/2009/02/14/le-hoi.htm", "2009/02/14"),
        ("https://example.vn/2023/9/5/bai-viet", "2023/9/5"),
        ("https://example.vn/2023/09/bai-viet-123456", None),  # a month is not a date
        ("https://example.vn/tin-tuc/3/159670/slug", None),
    ],
)
def test_url_date(url: str, raw: str | None) -> None:
    assert url_date(url) == raw


@pytest.mark.parametrize(
    ("href", "absolute_url"),
    [
        ("/a/b.html", "https://x.vn/a/b.html"),
        ("b.html?x=1", "https://x.vn/dir/b.html?x=1"),
        ("https://y.vn/c", "https://y.vn/c"),
        ("../up/./c", "https://x.vn/up/c"),
        ("javascript:void(0)", None),
        ("#top", None),
        ("http://[::1", None),
    ],
)
def test_absolute(href: str, absolute_url: str | None) -> None:
    assert absolute(href, "https://x.vn/dir/page.html") == absolute_url


# -- layers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2024-03-05T01:20:00+00:00", "05/03/2024 08:20", True),  # offsets do not matter
        ("2024-06-12T07:15:00+07:00", "12/06/2024 | 10:45", False),
        ("2024-06-12T10:45:30+07:00", "12/06/2024 | 10:45", True),  # minutes when one has none
        ("2024-06-12T23:30:00+07:00", "12/06/2024", True),  # the day when one is a date
        ("2024-06-12T20:00:00+00:00", "12/06/2024", False),  # that is the 13th at +07:00
        ("2024-06-12T07:15:00+07:00", "không rõ", True),  # unreadable is no conflict
    ],
)
def test_same_moment(a: str, b: str, same: bool) -> None:
    assert layers.same_moment(a, b) is same


@pytest.mark.parametrize(
    ("update", "published", "is_update"),
    [
        ("2024-06-12T09:00:00+07:00", "12/06/2024 | 07:15", True),
        ("12/06/2024 07:15", "2024-06-12T00:15:00+00:00", False),  # the publication instant
        # A live report's update gives only its time: read on the publication's day.
        ("Cập nhật lúc 11:20", "Thứ Bảy, 23/11/2024 - 07:45", True),
        ("Cập nhật lúc 07:45", "Thứ Bảy, 23/11/2024 - 07:45", False),
        ("Cập nhật lúc 11:20", "23/11/2024", False),  # a day without a time
        ("không rõ", "23/11/2024 07:45", False),
        ("2024-06-12T09:00:00+07:00", None, True),
    ],
)  # fmt: skip
def test_is_update(update: str, published: str | None, is_update: bool) -> None:
    assert layers.is_update(update, published) is is_update


@pytest.mark.parametrize(
    ("structured", "visible", "fake"),
    [
        # An SEO plugin writes 17:30 local time as 17:30 UTC.
        ("2024-11-22T17:30:00Z", "17:30 22/11/2024", True),
        ("2024-11-22T17:30:00+00:00", "Thứ Sáu, 22/11/2024 - 17:30", True),
        ("2024-11-22T10:30:00Z", "17:30 22/11/2024", False),  # a true UTC instant: the same moment
        ("2024-11-22T17:30:00+07:00", "17:30 22/11/2024", False),  # local, and says so
        ("2024-11-22T17:30:00Z", "22/11/2024", False),  # no clock shown
        ("2024-11-22T17:30:00Z", "17:45 22/11/2024", False),
    ],
)  # fmt: skip
def test_local_time_written_as_utc(structured: str, visible: str, fake: bool) -> None:
    assert layers.local_time_as_utc(structured, visible) is fake


_PERSON = {"@type": "Person", "@id": "https://x.vn/#/person/8c1f", "name": "Phạm Thu Hường"}
_SITE = {"@type": "Organization", "@id": "https://x.vn/#org", "name": "Truyền hình Hải Hậu"}


@pytest.mark.parametrize(
    ("author", "nodes", "authors"),
    [
        # Yoast and Rank Math name the author through a reference to a Person node of the graph.
        ({"@id": _PERSON["@id"]}, [_PERSON], ["Phạm Thu Hường"]),
        ([{"@id": _PERSON["@id"]}, {"@type": "Person", "name": "Lê Vy"}], [_PERSON],
         ["Phạm Thu Hường", "Lê Vy"]),
        ({"@id": "https://x.vn/#/person/missing"}, [_PERSON], []),
        ({"@id": _SITE["@id"]}, [_SITE], ["Truyền hình Hải Hậu"]),  # the site: dropped later
        ({"@type": "Person", "name": "Lê Vy"}, [], ["Lê Vy"]),
    ],
    ids=["reference", "reference-and-name", "dangling", "organization", "inline"],
)  # fmt: skip
def test_json_ld_author_references_are_followed(
    author: object, nodes: list[dict[str, str]], authors: list[str]
) -> None:
    article = {"@type": "NewsArticle", "headline": "Nghiệm thu đê biển", "author": author}
    graph = json.dumps({"@context": "https://schema.org", "@graph": [article, *nodes]})
    html = f'<html><head><script type="application/ld+json">{graph}</script></head></html>'
    assert read_metadata(parse_html(html)).authors == authors


@pytest.mark.parametrize(
    ("abbr", "published", "modified"),
    [
        ("<abbr class='published' itemprop='datePublished' title='2024-11-21T08:30:00+07:00'>"
         "08:30</abbr>", "2024-11-21T08:30:00+07:00", None),
        ("<abbr class='updated' title='2024-11-22T10:00:00+07:00'>hôm qua</abbr>",
         None, "2024-11-22T10:00:00+07:00"),
        ("<abbr class='published' title='Thứ Năm'>21/11</abbr>", None, None),  # no time in it
        ("<abbr title='2024-11-21T08:30:00+07:00'>UBND</abbr>", None, None),  # not a time's abbr
    ],
)  # fmt: skip
def test_hatom_times_are_structured_metadata(
    abbr: str, published: str | None, modified: str | None
) -> None:
    meta = read_metadata(parse_html(f"<html><body><p>{abbr}</p></body></html>"))
    assert (meta.meta_published, meta.meta_modified) == (published, modified)


def test_resolve_takes_the_first_answer_and_reports_a_disagreement() -> None:
    answers = [None, "2024-06-12T07:15:00+07:00", "", "12/06/2024 | 10:45"]
    assert layers.resolve(answers, layers.same_moment) == layers.Resolved(answers[1], True)
    assert layers.resolve([None, "a"], layers.same_title) == layers.Resolved("a", False)
    assert layers.resolve([None, None], layers.same_title) == layers.Resolved(None)


# -- titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "headline", "sites", "stripped"),
    [
        ("Côn Sơn - Kiếp Bạc | Báo Hải Dương", "Côn Sơn - Kiếp Bạc", [], "Côn Sơn - Kiếp Bạc"),
        ("Báo Phú Yên Online - Ngư dân trúng đậm", "Ngư dân trúng đậm", [], "Ngư dân trúng đậm"),
        ("Lễ hội Vĩnh Lương :: Báo Khánh Hòa", None, ["Báo Khánh Hòa TV"], "Lễ hội Vĩnh Lương"),
        ("Tôm - lúa giúp nông dân", None, ["Báo Sóc Trăng"], "Tôm - lúa giúp nông dân"),
        ("Giáo viên vùng cao - Báo Xứ Quảng", None, ["Báo Xứ Quảng"], "Giáo viên vùng cao"),
        # Blogger: the blog's name, a colon, the post's title.
        ("Hội Nông dân xã Vũ Hội: Ra quân làm thủy lợi", "Ra quân làm thủy lợi", [],
         "Ra quân làm thủy lợi"),
        ("Bài 2: Ra quân làm thủy lợi", "Bài 2: Ra quân làm thủy lợi", [],
         "Bài 2: Ra quân làm thủy lợi"),  # a colon belonging to the title stays
    ],
)  # fmt: skip
def test_strip_affix(title: str, headline: str | None, sites: list[str], stripped: str) -> None:
    assert strip_affix(title, headline, sites) == stripped


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # A live report's badge, marked by its class.
        ('<h1><span class="live-badge"><i class="dot"></i>TRỰC TIẾP</span> Giải đua thuyền</h1>',
         "Giải đua thuyền"),
        ('<h1><span class="label">Video</span>Giải đua thuyền</h1>', "Giải đua thuyền"),
        # A badge word the portals use, however it is marked.
        ("<h2><b>INFOGRAPHIC</b> Kết quả thu hoạch lúa mùa</h2>", "Kết quả thu hoạch lúa mùa"),
        ('<h1><span class="icon-camera"></span> Giải đua thuyền</h1>', "Giải đua thuyền"),
        # A place or a series written in bold is the title's own.
        ("<h1><strong>Thái Bình:</strong> Thu hoạch lúa mùa</h1>", "Thái Bình: Thu hoạch lúa mùa"),
        ("<h1><span>Bài 2:</span> Ra quân làm thủy lợi</h1>", "Bài 2: Ra quân làm thủy lợi"),
        ('<h1><span class="hl">Video</span></h1>', "Video"),  # nothing after it: the title
        ('<h1>Giải đua <span class="label">Video</span></h1>', "Giải đua Video"),
    ],
    ids=["live-badge", "label-class", "badge-word", "icon", "bold-place", "series", "alone",
         "not-leading"],
)  # fmt: skip
def test_a_badge_before_the_headline_is_not_the_title(heading: str, title: str) -> None:
    body = parse_html(f"<html><body>{heading}</body></html>").find(".//body")
    assert body is not None
    assert headline_text(body[0]) == title


def test_affix_variants_cut_at_spaced_separators_only() -> None:
    variants = affix_variants("Mô hình tôm - lúa giúp nông dân - Sở NN&PTNT Sóc Trăng")
    assert "mô hình tôm - lúa giúp nông dân" in variants
    assert "sở nn&ptnt sóc trăng" in variants
    assert affix_variants("Tôm-lúa giúp nông dân") == {"tôm-lúa giúp nông dân"}
    assert vn.fold("Ra quân làm thủy lợi") in affix_variants(
        "Hội Nông dân xã Vũ Hội: Ra quân làm thủy lợi"
    )
    assert affix_variants("Lúc 9:30 sáng nay") == {"lúc 9:30 sáng nay"}  # a clock is no colon


_ARTICLE_TEXT = "<p>" + "Nội dung bài viết về chuyển đổi số ở xã. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ('<div class="TieuDeTin">Xã Tây Giang hoàn thành mô hình xã chuyển đổi số điểm</div>'
         "<span>(15/07/2024 08:15)</span> <span>Số lượt xem: 325</span>",
         "Xã Tây Giang hoàn thành mô hình xã chuyển đổi số điểm"),
        ("<div>Xã có 12 tổ công nghệ số cộng đồng</div><div>Lượt xem: 12</div>",
         "Xã có 12 tổ công nghệ số cộng đồng"),
        ("<div>Xã Tây Giang chuyển đổi số</div><div>Sau 4 tháng triển khai, xã đã cơ bản"
         " hoàn thành các tiêu chí đề ra.</div>", "Xã Tây Giang chuyển đổi số"),
        ('<div><a href="/tin/7702">Tập huấn kỹ năng số cho tổ công nghệ số</a></div>', None),
        ("<div>Ủy ban nhân dân huyện Tiền Hải</div>", None),
        ("<div>Thứ Hai, 15/07/2024 08:15</div>", None),
    ],
    ids=["above-date-line", "number-in-title", "above-a-sentence", "linked", "site-name", "date"],
)  # fmt: skip
def test_without_heading_the_headline_is_the_line_above_the_text(
    above: str, title: str | None
) -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Ủy ban nhân dân huyện Tiền Hải">'
        "</head><body><table><tr><td>"
        f"{above}<div class=noi-dung>{_ARTICLE_TEXT * 3}</div></td></tr></table></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/tin/7731")
    assert page.generic.title() == title


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # A hand-written page sets its headline atop the text, in a larger bold type.
        ("<font size=4 color=#cc0000><b>Tuổi trẻ Thụy Hải làm sạch bãi biển</b></font><br>",
         "Tuổi trẻ Thụy Hải làm sạch bãi biển"),
        ("<b>Tuổi trẻ Thụy Hải làm sạch bãi biển</b><br>", None),  # bold, but the text's size
        ("<font size=4>Tuổi trẻ Thụy Hải làm sạch bãi biển</font><br>", None),  # large, not bold
        ("<font size=4><b>Sáng 15/4, đoàn viên ra quân làm sạch bãi biển.</b></font><br>",
         None),  # a sentence
    ],
    ids=["large-bold", "bold-only", "large-only", "sentence"],
)  # fmt: skip
def test_a_headline_set_atop_the_text_in_large_bold_type(top: str, title: str | None) -> None:
    html = (
        "<html><head><title>Đoàn Thanh niên huyện Thái Thụy</title></head><body><table><tr><td>"
        f"{top}<i>Ngày 15/04/2012</i><p>{_ARTICLE_TEXT * 3}</p></td></tr></table></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin/0412.htm").generic.title() == title


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("UBND huyện Tiền Hải", "Xã Tây Giang chuyển đổi số"),  # the <title> is the site's name
        ("Xã Tây Giang chuyển đổi số", "Xã Tây Giang chuyển đổi số"),
    ],
)
def test_a_bare_title_repeated_in_the_banner_is_the_sites_name(title: str, headline: str) -> None:
    banner = "<div id=top><div><div class=site-name>UBND HUYỆN TIỀN HẢI</div></div></div>"
    article = f"<table><tr><td><div>Xã Tây Giang chuyển đổi số</div><div>{_ARTICLE_TEXT * 3}"
    html = f"<html><head><title>{title}</title></head><body>{banner}{article}</div></td></tr>"
    page = ArticlePage(html + "</table></body></html>", "https://x.vn/tin/7731")
    assert page.generic.title() == headline


@pytest.mark.parametrize(
    ("between", "headline"),
    [
        # A banner near the text repeats the bare <title>; the headline stands below it.
        ("<div>Vũ Hội tổng kết xây dựng nông thôn mới kiểu mẫu</div>",
         "Vũ Hội tổng kết xây dựng nông thôn mới kiểu mẫu"),
        # Only a credit between: the line repeating the <title> is the headline.
        ("<div>Nguyễn Văn Hùng - Minh Thu</div>", "UBND xã Vũ Hội"),
    ],
)  # fmt: skip
def test_a_bare_title_near_the_text_loses_to_a_headline_below_it(
    between: str, headline: str
) -> None:
    html = (
        "<html><head><title>UBND xã Vũ Hội</title></head><body><div><div>UBND xã Vũ Hội</div>"
        f"<div>{between}<div class=noi-dung>{_ARTICLE_TEXT * 3}</div></div></div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/tin/215").generic.title() == headline


def test_a_line_far_from_the_text_is_no_headline() -> None:
    far = "<div>Xã Tây Giang chuyển đổi số</div>" + "<div>" * 7 + _ARTICLE_TEXT * 3 + "</div>" * 7
    page = ArticlePage(f"<html><body>{far}</body></html>", "https://x.vn/tin/7731")
    assert page.generic.title() is None


# -- categories ----------------------------------------------------------------------------------

_CRUMBS = '{"@type": "BreadcrumbList", "itemListElement": %s}'


@pytest.mark.parametrize(
    ("items", "crumbs"),
    [
        ('[{"position": 2, "name": "Giao thông", "item": "/giao-thong"},'
         ' {"position": 1, "name": "Xã hội", "item": "/xa-hoi"}]',
         [("Xã hội", "/xa-hoi"), ("Giao thông", "/giao-thong")]),
        ('[{"position": 1, "item": {"@id": "/kinh-te", "name": "Kinh t&#7871;"}}]',
         [("Kinh tế", "/kinh-te")]),
        ('[{"name": "Trang chủ", "item": {"url": "/"}}, {"name": "Tin tức"}]',
         [("Trang chủ", "/"), ("Tin tức", None)]),
        ('[{"position": 1, "name": "  "}, "Thời sự", {"position": "2", "name": "Thời sự"}]',
         [("Thời sự", None)]),
        ('{"name": "not a list"}', []),
    ],
    ids=["by-position", "item-object-entities", "no-positions", "junk-items", "not-a-list"],
)  # fmt: skip
def test_breadcrumb_list_is_read_in_position_order(
    items: str, crumbs: list[tuple[str, str | None]]
) -> None:
    script = f'<script type="application/ld+json">{_CRUMBS % items}</script>'
    page = ArticlePage(f"<html><head>{script}</head><body></body></html>", "https://x.vn/a-1234")
    assert page.meta.breadcrumb == crumbs


def _category_page(declared: str, shown: str) -> ArticlePage:
    items = f'[{{"position": 1, "name": "{declared}", "item": "https://x.vn/muc"}}]'
    script = f'<script type="application/ld+json">{_CRUMBS % items}</script>'
    trail = f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/m">{shown}</a></div>'
    return ArticlePage(f"<html><head>{script}</head><body>{trail}</body></html>", "https://x.vn/b")


def test_a_declared_breadcrumb_outranks_the_shown_one_and_a_disagreement_is_recorded() -> None:
    page = _category_page("Kinh tế", "Xã hội")
    assert page.category() == "Kinh tế"
    assert page.warnings == {"category_conflict"}


def test_declared_and_shown_breadcrumbs_agree_up_to_case_and_tone_placement() -> None:
    page = _category_page("Văn hoá", "VĂN HÓA")
    assert page.category() == "Văn hoá"
    assert page.warnings == set()


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        ("<span>Vị trí:</span> <a href='/'>Trang chủ</a> » <a href='/tin'>Tin hoạt động</a>",
         "Tin hoạt động"),
        ("<span>Bạn đang ở:</span> <a href='/'>Trang chủ</a> › <a href='/tin'>Tin tức</a>",
         "Tin tức"),
        # A sentence before the links is no label: this is no trail.
        ("<span>Xem thêm các tin khác tại đây nhé:</span> <a href='/'>Trang chủ</a> » "
         "<a href='/tin'>Tin tức</a>", None),
    ],
)  # fmt: skip
def test_a_shown_breadcrumb_may_open_with_its_label(trail: str, category: str | None) -> None:
    html = f"<html><body><div class='vt'>{trail}</div><h1>Lễ hội chùa Keo</h1></body></html>"
    assert ArticlePage(html, "https://x.vn/b").category() == category


# -- lead pictures -------------------------------------------------------------------------------

_TEXT = "<p>" + "Nội dung bài viết về lễ hội truyền thống của địa phương. " * 3 + "</p>"


def _headed_page(headline: str, header: str) -> ArticlePage:
    """A page of an `h1`, the header lines under it, then three paragraphs of text."""
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    html = f"<html><body><div><h1>{headline}</h1>{header}{text}</div></body></html>"
    return ArticlePage(html, "https://x.vn/a")


def _pictures(between: str, after: str = "") -> list[tuple[str, str | None]]:
    html = (
        '<html><body><img src="/logo.png" alt="Báo X"><div class="node"><h1>Khai mạc lễ hội'
        f" đền Trần năm 2024</h1>{between}<div class=body>{_TEXT * 3}{after}</div></div>"
        '<div class="related"><img src="/thumb.jpg"></div></body></html>'
    )
    page = ArticlePage(html, "https://x.vn/tin/le-hoi")
    return [(image.url, image.caption) for image in page.images()]


@pytest.mark.parametrize(
    ("between", "pictures"),
    [
        ('<div class="field-image"><img src="/a.jpg" width="480"></div>', ["/a.jpg"]),
        ('<figure><img src="/a.jpg"><figcaption>Đền Trần</figcaption></figure>', ["/a.jpg"]),
        ('<p>Thứ 6, 23/02/2024 <img src="/clock.gif" width="12"></p>', []),
        ('<div class="author"><img src="/u/7.jpg"> Thanh Tâm</div>', []),
        ('<img class="avatar" src="/u/7.jpg">', []),
        ('<a href="https://ads.example.com/"><img src="/quang-cao.jpg"></a>', []),
        ('<div class="share-tools"><img src="/fb.png"></div>', []),
        ('<img src="data:image/gif;base64,R0lGOD">', []),
    ],
    ids=["field", "figure", "icon", "author-box", "avatar", "linked", "share", "placeholder"],
)
def test_a_picture_between_headline_and_text_is_the_lead_picture(
    between: str, pictures: list[str]
) -> None:
    assert [url for url, _ in _pictures(between)] == [f"https://x.vn{p}" for p in pictures]


@pytest.mark.parametrize(("wrapper", "taken"), [("article", True), ("div", False)])
def test_a_featured_picture_above_the_headline_counts_inside_an_article(
    wrapper: str, taken: bool
) -> None:
    thumbnail = '<div class="post-thumbnail"><img src="/featured.jpg" width="1024"></div>'
    headline = "<header><h1>Khai mạc lễ hội đền Trần năm 2024</h1></header>"
    html = f"<html><body><{wrapper}>{thumbnail}{headline}<div class=body>{_TEXT * 3}</div>"
    page = ArticlePage(f"{html}</{wrapper}></body></html>", "https://x.vn/tin/le-hoi")
    assert [image.url for image in page.images()] == (["https://x.vn/featured.jpg"] * taken)


@pytest.mark.parametrize(
    ("meta", "category"),
    [
        # A page builder's post info links the section at WordPress's category base.
        ("<ul><li>22/11/2024</li><li><a href='/category/tin-tuc/'>Tin tức</a></li></ul>",
         "Tin tức"),
        ("<ul><li>22/11/2024</li><li><a href='/tag/tin-tuc/'>Tin tức</a></li></ul>", None),
    ],
)  # fmt: skip
def test_a_link_to_the_category_base_beside_the_headline_names_the_section(
    meta: str, category: str | None
) -> None:
    menu = "<nav><a href='/category/the-thao/'>Thể thao</a> <a href='/'>Trang chủ</a></nav>"
    html = f"<html><body>{menu}<div><h1>Khai mạc lễ hội đền Trần năm 2024</h1>{meta}{_TEXT * 3}"
    page = ArticlePage(html + "</div></body></html>", "https://x.vn/tin/le-hoi")
    assert page.category() == category


def test_wordpress_category_links_name_the_section_and_are_no_tags() -> None:
    links = (
        '<a href="/category/le-hoi/" rel="category tag">Lễ hội</a> '
        '<a href="/tag/den-tran/" rel="tag nofollow">đền Trần</a>'
    )
    html = f"<html><body><h1>Khai mạc lễ hội đền Trần năm 2024</h1>{_TEXT * 3}<p>{links}</p>"
    page = ArticlePage(html + "</body></html>", "https://x.vn/tin/le-hoi")
    assert (page.category(), page.tags()) == ("Lễ hội", ["đền Trần"])


def test_a_lead_picture_keeps_its_figure_caption_and_is_not_taken_twice() -> None:
    figure = '<figure><img src="/a.jpg"><figcaption>Đền Trần. Ảnh: T.T</figcaption></figure>'
    assert _pictures(figure) == [("https://x.vn/a.jpg", "Đền Trần. Ảnh: T.T")]
    # Shown again in the text without a caption: listed once, the lead's caption kept.
    again = '<p><img src="/a.jpg"></p>'
    assert _pictures(figure, after=again) == [("https://x.vn/a.jpg", "Đền Trần. Ảnh: T.T")]
    # The text's own caption wins when both copies have one.
    again = '<figure><img src="/a.jpg"><figcaption>Lễ rước</figcaption></figure>'
    assert _pictures(figure, after=again) == [("https://x.vn/a.jpg", "Lễ rước")]


# -- timestamp and counter lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "raw", "clock"),
    [
        (
            "<div><span>08:39 AM 25/10/2017</span> | Lượt xem: <span>4395</span> | In bài</div>",
            "08:39 AM 25/10/2017",
            False,
        ),
        ("<div>08:39 AM 25/10/2017 | Lượt xem: 4395 | In bài viết</div>", "08:39 AM 25/10/2017", 0),
        ("<span>Thứ 3, 01/10/2024 | 09:08:18</span>", "Thứ 3, 01/10/2024 | 09:08:18", False),
        ("<font>Thứ bảy, ngày 22 tháng 7 năm 2023 | 9:26</font>", None, False),
        ("<p><span>Ngày đăng:</span> 13/05/2021 - 15:20</p>", "Ngày đăng: 13/05/2021 - 15:20", 0),
        ("<span>Hôm nay: 26/11/2025 09:12</span>", "Hôm nay: 26/11/2025 09:12", True),
        ("<p>Giấy phép số 215/GP-BTTTT ngày 10/5/2022</p>", "", False),  # a licence, not a date
        ("<p>Sáng 12/6/2024, Cảng vụ tổ chức diễn tập ứng phó sự cố tràn dầu.</p>", "", False),
        ("<span>13 giờ trước</span>", "", False),  # relative: never a publication line
        ("<div>Posted on November 21, 2024 by admin in <a>Văn hóa</a></div>",
         "Posted on November 21, 2024", False),  # a credit after the date is cut off
        ("<span>21/11/2024 bởi Nguyễn Thị Lan</span>", "21/11/2024", False),
        ("<p>Ngày 21/11/2024 đoàn công tác đã làm việc với Ủy ban nhân dân xã</p>", "", False),
        # A legacy cell: the headline, then the date under it, broken by `<br>`.
        ("<td><font><b>Khởi công cầu Cồn Tiến</b></font><br><font>Cập nhật: 12/06/2024 09:30</font>"
         "</td>", "Cập nhật: 12/06/2024 09:30", False),
        ("<td><b>Năm 2024: khởi công cầu mới</b><br>12/06/2024 09:30</td>", "12/06/2024 09:30", 0),
    ],
)  # fmt: skip
def test_timestamp_lines(html: str, raw: str | None, clock: bool) -> None:
    found = [stamp for line in _lines(html) for stamp in stamps_in(line)]
    if raw == "":
        assert found == []
        return
    assert len(found) == 1
    assert found[0].raw == (raw if raw is not None else text_of(_body(html)))
    assert found[0].clock is bool(clock)


def _wrapped(html: str, depth: int) -> str:
    return "<div class=w>" * depth + html + "</div>" * depth


@pytest.mark.parametrize(
    ("wrappers", "branches", "dated"),
    [
        (4, 0, True),  # a page builder wraps every widget twice: wrappers add depth, not distance
        (0, 5, True),
        (0, 6, False),  # a date in a box further away is not the article's
    ],
)  # fmt: skip
def test_wrappers_around_the_header_lines_do_not_move_them_away(
    wrappers: int, branches: int, dated: bool
) -> None:
    title = _wrapped("<h1>Ngày hội đọc sách cho bé năm 2024</h1>", wrappers)
    date = "<ul><li><span><time>22/11/2024</time></span></li><li><a href='/tin'>Tin</a></li></ul>"
    date = _wrapped(date, wrappers)
    for _ in range(branches):
        date = f"<div><p>x</p>{date}</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    page = ArticlePage(
        f"<html><body><div>{title}{date}{text}</div></body></html>", "https://x.vn/a"
    )
    assert (page.generic.timeline.published is not None) is dated


@pytest.mark.parametrize(
    ("shown", "raw"),
    [
        ("<span class='time-ago' title='22/11/2024 08:30'>2 giờ trước</span>", "22/11/2024 08:30"),
        (
            "<abbr class='timeago' title='2024-11-22T08:30:00+07:00'>2 giờ trước</abbr>",
            "2024-11-22T08:30:00+07:00",
        ),
        ("<span title='Thời gian đăng'>2 giờ trước</span>", None),  # no time in the title
        ("<span title='22/11/2024 08:30'>Cách đây 5 năm, xã còn nghèo khó</span>", None),
    ],
)
def test_a_relative_time_is_read_from_the_exact_time_in_its_title(
    shown: str, raw: str | None
) -> None:
    page = _headed_page(
        "Khánh thành cầu treo Tân Hưng sau hai năm thi công", f"<div class=meta>{shown}</div>"
    )
    published = page.generic.timeline.published
    assert (published.raw if published else None) == raw


def test_a_date_apart_from_the_update_line_is_not_the_publication() -> None:
    """The header's only line is labelled `Cập nhật`; a sidebar's schedule prints dates too."""
    title = "<h2 class=title>Khánh thành trường mầm non xã Đông La</h2>"
    meta = "<div class=date>Cập nhật: 22/11/2024 10:05 | Lượt xem: 356</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    side = "<div class=side><h3>Lịch công tác</h3><ul><li><b>Thứ Hai, 25/11/2024</b><br>07:30 - Họp"
    html = (
        f"<html><body><div class=row><div class=main>{title}{meta}{text}</div>"
        f"{side}</li></ul></div></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/a")
    assert page.published() == "Cập nhật: 22/11/2024 10:05"
    assert page.modified() is None


@pytest.mark.parametrize(
    ("meta_author", "byline"),
    [("Nguyễn Hoàng Nam", "Nguyễn Hoàng Nam"), ("Trần Văn Bình", None), (None, None)],
)
def test_a_name_in_the_date_line_is_the_byline_when_the_metadata_names_it(
    meta_author: str | None, byline: str | None
) -> None:
    head = f"<meta name='author' content='{meta_author}'>" if meta_author else ""
    title = "<h1>Lịch sử đền Đồng Bằng</h1>"
    meta = "<div class=meta><span>22 tháng 11, 2024</span> · 4 phút đọc · Nguyễn Hoàng Nam</div>"
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    html = f"<html><head>{head}</head><body><article>{title}{meta}{text}</article></body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


def test_a_date_printed_apart_from_its_label_is_read_with_it() -> None:
    title = "<h1 id=page-title>Ngày hội Đại đoàn kết thôn Đông</h1>"
    field = (
        "<div class='field'><div class='field-label'>Ngày đăng:&nbsp;</div><div class='items'>"
        "<div class='item'><span>22/11/2024 - 08:30</span></div></div></div>"
    )
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    page = ArticlePage(f"<html><body>{title}{field}{text}</body></html>", "https://x.vn/a")
    assert page.published() == "Ngày đăng: 22/11/2024 - 08:30"


def test_a_labelled_credit_in_a_field_after_the_text() -> None:
    def field(label: str, value: str) -> str:
        return (
            f"<div class='field'><div class='field-label'>{label}&nbsp;</div>"
            f"<div class='field-items'><div class='field-item'>{value}</div></div></div>"
        )

    body = f"<div class='field'><div class='items'><div class='item'>{_TEXT * 3}</div></div></div>"
    credits = field("Tác giả:", "Phạm Thu Hằng") + field("Nguồn:", "Trung tâm Văn hóa huyện")
    html = f"<html><body><h1>Ngày hội</h1><div class=node>{body}{credits}</div></body></html>"
    byline = ArticlePage(html, "https://x.vn/a").byline()
    assert byline == "Tác giả: Phạm Thu Hằng\nNguồn: Trung tâm Văn hóa huyện"


@pytest.mark.parametrize(
    ("after", "byline"),
    [
        ("<div align='right'><b>Ngọc Anh</b></div>", "Ngọc Anh"),
        ("<p style='text-align: right'><strong>Minh Tuấn - Thu Hằng</strong></p>",
         "Minh Tuấn - Thu Hằng"),
        ("<div><b>Tin khác:</b></div>", None),
        ("<div>Ngọc Anh</div>", None),  # set like any line: no signature
    ],
)  # fmt: skip
def test_a_signature_right_after_the_text_box(after: str, byline: str | None) -> None:
    text = "<div class=noidung>" + "Nội dung bài viết về trao quà Tết cho hộ nghèo. " * 4
    text += "<br><br>" + "Đoạn thứ hai của bài viết về trao quà Tết. " * 4 + "</div>"
    html = f"<html><body><div class=tieude><b>Trao quà Tết</b></div>{text}{after}</body></html>"
    assert ArticlePage(html, "https://x.vn/a").byline() == byline


def test_a_box_linking_to_the_top_of_the_page_is_no_breadcrumb() -> None:
    nav = (
        "<div class='dieuhuong'><a href='/chuyenmuc.aspx?cat=3'>« Quay lại</a> | "
        "<a href='#top'>Về đầu trang</a></div>"
    )
    html = f"<html><body><h1>Trao quà Tết</h1><div>{_TEXT * 3}</div>{nav}</body></html>"
    assert ArticlePage(html, "https://x.vn/a").category() is None


_WALL_TITLE = "Làng nghề hương Vòng giữ lửa qua bốn thế hệ"


def test_a_prompt_to_subscribe_inside_the_text_is_no_text() -> None:
    prompt = (
        "<div class='wall'><h3>Bài viết dành cho hội viên</h3><p>Đăng ký gói Premium để đọc"
        " tiếp</p><div><a class='btn' href='/dang-ky'>Đăng ký ngay</a> <a class='btn'"
        " href='/dang-nhap'>Đăng nhập</a></div><ul><li>Đọc không giới hạn</li></ul></div>"
    )
    html = f"<html><body><h1>{_WALL_TITLE}</h1><div>{_TEXT * 3}{prompt}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert len(body) == 3
    # One call alone, in a sentence's box, is the article's.
    one = "<p>Người dân có thể <a class='btn' href='/dk'>Đăng ký</a> trực tuyến từ hôm nay.</p>"
    html = f"<html><body><h1>{_WALL_TITLE}</h1><div>{_TEXT * 3}{one}</div></body></html>"
    assert len(ArticlePage(html, "https://x.vn/a").body(None)) == 4


def test_an_events_time_under_the_headline_is_not_the_publication() -> None:
    title = "<h1>Giải chạy Việt dã Thái Bình mở rộng năm 2024</h1>"
    info = (
        "<div class=event-info><p><strong>Thời gian:</strong> 06:30, Chủ Nhật, 08/12/2024</p></div>"
    )
    text = "<div class=body>" + _TEXT * 3 + "</div>"
    foot = "<div class=foot>Ngày đăng: 22/11/2024 10:20 | Lượt xem: 958</div>"
    page = ArticlePage(f"<html><body>{title}{info}{text}{foot}</body></html>", "https://x.vn/a")
    assert page.published() == "Ngày đăng: 22/11/2024 10:20"


def _builder_row(inner: str, classes: str, depth: int = 7) -> str:
    """A page builder's row: the box nested in a stack of wrappers, as Google Sites does."""
    return (
        "<section>"
        + "<div>" * depth
        + f"<div class='{classes}'>{inner}</div>"
        + "</div>" * depth
        + "</section>"
    )


@pytest.mark.parametrize(
    ("classes", "whole"), [("tyJCtd mGzaTb Depvyb baZpAe", True), ("noidung", False)]
)
def test_a_page_builders_rows_of_text_are_read_whole(classes: str, whole: bool) -> None:
    first = "<p>" + "Đoạn mở đầu về hội khỏe Phù Đổng của nhà trường năm nay. " * 4 + "</p>"
    second = "<p>" + "Đoạn tiếp theo kể về các môn thi đấu của học sinh toàn trường. " * 6 + "</p>"
    picture = _builder_row("<img src='/a.jpg' width='600'>", "CENy8b")
    rows = _builder_row(first, classes) + picture + _builder_row(second * 2, classes)
    html = f"<html><body><h2>Hội khỏe Phù Đổng 2024</h2><div class=page>{rows}</div></body></html>"
    body = ArticlePage(html, "https://x.vn/a").body(None)
    assert (body[0].startswith("Đoạn mở đầu")) is whole


def test_a_related_list_in_a_page_builders_row_belongs_to_the_article() -> None:
    text = "<p>" + "Đoạn văn của bài viết về hội khỏe Phù Đổng của nhà trường. " * 6 + "</p>"
    links = "".join(
        f"<li><a href='/tin-{n}'>Tin tức số {n} của nhà trường năm học</a></li>" for n in range(3)
    )
    related = _builder_row(f"<h3>Tin tức khác</h3><ul>{links}</ul>", "box")
    rows = _builder_row(text * 2, "box") + related
    html = f"<html><body><h1>Hội khỏe</h1><div>{rows}</div></body></html>"
    assert len(ArticlePage(html, "https://x.vn/a").related()) == 3


def test_a_header_table_of_labelled_rows_gives_title_date_and_credit() -> None:
    def row(label: str, value: str) -> str:
        return f"<tr><td class=lbl>{label}</td><td class=val>{value}</td></tr>"

    header = (
        "<table class=info>"
        + row("Tiêu đề:", "<b>Thông báo lịch tiêm chủng tháng 12/2024</b>")
        + row("Ngày đăng:", "22/11/2024 09:40")
        + row("Người đăng:", "Nguyễn Thị Mai")
        + "</table>"
    )
    text = "<table><tr><td class=noidung>" + _TEXT * 3 + "</td></tr></table>"
    html = f"<html><body><h1>Trạm Y tế xã Vũ Xá</h1>{header}{text}</body></html>"
    page = ArticlePage(html, "https://x.vn/ChiTiet.aspx?ID=5583")
    assert page.title() == "Thông báo lịch tiêm chủng tháng 12/2024"
    assert page.published() == "Ngày đăng: 22/11/2024 09:40"
    assert page.byline() == "Người đăng: Nguyễn Thị Mai"


def test_an_inline_related_label_heads_the_list_under_it() -> None:
    inline = (
        "<p><strong>&gt;&gt; Tin liên quan:</strong></p><ul><li><a href='/a-1.html'>Bài một về"
        " bầu cử trưởng thôn</a></li></ul>"
    )
    see_also = "<p><em>&gt;&gt; Xem thêm: <a href='/b-2.html'>Bài hai về nông thôn mới</a></em></p>"
    html = f"<html><body><h1>Bầu cử trưởng thôn</h1><div>{_TEXT}{inline}{_TEXT}{see_also}{_TEXT}"
    page = ArticlePage(html + "</div></body></html>", "https://x.vn/c-3.html")
    assert [link.url for link in page.related()] == ["https://x.vn/a-1.html"]
    assert len(page.body(None)) == 3


def test_a_link_to_a_place_on_the_page_does_not_make_a_date_line_a_teaser() -> None:
    own = "<h2>Hội thi nấu ăn ngon xã Quỳnh Hoa</h2><div class=meta>Posted on November 21, 2024"
    links = " <a href='/hoi-thi/#respond'>Leave a comment</a>"
    other = " <a href='/khac/'>Một bài viết khác của trang</a>"
    text = "<p>" + "Nội dung bài viết về hội thi nấu ăn ngon. " * 4 + "</p>"
    for extra, dated in ((links, True), (other, False)):
        html = f"<html><body><div>{own}{extra}</div><div>{text * 3}</div></div></body></html>"
        page = ArticlePage(html, "https://x.vn/hoi-thi/")
        assert (page.published() is not None) is dated


@pytest.mark.parametrize(
    ("html", "raw"),
    [
        ("<div>09:00 25/10/2017 | Lượt xem: <span>1206</span> | In bài</div>", "Lượt xem: 1206"),
        ("<span>1.234 lượt xem</span> <span><a>Bình luận (3)</a></span>", "1.234 lượt xem"),
        ("<font>- Lượt đọc: 1205</font>", "Lượt đọc: 1205"),
        ("<dd class='hits'><span class='icon-eye'></span> Hits: 345</dd>", "Hits: 345"),
        # A label and its value in sibling elements (Drupal's fields, a definition list).
        (
            "<div class='field'><div class='field-label'>Lượt xem:&nbsp;</div>"
            "<div class='field-items'><div class='field-item'>1.204</div></div></div>",
            "Lượt xem: 1.204",
        ),
        ("<dl><dt>Lượt xem:</dt><dd>1.204</dd></dl>", "Lượt xem: 1.204"),
        ("<span><b>Đã xem:</b> 2827</span> <span>Bình luận: 0</span>", "Đã xem: 2827"),
        ("<span>(Lượt tải: 12)</span> <p>Lượt truy cập: 2.345.678</p>", None),
        # Labelled by an icon only, as themes from theme shops do.
        (
            "<span><i class='fa fa-eye'></i> 1.234</span>"
            "<span><i class='fa fa-comment'></i> 5</span>",
            "1.234",
        ),
        ("<i class='bi bi-eye-fill'></i><span>2.021</span>", "2.021"),
        ("<span><svg class='icon'><use href='#icon-views'></use></svg>318</span>", "318"),
        ("<span><img src='/images/eye.png' width='12'> 87</span>", "87"),
        ("<span><i class='fa fa-comment-o'></i> 5</span>", None),
        ("<span><i class='fa fa-heart'></i> 45</span>", None),
    ],
)
def test_view_count_lines(html: str, raw: str | None) -> None:
    found = view_lines(_lines(html))
    assert [v.raw for v in found][:1] == ([raw] if raw else [])


_PART = "".join(
    f"<p>Đoạn {i} của bài viết về lễ khởi công cây cầu mới qua sông.</p>" for i in range(4)
)
_SHORT = "<p>Sáng 12/6, huyện tổ chức lễ khởi công cầu mới qua sông Trà Lý.</p>"
_CELL = "Đoạn văn bản của bài viết về lễ khởi công cây cầu mới qua sông Trà Lý.<br><br>" * 3


@pytest.mark.parametrize(
    ("html", "root", "parts"),
    [
        # Text cells above and below a picture's row of a legacy table.
        (f"<table id='t'><tr><td id='a'>{_CELL}</td></tr><tr><td><img src='/c.jpg'></td></tr>"
         f"<tr><td id='b'>{_CELL}{_CELL}</td></tr></table>", "t", ["a", "b"]),
        # Text before and after an inline ad, in like boxes, the first one short.
        (f"<div id='p'><div class='c' id='a'>{_SHORT}</div><div class='ad'><img src='/q.gif'>"
         f"</div><div class='c' id='b'>{_PART}</div></div>", "p", ["a", "b"]),
        # A box unlike the text's (a sidebar, the standfirst's holder) is no part of it.
        (f"<div id='p'><div class='c' id='a'>{_PART}</div><div class='side'>{_SHORT}</div>"
         "</div>", "a", ["a"]),
        # A like box holding too little of the text is not one of its parts.
        (f"<div id='p'><div class='c' id='a'>{_PART * 3}</div><div class='c'>{_SHORT}</div>"
         "</div>", "a", ["a"]),
        # Three parts, found one and two levels up, are all parts.
        (f"<div id='p'><div class='w'><div class='c' id='a'>{_PART}</div><div class='ad'></div>"
         f"<div class='c' id='b'>{_SHORT}</div></div><div class='w'><div class='c' id='c'>{_PART}"
         "</div></div></div>", "p", ["a", "b", "c"]),
        # Teasers are never parts, however alike.
        (f"<div id='p'><div class='c' id='a'>{_PART}</div><div class='c'><h3><a href='/x'>"
         f"Tin khác</a></h3>{_PART}</div></div>", "a", ["a"]),
        # Two articles, each under its own headline (the next one appended below), are not
        # one article split in two.
        (f"<div id='p'><article><h1>Lễ khởi công</h1><div class='c' id='a'>{_PART}</div>"
         f"</article><article><h1>Bài tiếp theo</h1><div class='c' id='b'>{_PART * 2}</div>"
         "</article></div>", "b", ["b"]),
    ],
)  # fmt: skip
def test_an_article_split_into_like_boxes_is_read_whole(
    html: str, root: str, parts: list[str]
) -> None:
    text = article_text(text_stats(_body(f"<div>{html}</div>")))
    assert text is not None
    assert (text.root.get("id"), sorted(str(p.get("id")) for p in text.parts)) == (root, parts)


def test_the_text_under_this_pages_headline_wins_over_a_longer_article_appended_below() -> None:
    body = _body(
        f"<div><article><h1 id='h'>Lễ khởi công</h1><div class='c' id='a'>{_PART}</div>"
        f"</article><article><h1>Bài tiếp theo</h1><div class='c' id='b'>{_PART * 2}</div>"
        "</article></div>"
    )
    headline = next(el for el in body.iter("h1") if el.get("id") == "h")
    densest = article_text(text_stats(body))
    assert densest is not None
    assert densest.root.get("id") == "b"  # without the headline, the densest text
    text = article_text(text_stats(body), headline)
    assert text is not None
    assert (text.root.get("id"), [p.get("id") for p in text.parts]) == ("a", ["a"])


@pytest.mark.parametrize(
    ("html", "line"),
    [
        # A meta line of inline parts: its other counters and buttons go with the date.
        ("<div id='x'><div id='line'><span id='el'>12/06/2024</span> <a>Bình luận (0)</a></div>"
         "<p>Nội dung</p></div>", "line"),
        # A date that is a block itself is its own line.
        ("<div id='x'><p id='el'>Ngày đăng: 12/06/2024</p><p>Nội dung</p></div>", "el"),
        # A block holding other blocks is not one line.
        ("<div id='x'><div><span id='el'>12/06/2024</span><p>Nội dung</p></div></div>", "el"),
        # A long line is text that happens to hold a date.
        ("<div id='x'><div><span id='el'>12/06/2024</span> " + "chữ " * 40 + "</div></div>", "el"),
        # Never the block the article's text was found in.
        ("<div id='x'><span id='el'>12/06/2024</span> <a>In bài</a></div>", "el"),
        # A list of meta items set in one line (a page builder's post info): the whole list.
        ("<div id='x'><ul id='line'><li><span id='el'>22/11/2024</span></li><li><a>Tin tức</a>"
         "</li></ul><p>Nội dung</p></div>", "line"),
        ("<div id='x'><ul><li id='line'><span id='el'>22/11/2024</span></li><li>Sáng nay, tỉnh "
         "khai mạc hội chợ nông sản.</li></ul><p>Nội dung</p></div>", "line"),
        # A sentence beside the date is text (a brief's only paragraph), a credit is a credit.
        ("<div id='x'><p id='line'><span id='el'>03/12/2025</span> Sáng nay, tỉnh khai mạc hội "
         "chợ nông sản.</p><p>Nội dung</p></div>", "el"),
        ("<div id='x'><div id='line'><span id='el'>12/06/2024</span> <span>Tác giả: Thu Hà</span>"
         "</div><p>Nội dung</p></div>", "el"),
    ],
)  # fmt: skip
def test_a_header_line_is_its_whole_short_line(html: str, line: str) -> None:
    body = _body(html)
    within, el = select(body, "#x")[0], select(body, "#el")[0]
    assert whole_line(el, within).get("id") == line


# -- reading the article text ------------------------------------------------------------------


def test_br_br_chunks_are_paragraphs_each_with_its_own_style() -> None:
    body = _body(
        "<td><font><b>Lead sentence set in bold, long enough.</b><br><br>First\r\nline"
        " wrapped.<br>Same paragraph.<br><br>Second paragraph.</font></td>"
    )
    blocks = BlockWalker().walk(body)
    texts = [b for b in blocks if isinstance(b, TextBlock)]
    assert [b.text for b in texts] == [
        "Lead sentence set in bold, long enough.",
        "First line wrapped. Same paragraph.",
        "Second paragraph.",
    ]
    assert [b.bold for b in texts] == [True, False, False]


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td><img src='a.jpg'></td></tr><tr><td class='desc'>Chú thích ảnh</td></tr>"
        "</table>",
        "<div style='text-align:center'><img src='a.jpg'></div>"
        "<p style='text-align:center'><em>Chú thích ảnh</em></p>",
        "<center><img src='a.jpg'><br><i><font size='1'>Chú thích ảnh</font></i></center>",
        "<figure><img src='data:image/gif;base64,R0' data-src='a.jpg'>"
        "<figcaption><p>Chú thích ảnh</p></figcaption></figure>",
        "<p><amp-img src='a.jpg' layout='responsive'></amp-img></p><p><em>Chú thích ảnh</em></p>",
        "<figure><amp-img src='a.jpg'><noscript><img src='a.jpg'></noscript></amp-img>"
        "<figcaption>Chú thích ảnh</figcaption></figure>",
        "<figure><img class='lazy' data-src='a.jpg'><noscript><img src='a.jpg'></noscript>"
        "<figcaption>Chú thích ảnh</figcaption></figure>",
    ],
    ids=["table", "centred-em", "center-br", "figure-lazy", "amp", "amp-figure", "noscript-copy"],
)
def test_captions_are_bound_to_their_image(html: str) -> None:
    content = read_content(_body("<p>" + "Đoạn văn bản của bài viết. " * 5 + "</p>" + html))
    assert [(i.url, i.caption) for i in content.images] == [("a.jpg", "Chú thích ảnh")]
    assert all("Chú thích" not in p for p in content.paragraphs)


def test_a_long_justified_paragraph_after_an_image_is_text_not_its_caption() -> None:
    paragraph = "Chỉ tiêu tuyển dụng được phân bổ cho các chức danh như sau đây:"
    image = "<p style='text-align:center'><img src='a.jpg'></p>"
    content = read_content(_body(f"{image}<p>{paragraph}</p>"))
    assert content.images[0].caption is None
    assert content.paragraphs == [paragraph]


@pytest.mark.parametrize(
    ("tail", "byline"),
    [
        (["<p align='right'><b>Tin: Quốc Tuấn</b></p>"], ["Tin: Quốc Tuấn"]),
        (
            ["<div style='text-align:right'><strong>ThS. Nguyễn Văn Hùng</strong></div>",
             "<div style='text-align:right'><em>(Trung tâm Y tế dự phòng tỉnh)</em></div>"],
            ["ThS. Nguyễn Văn Hùng", "(Trung tâm Y tế dự phòng tỉnh)"],
        ),
        (["<p><strong>Người dân hết cảnh đi đò</strong></p>"], []),  # a bold intertitle
        # One paragraph, two lines: a `<br>` between the name and the affiliation.
        (["<p align='right'><strong>Trần Văn Bình</strong><br><em>(Tổ Khoa học xã hội)</em></p>"],
         ["Trần Văn Bình", "(Tổ Khoa học xã hội)"]),
    ],
)  # fmt: skip
def test_the_byline_is_the_short_credit_lines_closing_the_text(
    tail: list[str], byline: list[str]
) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(paragraph + "".join(tail)))
    assert content.byline_lines == byline


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # Print layouts set the credit above the text, under the standfirst.
        ("<p style='text-align:right'><strong>Bài và ảnh: NGUYỄN HÙNG</strong></p>",
         ["Bài và ảnh: NGUYỄN HÙNG"]),
        ("<p><strong>NGUYỄN HÙNG</strong></p>", ["NGUYỄN HÙNG"]),
        ("<div class='author'>Nguyễn Hùng</div>", ["Nguyễn Hùng"]),
        # Not credits: an intertitle first, a place, a plain short first line.
        ("<p><strong>Cầu nối hai bờ sông Luộc</strong></p>", []),
        ("<p><strong>THÁI BÌNH</strong></p>", []),
        ("<p>Nguyễn Hùng</p>", []),
        # An e-magazine's credits, one role to a line, plain: each line says what it is.
        ("<p>Nội dung: Hoàng Yến</p><p>Ảnh: Quang Minh</p><p>Trình bày: Thu Trang</p>",
         ["Nội dung: Hoàng Yến", "Ảnh: Quang Minh", "Trình bày: Thu Trang"]),
        ("<p>Quang Minh</p><p>Nội dung: Hoàng Yến</p>", []),  # a plain line first: text
    ],
)  # fmt: skip
def test_a_credit_set_above_the_text_is_its_byline(head: str, byline: list[str]) -> None:
    paragraphs = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(head + paragraphs * 2))
    assert content.byline_lines == byline
    head_blocks = head.count("<p") + head.count("<div")
    assert len(content.paragraphs) == 2 + (0 if byline else head_blocks)


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        # A template's label over the text box (a podcast's transcript) is no paragraph.
        ("<h3>Nội dung chính:</h3><p>Câu chuyện bắt đầu.</p>", ["Câu chuyện bắt đầu."]),
        # Further down, a heading ending in a colon introduces the article's next part.
        ("<p>Câu chuyện bắt đầu.</p><h3>Một số giải pháp:</h3><p>Giải pháp thứ nhất.</p>",
         ["Câu chuyện bắt đầu.", "Một số giải pháp:", "Giải pháp thứ nhất."]),
        ("<p><strong>Trả lời:</strong></p><p>Theo Điều 651.</p>",
         ["Trả lời:", "Theo Điều 651."]),  # a bold line is no heading
    ],
)  # fmt: skip
def test_a_label_opening_the_text_box_is_no_paragraph(html: str, paragraphs: list[str]) -> None:
    assert read_content(_body(html)).paragraphs == paragraphs


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("<div><span class='author'>NGUYỄN HÙNG</span> | <span>20/12/2024 08:00</span></div>",
         "NGUYỄN HÙNG"),
        ("<div class='author-name'><a href='/tac-gia/nguyen-hung'>Nguyễn Hùng</a></div>",
         "Nguyễn Hùng"),
        ("<p class='byline'>Bài và ảnh: <b>Nguyễn Hùng</b></p>", "Bài và ảnh: Nguyễn Hùng"),
        # Marked, but no credit: a box of the author's other articles, a CMS account.
        ("<div class='author'><a href='/tac-gia/x'>Các bài viết khác của tác giả</a></div>", None),
        ("<span class='post-author'>Đăng bởi admin</span>", None),
    ],
)  # fmt: skip
def test_a_credit_marked_as_the_authors_beside_the_headline_is_the_byline(
    header: str, byline: str | None
) -> None:
    page = _headed_page("Công trường cầu Hưng Hà những ngày cuối năm", header)
    assert page.byline() == byline


def test_an_empty_profile_content_box_falls_back_to_the_text_the_page_shows() -> None:
    """A template that moved the text out of the box the profile names: the generic layers
    read it, and the warning tells the profile needs a look."""
    html = (
        "<html><body><div class='detail'><h1 class='detail-title'>Khởi công cầu Hưng Hà</h1>"
        "<div class='detail-content'> </div><div class='detail-body-v2'>" + _TEXT * 3 + "</div>"
        "</div></body></html>"
    )
    page = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/3/233500/khoi-cong-cau-hung-ha")
    assert page.profile is not None
    raw = page.to_raw()
    assert len(raw.body) == 3
    assert "profile_content_empty" in raw.warnings


_SAID = "Phó Chủ tịch tỉnh nhấn mạnh: “Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh”."


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        # Repeating the text's own words: a pull quote.
        ("<blockquote><p>Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh</p></blockquote>",
         False),
        ("<blockquote>“Nông nghiệp công nghệ cao là hướng đi tất yếu của tỉnh”</blockquote>",
         False),
        # Said only there: a quotation the article gives.
        ("<blockquote><p>Kính gửi Ủy ban nhân dân tỉnh, chúng tôi đề nghị hỗ trợ giống cây.</p>"
         "</blockquote>", True),
    ],
)  # fmt: skip
def test_a_pull_quote_is_not_a_paragraph(quote: str, kept: bool) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(f"{paragraph}<p>{_SAID}</p>{quote}{paragraph}"))
    assert len(content.paragraphs) == 3 + kept


_LAST = "Khi hoàn thành, cây cầu sẽ rút ngắn quãng đường đi lại cho người dân hai xã."


@pytest.mark.parametrize(
    ("last", "byline", "kept"),
    [
        # A line break, not a new paragraph, before the credit (WordPress turns one newline
        # into `<br>`).
        (f"<p>{_LAST}<br>\nNguyễn Văn Hùng</p>", ["Nguyễn Văn Hùng"], _LAST),
        (f"<p>{_LAST}<br><strong>Tin, ảnh: Thu Hà</strong><br><em>(Theo Báo Thái Bình)</em></p>",
         ["Tin, ảnh: Thu Hà", "(Theo Báo Thái Bình)"], _LAST),
        # A last line that is no credit stays in its paragraph.
        (f"<p>{_LAST}<br>Người dân rất phấn khởi.</p>", [], f"{_LAST} Người dân rất phấn khởi."),
    ],
)  # fmt: skip
def test_a_credit_on_the_last_lines_of_the_last_paragraph_is_the_byline(
    last: str, byline: list[str], kept: str
) -> None:
    paragraph = "<p>" + "Nội dung bài viết rất dài. " * 6 + "</p>"
    content = read_content(_body(paragraph + last))
    assert (content.byline_lines, content.paragraphs[-1]) == (byline, kept)


_PICTURE = (
    "<table><tr><td><img src='a.jpg'></td></tr><tr><td class='desc'>Vườn vải.</td></tr></table>"
)


@pytest.mark.parametrize(
    ("html", "byline", "paragraphs"),
    [
        # A photo story: the credit under its pictures is the byline, though no text is left.
        (_PICTURE + "<p align='right'><b>Ảnh: HOÀNG BÌNH</b></p>", ["Ảnh: HOÀNG BÌNH"], []),
        # Without pictures a lone line stays the article's text.
        ("<p align='right'><b>Ảnh: HOÀNG BÌNH</b></p>", [], ["Ảnh: HOÀNG BÌNH"]),
        # Signed only by its style (right-aligned, bold), a lone line is not taken.
        (_PICTURE + "<p align='right'><b>Vải thiều Thanh Hà</b></p>", [], ["Vải thiều Thanh Hà"]),
    ],
)  # fmt: skip
def test_a_photo_story_may_be_only_pictures_and_its_credit(
    html: str, byline: list[str], paragraphs: list[str]
) -> None:
    content = read_content(_body(html))
    assert (content.byline_lines, content.paragraphs) == (byline, paragraphs)


@pytest.mark.parametrize(
    ("first", "standfirst"),
    [
        ("<p><strong>Ngày 14-2, ngư dân xã Vĩnh Lương tổ chức lễ hội cầu ngư truyền thống, "
         "cầu mong một năm trời yên biển lặng.</strong></p>", True),
        ("<p><strong>Nhiều chỉ tiêu về đích sớm</strong></p>", False),
        ("<p><strong>PV: Xin ông cho biết kết quả xây dựng nông thôn mới kiểu mẫu của tỉnh "
         "thời gian qua?</strong></p>", False),
        # A heading is set in bold: a sentence in an `h2` under the headline is a standfirst.
        ("<h2>Sau 5 năm triển khai, phong trào xây dựng nông thôn mới của tỉnh đã đạt nhiều kết "
         "quả quan trọng.</h2>", True),
        ("<h2>Nhiều chỉ tiêu về đích sớm</h2>", False),
        ("<h2 style='font-weight: normal'>Sau 5 năm triển khai, phong trào xây dựng nông thôn mới "
         "đạt nhiều kết quả quan trọng.</h2>", False),
    ],
)  # fmt: skip
def test_a_wholly_bold_first_paragraph_is_the_standfirst(first: str, standfirst: bool) -> None:
    content = read_content(_body(first + "<p>" + "Nội dung bài viết. " * 8 + "</p>"))
    assert (content.bold_first is not None) is standfirst


_LONG = (
    "<div class=item><p>"
    + "Ý kiến rất dài của bạn đọc, hay địa chỉ của tòa soạn. " * 9
    + "</p></div>"
)


@pytest.mark.parametrize(
    ("wrapper", "article_kept"),
    [
        ("<div class=comment-list>{}</div>", True),
        ("<ol class=commentlist>{}</ol>", True),
        ("<div id=binhluan>{}</div>", True),
        ("<div id=footer>{}</div>", True),
        ("<footer>{}</footer>", True),
        ("<div class=chan-trang>{}</div>", True),
        ("<div class=commentary>{}</div>", False),  # an article genre, not readers' comments
    ],
    ids=["comment-list", "commentlist", "binhluan", "footer-id", "footer-tag", "chan-trang",
         "commentary"],
)  # fmt: skip
def test_the_article_text_is_never_the_readers_comments_or_the_footer(
    wrapper: str, article_kept: bool
) -> None:
    article = "<div id=bai>" + ("<p>" + "Nội dung bài viết ngắn. " * 5 + "</p>") * 3 + "</div>"
    html = f"<html><body class=has-footer><div id=page>{article}{wrapper.format(_LONG * 8)}</div>"
    page = ArticlePage(html + "</body></html>", "https://x.vn/a")
    content = page.generic.content
    assert (content is not None and content.get("id") == "bai") is article_kept


@pytest.mark.parametrize(
    ("box", "tags"),
    [
        ("<div class='post-tags'>Tags: <a href='/tag/lua'>Lúa</a>, <a href='/tag/tb'>Thái Bình</a>"
         "</div>", ["Lúa", "Thái Bình"]),
        # A class per tag on the post's own boxes (WordPress's and Ghost's post classes) holds the
        # page, not a tag list.
        ("", []),
    ],
)  # fmt: skip
def test_a_box_marked_as_tags_is_made_of_links(box: str, tags: list[str]) -> None:
    text = "<p>" + "Nội dung bài viết về mùa lúa ở Thái Bình, có <a href='/x'>liên kết</a>. " * 4
    html = (
        "<html><body class='post-template tag-lua'><article class='post tag-lua'>"
        f"<h1>Mùa lúa</h1><div class=content>{text}</p>{text}</p></div>{box}</article>"
        "<nav><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></nav></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a").tags() == tags


@pytest.mark.parametrize(
    ("pager", "kept"),
    [
        ("<div>Trang: <b>1</b> <a href='?page=2'>2</a> <a href='?page=3'>3</a>"
         " <a href='?page=2'>Trang sau »</a></div>", False),
        ("<p>« <a href='?p=1'>Trước</a> | 2 | <a href='?p=3'>Tiếp</a> »</p>", False),
        ("<div class='page-links'>Trang: <a href='2/'>2</a></div>", False),
        ("<p>Xem tiếp <a href='?page=2'>trang 2</a> và <a href='?page=3'>trang 3</a> của bài viết"
         " về làng dệt.</p>", True),
    ],
)  # fmt: skip
def test_the_pager_of_an_article_split_over_pages_is_not_text(pager: str, kept: bool) -> None:
    assert len(_body_around(pager)) == (4 if kept else 3)


@pytest.mark.parametrize(
    ("line", "kept"),
    [("<p>💡</p>", False), ("<p>* * *</p>", False), ("<p>Xã Cổ Chất, 2024.</p>", True)],
)
def test_a_paragraph_without_words_is_not_text(line: str, kept: bool) -> None:
    assert len(_body_around(line, after=1)) == (5 if kept else 4)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<div class=link-footer><a href='/xuat-khau-nhan-188.htm'>Xuất khẩu lô nhãn lồng đầu"
         " tiên sang Mỹ</a></div>", False),
        ("<p>Xem thêm <a href='/xuat-khau-nhan-188.htm'>bài viết về xuất khẩu nhãn lồng</a>.</p>",
         True),
        ("<p><a href='/a.htm'>Nhãn</a> <a href='/b.htm'>lồng Hưng Yên xuất khẩu</a></p>", True),
    ],
    ids=["see-also-line", "link-in-a-sentence", "two-links"],
)  # fmt: skip
def test_a_line_that_is_one_link_to_another_article_is_not_body(line: str, kept: bool) -> None:
    assert len(_body_around(line)) == (4 if kept else 3)


def _body_around(line: str, after: int = 0) -> list[str]:
    """The body of a page whose text is three paragraphs, `line`, then `after` more."""
    text = "<p>" + "Nội dung bài viết về mùa nhãn lồng ở Hưng Yên. " * 4 + "</p>"
    html = f"<html><body><h1>Nhãn lồng được mùa</h1><div>{text * 3}{line}{text * after}</div>"
    return ArticlePage(html + "</body></html>", "https://x.vn/a").body(None)


@pytest.mark.parametrize(
    ("credits", "byline"),
    [
        ("<div><span>Tác giả: Thu Hà</span> <span>Ngày đăng: 16/11/2024 14:20</span>"
         " <span>Lượt xem: 214</span></div>", "Tác giả: Thu Hà"),
        ("<p><b>Nguồn:</b> Báo Bắc Ninh</p>", "Nguồn: Báo Bắc Ninh"),
        ("<p><b>Tác giả:</b></p>", None),
        # A podcast's credits, one role to a line, in a box after the text.
        ("<div><p>Biên tập: Hải Yến</p><p>Giọng đọc: Minh Hằng</p></div>",
         "Biên tập: Hải Yến\nGiọng đọc: Minh Hằng"),
        # A site reprinting the article credits the paper it took it from.
        ("<div><span>Theo Báo Thái Bình</span> <a href='https://b.vn/1'>Xem bài gốc</a></div>",
         "Theo Báo Thái Bình"),
        ("<p><span>Theo kế hoạch, xã sẽ tổ chức ra quân mỗi tháng một lần.</span></p>", None),
    ],
    ids=["one-field-of-a-line", "label-and-name-apart", "label-alone", "roles", "source",
         "sentence-opening-with-theo"],
)  # fmt: skip
def test_a_labelled_credit_after_the_text_is_its_own_field(
    credits: str, byline: str | None
) -> None:
    text = "<p>" + "Nội dung bài viết về ra quân làm sạch bãi biển. " * 4 + "</p>"
    html = f"<html><body><div><h2>Ra quân làm sạch bãi biển</h2><div>{text * 3}</div>{credits}"
    page = ArticlePage(html + "</div></body></html>", "https://x.vn/a")
    assert page.byline() == byline


_SUMMARY = "<p class=sapo>" + "Tóm tắt của một bài viết khác trong chuyên mục. " * 4 + "</p>"
_TEASERS = {
    "linked-heading": "<div class=item><h3><a href='/tin/{0}.html'>Tiêu đề bài khác số {0}</a></h3>"
    + _SUMMARY
    + "</div>",
    "title-link": "<li><a class=title href='/tin/{0}.html'>Tiêu đề bài viết khác số {0}</a>"
    "<span>(20/11/2024)</span>" + _SUMMARY + "</li>",
}


@pytest.mark.parametrize("teaser", _TEASERS.values(), ids=_TEASERS.keys())
def test_a_list_of_teasers_does_not_add_up_to_an_article(teaser: str) -> None:
    article = "<div id=bai>" + ("<p>" + "Nội dung bài viết ngắn gọn. " * 6 + "</p>") * 2 + "</div>"
    teasers = "".join(teaser.format(n) for n in range(8))
    html = f"<html><body><h1>Nông dân xuống giống cây vụ đông</h1>{article}"
    page = ArticlePage(f"{html}<ul class=list>{teasers}</ul></body></html>", "https://x.vn/a")
    content = page.generic.content
    assert content is not None
    assert content.get("id") == "bai"
    assert page.generic.lead_element is None  # a teaser's summary after the text: no standfirst


# -- the DOM ----------------------------------------------------------------------------------


def test_text_keeps_inline_markup_together_and_blocks_apart() -> None:
    body = _body(
        "<p id='a'><strong>Như Tâm</strong> (Theo <em>Reuters</em>)</p>"
        "<div id='b'><div>Một</div><div>Hai</div></div>"
    )
    assert text_of(body.find(".//p")) == "Như Tâm (Theo Reuters)"
    assert text_of(body.find("div")) == "Một Hai"


def test_document_order() -> None:
    body = _body("<div><p>a</p><p>b</p></div><p>c</p>")
    order = DocumentOrder(body)
    a, b, c = body.iter("p")
    assert order.before(a, b)
    assert order.before(b, c)
    assert not order.before(c, a)
    assert order.before(body, a)


@pytest.mark.parametrize(
    "css",
    [
        ".detail-content",
        "h1.detail-title",
        ".detail-info .detail-time",
        ".box > li",
        ".breadcrumb a[href*='/chuyen-muc/']",
        "#header .header-date",
        ".x p:last-child",
        "img[src$='.jpg']",
        "p, .detail-title",
        ".detail-content > p[style*='text-align: right']:last-child",
    ],
)
def test_indexed_selection_gives_what_xpath_gives(css: str) -> None:
    root = parse_html(
        "<div id='header'><span class='header-date'>d</span></div>"
        "<h1 class='detail-title x'>t</h1><div class='detail-info'><span class='detail-time'>1"
        "</span></div><ul class='box'><li>a</li><li><ul class='box'><li>b</li></ul></li></ul>"
        "<div class='breadcrumb'><a href='/'>h</a><a href='/chuyen-muc/3/x'>c</a></div>"
        "<div class='x detail-content'><p>1</p><img src='a.jpg'>"
        "<p style='text-align: right;'>2</p></div>"
    )
    assert Selection(root).all(css) == select(root, css)


_SHARE = re.compile(r"(?<![a-z])share(?![a-z])")


def _marked_tags(html: str) -> list[str]:
    return [el.tag for el in Selection(parse_html(html)).marked(_SHARE)]


def test_marked_elements_come_in_page_order_whatever_the_case_of_their_names() -> None:
    html = (
        "<div id='Share'><p class='x'>a</p><span class='top SHARE-bar'>b</span></div>"
        "<em class='sharebar'>not a whole word</em><i class='x share'>c</i>"
    )
    assert _marked_tags(html) == ["div", "span", "i"]


def test_a_name_seen_on_an_earlier_page_marks_this_page_s_own_elements() -> None:
    assert _marked_tags("<p class='share'>a</p>") == ["p"]
    assert _marked_tags("<b>x</b><u class='share'>a</u><s class='share'>b</s>") == ["u", "s"]
    assert _marked_tags("<p class='shared'>a</p>") == []


def test_the_names_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selection, "_MAX_VERDICTS", 2)
    html = "<p class='a share'>1</p><p class='b'>2</p><p class='c share'>3</p>"
    assert _marked_tags(html) == ["p", "p"]
    assert _marked_tags(html) == ["p", "p"]
    assert len(selection._VERDICTS[_SHARE]) <= 2


def test_related_links_lose_their_fragment_on_either_layer() -> None:
    box = (
        "<div class='box-related'><h3>Tin liên quan</h3><ul>"
        "<li><a href='/tin-tuc/3/22/tin-khac#comments'>Một tin khác</a></li></ul></div>"
    )
    html = f"<html><body><h1 class='detail-title'>Tiêu đề</h1><p>Nội dung.</p>{box}</body></html>"
    profiled = ArticlePage(html, "https://baothaibinh.com.vn/tin-tuc/3/1/x").related()
    generic = ArticlePage(html, "https://example.vn/tin-tuc/3/1/x").related()
    assert [link.url for link in profiled] == ["https://baothaibinh.com.vn/tin-tuc/3/22/tin-khac"]
    assert [link.url for link in generic] == ["https://example.vn/tin-tuc/3/22/tin-khac"]


@pytest.mark.parametrize(
    ("link", "headline"),
    [
        ("<a href='/tin/8811.html'>Khai mạc giải bóng đá thiếu niên</a>", True),
        ("<a href='/tin/8811.html'><span>Khai mạc</span> <b>giải bóng đá</b></a>", True),
        ("<a href='/hoi-thi/#respond'>Leave a comment</a>", False),
        ("<a href='/tin/8811.html'>Xem thêm</a>", False),
    ],
    ids=["title", "title-in-markup", "place-on-the-page", "short"],
)
def test_a_headline_link_is_a_titles_length_to_another_page(link: str, headline: bool) -> None:
    found = _body(link).find("a")
    assert found is not None
    assert is_headline_link(found) is headline


def test_the_common_ancestor_is_the_nearest_element_holding_both() -> None:
    body = _body("<div id=a><p id=b><span id=c></span></p><p id=d></p></div>")
    b, c, d = (body.find(f".//*[@id='{i}']") for i in "bcd")
    assert b is not None
    assert c is not None
    assert d is not None
    assert common_ancestor(c, d).get("id") == "a"
    assert common_ancestor(b, c) is b


@pytest.mark.parametrize(
    ("box", "images", "text"),
    [
        # WordPress's captioned picture: `attachment_3924` names the picture, not a file list.
        ('<div id="attachment_3924" class="wp-caption aligncenter"><img src="/anh/2.jpg">'
         '<p class="wp-caption-text">Mái kè phía biển</p></div>', ["/anh/2.jpg"], []),
        # A box of attached files stays out of the text.
        ('<div class="attachments"><p>Tệp đính kèm: ke-hoach.pdf</p></div>', [], []),
    ],
    ids=["wordpress-caption", "attached-files"],
)  # fmt: skip
def test_attachments_and_captioned_pictures(box: str, images: list[str], text: list[str]) -> None:
    paragraph = "<p>" + "Đoàn nghiệm thu đánh giá các hạng mục thi công đúng thiết kế. " * 3
    html = (
        "<html><body><h1>Nghiệm thu đê biển Hải Thịnh</h1><div class=entry-content>"
        f"{paragraph}</p>{box}{paragraph}</p></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/kinh-te/nghiem-thu-3921/")
    raw = page.to_raw()
    assert [urlsplit(image.url).path for image in raw.images] == images
    assert len(raw.body) == 2 + len(text)


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        # A labelled credit in the article's header comes first, before the text's own byline.
        ("<dd>Tác giả: <span itemprop=author><span itemprop=name>Đỗ Minh Tuấn</span></span></dd>",
         "Tác giả: Đỗ Minh Tuấn\nNguồn: Cổng TTĐT huyện"),
        ("<dd>Tác giả: admin</dd>", "Nguồn: Cổng TTĐT huyện"),  # the account that posted it
        ("<dd>Ảnh: Văn Thành</dd>", "Nguồn: Cổng TTĐT huyện"),  # a role there credits a picture
    ],
    ids=["author", "account", "role"],
)  # fmt: skip
def test_a_labelled_credit_in_the_header_opens_the_byline(header: str, byline: str) -> None:
    text = "<p>" + "Nội dung bài viết về khánh thành nhà văn hóa thôn. " * 4 + "</p>"
    html = (
        "<html><body><article><h1>Khánh thành nhà văn hóa thôn Kênh Cầu</h1>"
        f"<dl><dd>Thứ Năm, 12/09/2024 08:00</dd>{header}</dl>"
        f"<section>{text * 3}<p><em>Nguồn: Cổng TTĐT huyện</em></p></section></article>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a-7754.html").byline() == byline


@pytest.mark.parametrize(
    ("summary", "lead"),
    [
        ('<div itemprop="description">Sáng 11/9, xã Đông Kết khánh thành nhà văn hóa thôn.</div>',
         "Sáng 11/9, xã Đông Kết khánh thành nhà văn hóa thôn."),
        ('<meta itemprop="description" content="Sáng 11/9, xã Đông Kết khánh thành nhà văn hóa.">',
         None),  # out of sight: no standfirst
    ],
    ids=["shown", "meta"],
)  # fmt: skip
def test_microdata_description_is_a_marked_standfirst(summary: str, lead: str | None) -> None:
    text = "<p>" + "Nội dung bài viết về khánh thành nhà văn hóa thôn. " * 4 + "</p>"
    html = (
        "<html><body><article itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<h1 itemprop=headline>Khánh thành nhà văn hóa thôn Kênh Cầu</h1>{summary}"
        f"<section itemprop=articleBody>{text * 3}</section></article></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a-7754.html").lead() == lead


@pytest.mark.parametrize(
    "button",
    [
        '<a href="#{pane}" data-toggle="tab">{label}</a>',  # Bootstrap 3 and 4
        '<button data-bs-toggle="tab" data-bs-target="#{pane}">{label}</button>',  # Bootstrap 5
        '<a role="tab" aria-controls="{pane}" href="javascript:void(0)">{label}</a>',
    ],
    ids=["href", "data-bs-target", "aria-controls"],
)
def test_lists_in_tabs_are_headed_by_their_buttons(button: str) -> None:
    tabs = "".join(
        "<li>" + button.format(pane=pane, label=label) + "</li>"
        for pane, label in (("lq", "Tin liên quan"), ("dn", "Đọc nhiều"))
    )
    panes = "".join(
        f'<div class="tab-pane" id="{pane}"><ul>'
        + "".join(f'<li><a href="/{pane}-{n}.html">Tin {pane} số {n}</a></li>' for n in (1, 2))
        + "</ul></div>"
        for pane in ("lq", "dn")
    )
    text = "<p>" + "Nội dung bài viết về khai mạc giải bóng đá thiếu niên. " * 4 + "</p>"
    html = (
        f"<html><body><div><h1>Khai mạc giải bóng đá thiếu niên</h1><div>{text * 3}</div>"
        f'<ul class="nav nav-tabs">{tabs}</ul><div class="tab-content">{panes}</div></div>'
        "</body></html>"
    )
    related = ArticlePage(html, "https://x.vn/a-2231.html").related()
    assert [link.url for link in related] == ["https://x.vn/lq-1.html", "https://x.vn/lq-2.html"]


def _grid(pictures: int, captions: list[tuple[str, str]]) -> str:
    images = "".join(f"<td><img src='/anh/{n}.jpg'></td>" for n in range(1, pictures + 1))
    cells = "".join(f"<td class='image_desc'{span}>{text}</td>" for text, span in captions)
    return f"<table><tr>{images}</tr><tr>{cells}</tr></table>"


@pytest.mark.parametrize(
    ("table", "captions", "paragraphs"),
    [
        # Pictures side by side, each captioned in its own column of the row below.
        (_grid(2, [("Dưa lưới", ""), ("Dưa vàng", "")]), ["Dưa lưới", "Dưa vàng"], 2),
        (_grid(3, [("Một", ""), ("Hai", ""), ("Ba", "")]), ["Một", "Hai", "Ba"], 2),
        # One caption spanning the row: it captions the picture it follows, as before.
        (_grid(2, [("Hai loại dưa", " colspan='2'")]), [None, "Hai loại dưa"], 2),
    ],
    ids=["two-columns", "three-columns", "one-caption-spanning"],
)  # fmt: skip
def test_pictures_side_by_side_are_captioned_by_column(
    table: str, captions: list[str | None], paragraphs: int
) -> None:
    text = "<p>" + "Nông dân thu hoạch dưa trồng trong nhà màng. " * 3 + "</p>"
    content = read_content(_body(f"{text}{table}{text}"))
    assert [image.caption for image in content.images] == captions
    assert len(content.paragraphs) == paragraphs


_SENTENCE = "Hội nghị thu hút hơn 300 nhà đầu tư trong và ngoài nước tham dự."


@pytest.mark.parametrize(
    ("figure", "captions", "paragraphs"),
    [
        # A gallery: each picture has its figure and caption; the gallery's own binds none.
        ("<figure class='wp-block-gallery'>"
         "<figure><img src='/1.jpg'><figcaption>Khai mạc.</figcaption></figure>"
         "<figure><img src='/2.jpg'><figcaption>Trao quyết định.</figcaption></figure>"
         "<figcaption>Quang cảnh hội nghị. Ảnh: Hải Nam</figcaption></figure>",
         ["Khai mạc.", "Trao quyết định."], [_SENTENCE, _SENTENCE]),
        # The older gallery: the pictures' figures in a list.
        ("<figure class='wp-block-gallery'><ul class='blocks-gallery-grid'>"
         "<li><figure><img src='/1.jpg'><figcaption>Khai mạc.</figcaption></figure></li>"
         "<li><figure><img src='/2.jpg'><figcaption>Trao quyết định.</figcaption></figure></li>"
         "</ul><figcaption>Quang cảnh hội nghị.</figcaption></figure>",
         ["Khai mạc.", "Trao quyết định."], [_SENTENCE, _SENTENCE]),
        # A figure of a table is text, row by row; its caption is no paragraph.
        ("<figure class='wp-block-table'><table><tr><td>Dự án</td><td>Vốn</td></tr>"
         "<tr><td>Nhà máy Hải Long</td><td>4.250</td></tr></table>"
         "<figcaption>Một số dự án</figcaption></figure>",
         [], [_SENTENCE, "Dự án | Vốn", "Nhà máy Hải Long | 4.250", _SENTENCE]),
        # A pull quote's figure said only there is a paragraph, its speaker another.
        ("<figure class='wp-block-pullquote'><blockquote><p>Tỉnh cam kết đồng hành.</p>"
         "<cite>Ông Nguyễn Văn Định</cite></blockquote></figure>",
         [], [_SENTENCE, "Tỉnh cam kết đồng hành.", "Ông Nguyễn Văn Định", _SENTENCE]),
    ],
    ids=["gallery", "gallery-in-a-list", "table", "pullquote"],
)  # fmt: skip
def test_figures_of_pictures_tables_and_quotes(
    figure: str, captions: list[str], paragraphs: list[str]
) -> None:
    content = read_content(_body(f"<p>{_SENTENCE}</p>{figure}<p>{_SENTENCE}</p>"))
    assert [image.caption for image in content.images] == captions
    assert content.paragraphs == paragraphs


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        # A stanza: its verses stay lines.
        ("Quê mẹ mùa xuân lúa xanh rì<br>Cánh cò chao nghiêng gọi nắng về<br>"
         "Con đường làng nhỏ in chân mẹ<br>Thương mãi ngày nào buổi chia ly",
         "Quê mẹ mùa xuân lúa xanh rì\nCánh cò chao nghiêng gọi nắng về\n"
         "Con đường làng nhỏ in chân mẹ\nThương mãi ngày nào buổi chia ly"),
        # Prose that a <br> happens to break is one paragraph.
        ("Sáng 15/4, đoàn viên thanh niên xã ra quân làm sạch bãi biển và tuyến đê.<br>"
         "Hơn 150 đoàn viên tham gia, thu gom khoảng 3 tấn rác thải các loại.",
         "Sáng 15/4, đoàn viên thanh niên xã ra quân làm sạch bãi biển và tuyến đê. "
         "Hơn 150 đoàn viên tham gia, thu gom khoảng 3 tấn rác thải các loại."),
        # Long lines are prose, however many.
        (("Đoàn viên thanh niên các chi đoàn thôn ra quân làm sạch bãi biển và tuyến đê biển "
          "đoạn qua thôn Tân Hải trong buổi sáng.<br>") * 3 + "Hết.",
         ("Đoàn viên thanh niên các chi đoàn thôn ra quân làm sạch bãi biển và tuyến đê biển "
          "đoạn qua thôn Tân Hải trong buổi sáng. ") * 3 + "Hết."),
    ],
    ids=["verses", "prose", "long-lines"],
)  # fmt: skip
def test_short_lines_broken_by_br_stay_lines(paragraph: str, text: str) -> None:
    prose = "<p>" + "Bài thơ được viết trong một chuyến về thăm quê ngoại. " * 3 + "</p>"
    content = read_content(_body(f"{prose}<p>{paragraph}</p>{prose}"))
    assert content.paragraphs[1] == text


def test_icons_in_the_text_are_no_pictures_and_a_label_after_an_icon_heads_its_list() -> None:
    paragraph = "Hội Nông dân huyện tổng kết phong trào nông dân sản xuất kinh doanh giỏi. " * 2
    html = (
        "<html><body><table><tr><td><h1>Hội nghị nông dân sản xuất kinh doanh giỏi</h1>"
        "<div class=noidung><img src='/i/spacer.gif' width='1' height='10'>"
        f"<p>{paragraph}</p><p><img src='/i/bullet.gif' width='8' height='8'> Tổng kết phong trào"
        "</p><p align=center><img src='/i/line.gif' width='400' height='6'></p>"
        f"<p align=center><img src='/up/anh-1.jpg' width='500'></p><p align=center><em>Quang cảnh"
        f" hội nghị.</em></p><p>{paragraph}</p></div>"
        "<table><tr><td><img src='/i/arrow.gif' width='9' height='9'> Các tin khác</td></tr>"
        "<tr><td><a href='/tin/2496'>Hội Nông dân xã Quang Lịch ra mắt tổ hội</a></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    raw = ArticlePage(html, "https://x.vn/tin/2510").to_raw()
    assert [(urlsplit(i.url).path, i.caption) for i in raw.images] == [
        ("/up/anh-1.jpg", "Quang cảnh hội nghị.")
    ]
    assert raw.body == [paragraph.strip(), "Tổng kết phong trào", paragraph.strip()]
    assert [link.url for link in raw.related] == ["https://x.vn/tin/2496"]


@pytest.mark.parametrize(
    ("classes", "right"),
    [
        ("text-align-right", True),  # CKEditor 5
        ("has-text-align-right", True),  # Gutenberg
        ("text-right", True),  # Bootstrap 4
        ("text-end", True),  # Bootstrap 5
        ("text-align-center", False),
        ("context-right-column", False),
    ],
)
def test_right_alignment_set_by_a_class(classes: str, right: bool) -> None:
    blocks = BlockWalker().walk(_body(f"<p class='{classes}'>Phòng Giáo dục Trung học</p>"))
    assert isinstance(blocks[0], TextBlock)
    assert blocks[0].right is right


@pytest.mark.parametrize(
    ("link", "pictured"),
    [
        ("/media/k2/items/cache/8d1f_XL.jpg", True),  # its own enlargement, in a lightbox
        ("/quang-cao/hoi-cho-2024.html", False),  # a link away: an ad, a teaser
    ],
)
def test_a_picture_linked_to_its_enlargement_is_a_lead_picture(link: str, pictured: bool) -> None:
    text = "<p>" + "Xã Quỳnh Hoa đón Bằng công nhận xã nông thôn mới nâng cao. " * 4 + "</p>"
    html = (
        "<html><body><div class='itemView'><h2 class='itemTitle'>Xã Quỳnh Hoa đón Bằng công"
        f" nhận nông thôn mới</h2><div class='itemImageBlock'><a href='{link}'>"
        "<img src='/media/k2/items/cache/8d1f_L.jpg'></a><span class='itemImageCaption'>"
        "Trao Bằng công nhận.</span><span class='itemImageCredits'>Ảnh: Thanh Bình</span></div>"
        f"<div class='itemFullText'>{text * 3}</div></div></body></html>"
    )
    images = ArticlePage(html, "https://x.vn/item/1877-xa-quynh-hoa").images()
    expected = [("/media/k2/items/cache/8d1f_L.jpg", "Trao Bằng công nhận. Ảnh: Thanh Bình")]
    assert [(urlsplit(i.url).path, i.caption) for i in images] == (expected if pictured else [])


def test_a_date_in_the_headline_names_its_subject_not_its_publication() -> None:
    text = "<p>" + "Sáng 22/11, huyện Khoái Châu khởi công xây dựng cầu Dân Tiến. " * 4 + "</p>"
    html = (
        "<html><body><div class=detail><h1>Điểm tin Hưng Yên ngày 22/11/2024</h1>"
        f"<span class=time>Thứ Sáu, 22/11/2024 17:30</span><div class=content>{text * 3}</div>"
        "</div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/a-215102.html").published() == (
        "Thứ Sáu, 22/11/2024 17:30"
    )


def test_a_consent_banner_longer_than_the_article_is_never_its_text() -> None:
    notice = "<p>" + "Lịch tiếp công dân của Sở trong tháng 12/2024 như sau. " * 2 + "</p>"
    legal = "<p>" + "Chúng tôi xử lý dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP. " * 6 + "</p>"
    html = (
        f"<html><body><div class=main><h1>Thông báo lịch tiếp công dân</h1>{notice * 2}</div>"
        f"<div id=cookie-consent>{legal * 3}<button>Đồng ý</button></div></body></html>"
    )
    body = ArticlePage(html, "https://x.vn/a-8801.html").to_raw().body
    assert body == [notice[3:-4].strip()] * 2
