"""Table tests for URLs, the layers' resolution and the structured metadata they read."""

from __future__ import annotations

import json

import pytest

from newscrawl import extract_article
from newscrawl.pages import layers
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.dom import parse_html
from newscrawl.pages.metadata import read_metadata
from newscrawl.pages.urls import absolute, generic_article_id, link_url, url_date
from tests.pages.dom_builders import TEXT as _TEXT

# -- URLs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "article_id"),
    [
        ("https://baohaiduong.vn/kinh-te/gia-loc-nam-2024-tren-dat-hai-lua-215432.html", "215432"),
        ("https://vietbao24.vn/the-gioi/nhat-ban-post712345.html?utm_source=x", "712345"),
        ("https://snnptnt.tayninh.gov.vn/tin-tuc/ArticleId/3172/nhan-rong", "3172"),
        ("https://vinhphuc.gov.vn/Lists/KinhTe/View_Detail.aspx?ItemID=2860", "2860"),
        ("http://www.hoinongdanbentre.org.vn/tin-tuc.asp?newsid=8842", "8842"),
        ("https://donghung.example.gov.vn/portal/News/Detail.aspx?nid=56012&cid=3", "56012"),
        ("http://www.baophuyen.com.vn/newsdetail.asp?ID=10523&CatID=3", "10523"),  # not CatID
        ("http://www.baokhanhhoa.com.vn/tintuc/2009/02/14/le-hoi.htm", None),  # a date, no id
        ("https://example.vn/news/2023/09/123456/", "123456"),
        ("https://xuquang.vn/giao-thong/thong-xe-cau-que-phu/", None),
        ("https://xuquang.vn/?p=18452", None),  # a WordPress shortlink is not an id
        ("https://svhttdl.namdinh.gov.vn/tin-tuc/le-hoi-den-tran-xuan-giap-thin-2024", None),
        ("https://soyte.vinhphuc.gov.vn/tin-tuc/tap-huan-nam-2017-2871.aspx", "2871"),
        ("https://kienxuong.thaibinh.gov.vn/index.php/tin-tuc/1587-le-hoi-2024", "1587"),
        # DNN's parameters written in the path (EasyDNNnews): the id named so, not a date's digits
        ("https://x.vn/tin-tuc/ArtMID/412/ArticleID/3187/Ban-tin-gia-ngay-13112024", "3187"),
        # Odoo's blog, `/blog/{blog}-{id}/{post}-{id}`: the post's id however small
        ("https://x.vn/blog/tin-tuc-doan-the-2/dai-hoi-cong-doan-lan-thu-v-47", "47"),
        # a year's folder over a page named in words (a FrontPage site's `tintuc/2009/`)
        ("http://www.x.gov.vn/tintuc/2009/ct135_mucangchai.htm", None),
        # a year closing a slug written without separators (FrontPage's `hoidentrungcoc2011.htm`)
        ("http://www.x.gov.vn/vhtt/tintuc/hoidentrungcoc2011.htm", None),
        ("https://x.vn/tin/post2011.html", "2011"),  # glued to a short prefix: an id
        # ... or glued to a short word, the slug going on after an underscore (a faculty's
        # static page for its summer volunteers' third team: `mhx2024_doi3.htm`)
        ("http://khoa.x.edu.vn/tintuc/mhx2024_doi3.htm", None),
        ("https://x.vn/tin/post2011-le-hoi.html", "2011"),
        # a day written into the slug, `ddmmyyyy` or `yyyymmdd`: no id
        ("http://www.x.org.vn/tintuc/nam2011/ngungviec_phuan_28102011.htm", None),
        ("https://x.vn/ban-tin-20241121.html", None),
        ("https://x.vn/tin-tuc/khoi-cong-cau-12345678.html", "12345678"),  # no day: an id
        # a count among the slug's words (`gần 60000 lượt khách`): no id; one opening it is
        ("https://x.gov.vn/tin-tuc/hoi-cho-ocop-thu-hut-gan-60000-luot-khach/", None),
        ("https://x.vn/tin-tuc/48213-hoi-cho-ocop-thu-hut-khach/", "48213"),
        ("https://x.vn/news/2024/123456/", "123456"),
        # VNPT iPortal's `Detail.aspx?…&ContentID=4827`
        ("https://syt.x.gov.vn/Portal/Detail.aspx?Organization=SYT&MenuID=112&ContentID=4827",
         "4827"),
        # an ASP.NET portal's `ChiTietTin.aspx?MaTin=5832` (`mã tin`, the item's code)
        ("https://x.gov.vn/ChiTietTin.aspx?MaTin=5832&MaDM=12", "5832"),
        # PHP-Fusion's news item, read in full (`readmore`)
        ("http://thcs.x.edu.vn/news.php?readmore=245", "245"),
        # a small site's Joomla address, `index.php/{menu}/{id}-{alias}`: an id under 1000
        ("https://x.gov.vn/index.php/van-hoa-du-lich/312-le-hoi-chua-vuon-xuan", "312"),
        ("https://x.gov.vn/index.php/van-hoa/312-le-hoi-2024?tmpl=component&print=1", "312"),
        ("https://x.vn/van-hoa/5-le-hoi-dac-sac-mua-xuan", None),  # a count opening a slug
        ("https://example.vn/xa-hoi/hoi-nghi-2024_2025-123456.html", "123456"),
        ("https://example.vn/the-gioi/bau-cu-post2024.html", "2024"),  # no slug word: an id
        # A platform's dated folder, and a year glued to its random suffix (VNPT's portals)
        ("https://dongco.example.gov.vn/portal/Pages/2024-11-22/Tong-ket-2024ewqh7m.aspx", None),
        ("https://dongco.example.gov.vn/portal/Pages/2024-11-22/tin-15873.aspx", "15873"),
        # a month's folder written `yyyymm`, and no id after it (a hex suffix is none)
        ("https://baonamdinh.vn/kinh-te/202411/truc-ninh-chuyen-doi-5f83a21/", None),
        ("https://example.vn/kinh-te/202411/truc-ninh-chuyen-doi-5530.html", "5530"),
        ("http://[::1", None),
        # Joomla 1.5's `id=1234:alias`, beside the menu item's `Itemid`
        ("http://www.x.vn/index.php?option=com_content&view=article&id=1234:thanh-long&catid=45"
         ":tin&Itemid=67", "1234"),
        # vBulletin 4's `showthread.php?48213-slug`: the thread's id opens the query
        ("https://x.vn/diendan/showthread.php?48213-Huong-Khe-buoi-Phuc-Trach", "48213"),
        # a forum's thread by its script's own parameter (phpBB, vBulletin 3), SMF's `topic`
        ("https://x.vn/diendan/showthread.php?t=48213&page=2", "48213"),
        ("https://x.vn/viewtopic.php?f=12&t=4821", "4821"),
        ("https://x.vn/index.php?topic=4217.0", "4217"),
        ("https://x.vn/tin/khai-mac-le-hoi.html?t=1700000000", None),  # elsewhere a cache key
        # Moodle's site news, a forum's discussion by its `d`; elsewhere `d` says nothing
        ("https://thpt.x.edu.vn/mod/forum/discuss.php?d=1284", "1284"),
        ("https://x.vn/tin/khai-mac-le-hoi.html?d=20241120", None),
    ],
)  # fmt: skip
def test_generic_article_id(url: str, article_id: str | None) -> None:
    assert generic_article_id(url) == article_id


@pytest.mark.parametrize(
    ("url", "raw"),
    [
        ("http://www.baokhanhhoa.com.vn/tintuc/2009/02/14/le-hoi.htm", "2009/02/14"),
        ("https://example.vn/2023/9/5/bai-viet", "2023/9/5"),
        ("https://example.vn/2023/09/bai-viet-123456", None),  # a month is not a date
        ("https://example.vn/tin-tuc/3/159670/slug", None),
        ("https://dongco.example.gov.vn/portal/Pages/2024-11-22/Tong-ket.aspx", "2024-11-22"),
        ("https://example.vn/2024-2025-ke-hoach-123456.html", None),
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
        # As a browser requests it, and as the crawl's request and its WARC record name it
        ("/uploads/anh cau tan hung.jpg", "https://x.vn/uploads/anh%20cau%20tan%20hung.jpg"),
        ("https://x.vn/tin-tức/ảnh.jpg", "https://x.vn/tin-t%E1%BB%A9c/%E1%BA%A3nh.jpg"),
        ("/a%20b.jpg", "https://x.vn/a%20b.jpg"),  # escaped already: left as it is
        ("/a/b\n.html", "https://x.vn/a/b.html"),  # a line break inside: dropped
    ],
)
def test_absolute(href: str, absolute_url: str | None) -> None:
    assert absolute(href, "https://x.vn/dir/page.html") == absolute_url


# -- layers and structured metadata -------------------------------------------------------------


@pytest.mark.parametrize(
    ("href", "url"),
    [
        ("/tin-tuc/a-1257.html#binh-luan", "https://x.vn/tin-tuc/a-1257.html"),
        # Google Docs and Gmail send every link through Google's redirector
        ("https://www.google.com/url?q=https://kimdong.hungyen.gov.vn/tin-tuc/a-1257.html&sa=D"
         "&source=editors&ust=1721469700000000&usg=AOvVaw0k", "https://kimdong.hungyen.gov.vn/tin-tuc/a-1257.html"),
        # ... and Facebook through its link shim, the target encoded
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fbaothaibinh.com.vn%2Ftin-tuc%2F3%2F1%2Fx"
         "&h=AT0x", "https://baothaibinh.com.vn/tin-tuc/3/1/x"),
        # a search's own address is no redirect
        ("https://www.google.com/search?q=nh%C3%A3n+l%E1%BB%93ng", "https://www.google.com/search?q=nh%C3%A3n+l%E1%BB%93ng"),
        ("https://www.google.com/url?q=javascript:alert(1)", "https://www.google.com/url?q=javascript:alert(1)"),
    ],
)  # fmt: skip
def test_a_link_through_a_redirector_leads_to_its_target(href: str, url: str) -> None:
    assert link_url(href, "https://x.vn/b") == url


@pytest.mark.parametrize(
    ("href", "url"),
    [
        # an ASP.NET portal's template escaping its ampersands twice (`&amp;amp;` in the
        # markup, `&amp;` once parsed), or three times
        ("ChiTietTin.aspx?MaTin=2376&amp;MaDanhMuc=14",
         "https://x.vn/Portal/ChiTietTin.aspx?MaTin=2376&MaDanhMuc=14"),
        ("ChiTietTin.aspx?MaTin=2376&amp;amp;MaDanhMuc=14",
         "https://x.vn/Portal/ChiTietTin.aspx?MaTin=2376&MaDanhMuc=14"),
        # a name holding `amp;` as written, no parameter after an ampersand: kept
        ("tim-kiem.aspx?q=R%26amp;D", "https://x.vn/Portal/tim-kiem.aspx?q=R%26amp;D"),
    ],
)  # fmt: skip
def test_a_links_ampersand_escaped_twice_separates_its_parameters(href: str, url: str) -> None:
    assert link_url(href, "https://x.vn/Portal/Default.aspx") == url


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


@pytest.mark.parametrize(
    ("structured", "visible", "a_date"),
    [
        ("2024-11-20T00:00:00.000Z", "2024-11-20", True),  # Astro's front matter date
        ("2024-11-20T00:00:00+00:00", "20 tháng 11, 2024", True),
        ("2024-11-20T00:00:00Z", "20/11/2024 07:00", False),  # a post scheduled at 07:00
        ("2024-11-20T00:00:00+07:00", "20/11/2024", False),  # local midnight: read as written
        ("2024-11-20T00:00:00Z", "21/11/2024", False),  # another day
        ("2024-11-20T00:00:05Z", "2024-11-20", False),
        # Drupal's date-only field: the date at noon UTC, its default time
        ("2024-12-03T12:00:00Z", "Ngày 3 tháng 12 năm 2024", True),
        ("2024-12-03T12:00:00Z", "03/12/2024 19:00", False),  # shown with its time: an instant
        ("2024-12-03T12:00:00+07:00", "03/12/2024", False),
    ],
)  # fmt: skip
def test_a_date_written_as_utc_midnight_or_noon(
    structured: str, visible: str, a_date: bool
) -> None:
    assert layers.date_written_as_utc(structured, visible) is a_date


@pytest.mark.parametrize(
    ("generator", "published_time", "published_at"),
    [
        # Odoo writes its post's `post_date`, stored in UTC, without a zone.
        ("Odoo", "2024-11-21 03:15:42", "2024-11-21T10:15:42+07:00"),
        ("Odoo", "2024-11-21T03:15:42+00:00", "2024-11-21T10:15:42+07:00"),  # says its zone
        ("WordPress 6.6", "2024-11-21 03:15:42", "2024-11-21T03:15:42+07:00"),  # local, zone-less
        (None, "2024-11-21 03:15:42", "2024-11-21T03:15:42+07:00"),
    ],
)
def test_a_zone_less_structured_time_is_utc_only_where_the_generator_writes_utc(
    generator: str | None, published_time: str, published_at: str
) -> None:
    named = f"<meta name='generator' content='{generator}'>" if generator else ""
    html = (
        f"<html><head>{named}<meta property='article:published_time' content='{published_time}'>"
        "</head><body><h1>Ra mắt gạo ST25 hữu cơ</h1><div>"
        + "<p>Công ty ra mắt gạo ST25 hữu cơ trồng trên 35 ha ruộng của hai xã.</p>" * 4
        + "</div></body></html>"
    )
    article = extract_article(html, "https://x.vn/blog/tin-tuc-2/ra-mat-gao-76")
    assert (article["published_at"], article["published_at_raw"]) == (published_at, published_time)


@pytest.mark.parametrize(
    ("statistic", "views"),
    [
        ({"@type": "InteractionCounter", "interactionType": {"@type": "ViewAction"},
          "userInteractionCount": 1532}, "1532"),
        ([{"interactionType": "https://schema.org/LikeAction", "userInteractionCount": 35},
          {"interactionType": "https://schema.org/ViewAction", "userInteractionCount": "1532"}],
         "1532"),
        ({"interactionType": {"@type": "CommentAction"}, "userInteractionCount": 3}, None),
        ({"interactionType": {"@type": "ViewAction"}, "userInteractionCount": True}, None),
    ],
    ids=["counter", "among-others", "comments-only", "not-a-number"],
)  # fmt: skip
def test_a_forum_posts_json_ld_gives_the_article_and_its_views(
    statistic: object, views: str | None
) -> None:
    """XenForo declares its thread a `DiscussionForumPosting` (an Article in schema.org) and
    counts its views only there."""
    post = {
        "@context": "https://schema.org", "@type": "DiscussionForumPosting",
        "headline": "Khánh thành cầu Tân Đệ mới", "datePublished": "2024-11-22T08:05:00+07:00",
        "interactionStatistic": statistic,
    }  # fmt: skip
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(post)}</script></head></html>'
    )
    meta = read_metadata(parse_html(html))
    assert (meta.headline, meta.ld_published) == (post["headline"], post["datePublished"])
    assert meta.ld_views == views


@pytest.mark.parametrize(
    ("content", "views"),
    [
        ("UserPageVisits:356", "356"),  # Joomla's article hits
        ("UserPageVisits: 1.532", "1.532"),
        ("userpagevisits:12", "12"),
        ("UserComments:12", None),  # comments are no views
        ("356", None),  # a bare count says not what it counts
        ("UserPageVisits:", None),
    ],
    ids=["joomla", "grouped", "lower-case", "comments", "bare", "empty"],
)
def test_microdata_declares_page_visits(content: str, views: str | None) -> None:
    """Joomla's article view marks its hits with schema.org's old `interactionCount`, typed by a
    prefix, whatever its language pack labels them (`Lượt truy cập: 356` in Vietnamese)."""
    html = (
        '<html><body><div itemscope itemtype="https://schema.org/Article"><dd class="hits">'
        f'<meta itemprop="interactionCount" content="{content}"> Lượt truy cập: 356</dd></div>'
        "</body></html>"
    )
    assert read_metadata(parse_html(html)).md_views == views


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
        ({"@id": _SITE["@id"]}, [_SITE], []),  # an organisation, the site: no person
        ({"@type": "Organization", "name": "Nông Sản Số"}, [], []),  # Webflow's, written by hand
        ({"@type": "Person", "name": "Lê Vy"}, [], ["Lê Vy"]),
    ],
    ids=["reference", "reference-and-name", "dangling", "organization", "inline-organization",
         "inline"],
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
        # a reader's comment's time (Movable Type's comment header): the comment's, no post's
        ("<div id='comments'><div class='comment' id='comment-412'><div class='asset-meta'><abbr"
         " class='published' title='2011-07-15T21:04:11+07:00'>15/07/2011</abbr></div></div>"
         "</div>", None, None),
        # a post whose box says its comments are open is no comment
        ("<div class='post comments-open'><abbr class='published' title='2011-07-15T08:30:00"
         "+07:00'>15/07/2011</abbr></div>", "2011-07-15T08:30:00+07:00", None),
    ],
)  # fmt: skip
def test_hatom_times_are_structured_metadata(
    abbr: str, published: str | None, modified: str | None
) -> None:
    meta = read_metadata(parse_html(f"<html><body><p>{abbr}</p></body></html>"))
    assert (meta.meta_published, meta.meta_modified) == (published, modified)


@pytest.mark.parametrize(
    ("declared", "shown", "raw"),
    [
        ("<meta name='citation_date' content='2024/09/30'>", "", "2024/09/30"),
        ("<meta name='citation_publication_date' content='2024/09/30'>", "", "2024/09/30"),
        ("<meta name='DC.Date.issued' scheme='ISO8601' content='2024-09-30'>", "", "2024-09-30"),
        # the day a visible line dates as well: the line, as it reads
        ("<meta name='citation_publication_date' content='2024/09/30'>",
         "<p>Ngày xuất bản: 30/09/2024</p>", "Ngày xuất bản: 30/09/2024"),
    ],
)  # fmt: skip
def test_a_journals_declared_date_of_issue_dates_a_paper_that_shows_it_apart(
    declared: str, shown: str, raw: str
) -> None:
    """Open Journal Systems prints `Đã xuất bản` as a heading in a details column, the date in a
    box of its own: the Highwire Press or Dublin Core tags date the paper."""
    html = (
        f"<html><head>{declared}</head><body><article><h1>Thiết kế hệ thống IoT giám sát ao tôm"
        f"</h1>{shown}<div><p>{_TEXT}</p><p>{_TEXT}</p></div></article></body></html>"
    )
    article = extract_article(html.encode(), "https://x.vn/index.php/tckh/article/view/812")
    assert (article["published_at"], article["published_at_raw"]) == ("2024-09-30", raw)


def test_resolve_takes_the_first_answer_and_reports_a_disagreement() -> None:
    answers = [None, "2024-06-12T07:15:00+07:00", "", "12/06/2024 | 10:45"]
    assert layers.resolve(answers, layers.same_moment) == layers.Resolved(answers[1], True)
    assert layers.resolve([None, "a"], layers.same_title) == layers.Resolved("a", False)
    assert layers.resolve([None, None], layers.same_title) == layers.Resolved(None)


@pytest.mark.parametrize(
    ("summary", "lead"),
    [
        ('<div itemprop="description">Sáng 11/9, xã Đông Kết khánh thành nhà văn hóa thôn.</div>',
         "Sáng 11/9, xã Đông Kết khánh thành nhà văn hóa thôn."),
        ('<meta itemprop="description" content="Sáng 11/9, xã Đông Kết khánh thành nhà văn hóa.">',
         None),  # out of sight: no standfirst
        ("<figure itemscope itemtype='http://schema.org/ImageObject'><img src='/a.jpg'>"
         "<figcaption itemprop='description'>Nhà văn hóa thôn Kênh Cầu mới khánh thành, xã Đông"
         " Kết. Ảnh: Minh Châu</figcaption></figure>", None),  # the picture's, not the article's
    ],
    ids=["shown", "meta", "image-object"],
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
    ("box", "lead"),
    [
        # JNews prints the standfirst as the post's subtitle, with the meta line, the featured
        # picture and a share bar between it and the text.
        ("<h2 class='jeg_post_subtitle'>Sau hai năm chuẩn hóa quy trình, chuối tiến vua Dạ Trạch"
         " đạt OCOP 4 sao.</h2>", "Sau hai năm chuẩn hóa quy trình, chuối tiến vua Dạ Trạch đạt"
         " OCOP 4 sao."),
        ("<div class='sub-title'>Chuyên mục Nông nghiệp</div>", None),  # a label's length
        # JA Teline's picture above the intro: `article-intro-media` names the intro's media
        ("<section class='article-intro-media'><div class='fulltext-image'><img src='/bi.jpg' "
         "width='750'><span class='fulltext-image-caption'>Nông dân xã Thiện Phiến trồng bí xanh "
         "vụ đông. Ảnh: Minh Hương</span></div></section>", None),
    ],
)  # fmt: skip
def test_a_box_named_a_subtitle_is_a_marked_standfirst(box: str, lead: str | None) -> None:
    text = "<p>" + "Nội dung bài viết về chuối tiến vua Dạ Trạch đạt OCOP. " * 4 + "</p>"
    between = (
        "<div class='meta'>Bởi <a href='/tac-gia/thu-trang'>Thu Trang</a> · 21/11/2024</div>"
        "<div class='featured'><img src='/chuoi.jpg' width='750'></div>"
        "<div class='share'><a href='#'>Facebook</a> <a href='#'>Zalo</a></div>"
    )
    html = (
        f"<html><body><div class='post'><h1>Chuối tiến vua Dạ Trạch đạt OCOP 4 sao</h1>{box}"
        f"{between}<div class='content-inner'>{text * 3}</div></div></body></html>"
    )
    assert ArticlePage(html, "https://x.vn/chuoi-tien-vua/").lead() == lead


@pytest.mark.parametrize(
    "header_line",
    [
        # XenForo names the thread's meta line a description.
        "<div class='p-description'>Thảo luận trong 'Tin tức Thái Bình' bắt đầu bởi <a"
        " href='/members/minhtuan_tb.1203/'>minhtuan_tb</a>, <time datetime='2024-11-22T08:05:00"
        "+0700'>22/11/2024</time></div>",
        # ... and unnamed, set apart above the text as a standfirst would be
        "<div class='c9f'>Thảo luận trong 'Tin tức Thái Bình' bắt đầu bởi thành viên <a"
        " href='/members/minhtuan_tb.1203/'>minhtuan_tb</a> vào lúc <time datetime="
        "'2024-11-22T08:05:00+0700'>22/11/2024</time>.</div>",
    ],
    ids=["marked-as-a-description", "set-apart"],
)
def test_the_headers_date_line_is_no_standfirst(header_line: str) -> None:
    text = "<p>" + "Sáng 21/11, tỉnh khánh thành cầu Tân Đệ mới bắc qua sông Hồng. " * 4 + "</p>"
    html = (
        f"<html><body><div class='thread'><h1>Khánh thành cầu Tân Đệ mới</h1>{header_line}"
        f"<div><div class='bbWrapper'>{text * 3}</div></div></div></body></html>"
    )
    page = ArticlePage(html, "https://x.vn/threads/khanh-thanh-cau-tan-de.18422/")
    assert page.lead() is None
    assert page.published() is not None


def test_a_box_named_the_sapo_outranks_a_subtitle_above_it() -> None:
    """Hưng Yên TV's investigation: `Điều tra` over the headline, an `h2.detail-subtitle` under
    it (a deck), the lead picture, then the `div.detail-sapo`, the standfirst."""
    sapo = (
        "Dọc tuyến đê tả sông Luộc, hàng chục bến tập kết cát, sỏi không phép vẫn ngang nhiên "
        "hoạt động suốt nhiều năm."
    )
    text = "<p>" + "Nội dung bài viết về bến bãi lấn chiếm hành lang đê. " * 4 + "</p>"
    html = (
        "<html><body><div class='detail'><h1 class='detail-title'>Bến bãi không phép lấn chiếm "
        "hành lang đê sông Luộc</h1><h2 class='detail-subtitle'>Xe quá tải cày nát mặt đê, chính "
        "quyền xã lúng túng</h2><figure><img src='/de.jpg' width='800'></figure><div "
        f"class='detail-sapo'>{sapo}</div><div class='detail-content'>{text * 3}</div></div>"
        "</body></html>"
    )
    assert ArticlePage(html, "https://hungyentv.example.vn/ben-bai-12345.html").lead() == sapo


@pytest.mark.parametrize(
    ("declared", "read"),
    [("MedicalWebPage", True), ("TechArticle", True), ("Report", True), ("PodcastEpisode", True),
     ("WebPage", False)],
)  # fmt: skip
def test_the_article_types_json_ld_gives_its_times_for(declared: str, read: bool) -> None:
    """A hospital's guide declares itself a `MedicalWebPage` (the page type schema.org gives
    medical content), a technical guide a `TechArticle`, a broadcaster's episode page a
    `PodcastEpisode`: the article's own times. A plain `WebPage` may be a listing's."""
    page = {
        "@context": "https://schema.org", "@type": declared,
        "headline": "Cúm mùa ở trẻ nhỏ", "datePublished": "2024-11-05T08:15:00+07:00",
    }  # fmt: skip
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(page)}</script></head></html>'
    )
    meta = read_metadata(parse_html(html))
    assert meta.ld_published == (page["datePublished"] if read else None)
