"""Relative links resolve as a browser resolves them: against the page's `<base href>` when it
has one (an Angular app's `<base href="/">`, an old CMS's site root), else the page's URL."""

from __future__ import annotations

import pytest

from newscrawl.pages.article import ArticlePage
from newscrawl.pages.dom import parse_html
from newscrawl.pages.listing import ListingPage
from newscrawl.pages.profile import get_profile
from newscrawl.pages.urls import declared_base

URL = "https://hungyen.example.gov.vn/tin-tuc/2024/11/khanh-thanh-cau-tan-hung-3391.html"
_TEXT = "<p>" + "Sáng 22/11, huyện Tiên Lữ khánh thành cầu treo Tân Hưng nối hai xã. " * 4 + "</p>"


def _article(head: str) -> ArticlePage:
    html = (
        f"<html><head>{head}<link rel='canonical' href='tin-tuc/khanh-thanh-3391.html'></head>"
        "<body><h1>Khánh thành cầu treo Tân Hưng nối hai xã ven sông</h1>"
        f"<div class='content'>{_TEXT}<p><img src='uploads/cau-tan-hung.jpg' width='600'></p>"
        f"{_TEXT}</div><div class='related'><h3>Tin liên quan</h3><ul>"
        "<li><a href='tin-tuc/hop-long-cau-3380.html'>Hợp long cầu treo Tân Hưng</a></li>"
        "<li><a href='tin-tuc/khoi-cong-cau-3102.html'>Khởi công cầu treo Tân Hưng</a></li>"
        "</ul></div></body></html>"
    )
    return ArticlePage(html, URL)


@pytest.mark.parametrize(
    ("head", "base"),
    [
        ("<base href='https://hungyen.example.gov.vn/'>", "https://hungyen.example.gov.vn/"),
        ("<base href='/'>", "https://hungyen.example.gov.vn/"),  # relative: against the page
        ("<base target='_blank'>", None),  # no href: no base
        ("<base href='javascript:void(0)'>", None),
        ("", None),
    ],
)
def test_declared_base(head: str, base: str | None) -> None:
    root = parse_html(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert declared_base(root, URL) == base


def test_an_articles_relative_links_resolve_against_its_base() -> None:
    page = _article("<base href='/'>")
    site = "https://hungyen.example.gov.vn/"
    assert page.canonical_url() == site + "tin-tuc/khanh-thanh-3391.html"
    assert [image.url for image in page.images()] == [site + "uploads/cau-tan-hung.jpg"]
    assert [link.url for link in page.related()] == [
        site + "tin-tuc/hop-long-cau-3380.html",
        site + "tin-tuc/khoi-cong-cau-3102.html",
    ]


def test_without_a_base_they_resolve_against_the_page() -> None:
    page = _article("")
    folder = "https://hungyen.example.gov.vn/tin-tuc/2024/11/"
    assert [image.url for image in page.images()] == [folder + "uploads/cau-tan-hung.jpg"]
    assert page.related()[0].url.startswith(folder)


def test_a_listings_links_resolve_against_its_base() -> None:
    html = (
        "<html><head><base href='http://127.0.0.1:8000/'></head><body>"
        "<a href='tin-tuc/20/233500/khoi-cong-cau-hung-ha'>Khởi công cầu Hưng Hà</a></body></html>"
    )
    page = ListingPage(
        html, "http://127.0.0.1:8000/chuyen-muc/20/thoi-su", get_profile("baothaibinh")
    )
    assert page.links == ["http://127.0.0.1:8000/tin-tuc/20/233500/khoi-cong-cau-hung-ha"]


@pytest.mark.parametrize(
    ("declared", "canonical"),
    [
        # SharePoint's publishing pages name the port their server listens on.
        ("https://hdnd.example.gov.vn:443/tintuc/Pages/chi-tiet.aspx?ItemID=1587",
         "https://hdnd.example.gov.vn/tintuc/Pages/chi-tiet.aspx?ItemID=1587"),
        ("http://hdnd.example.gov.vn:80/tin/1587.html", "http://hdnd.example.gov.vn/tin/1587.html"),
        ("http://hdnd.example.gov.vn:8080/tin/1587.html",
         "http://hdnd.example.gov.vn:8080/tin/1587.html"),
    ],
)  # fmt: skip
def test_a_canonical_address_naming_the_default_port_is_known_without_it(
    declared: str, canonical: str
) -> None:
    related = (
        "<div><h3>Tin liên quan</h3><ul><li><a href='/tin/1585.html'>Khai mạc kỳ họp thứ 27 HĐND"
        " tỉnh</a></li><li><a href='/tin/1579.html'>Thường trực HĐND tỉnh họp phiên thường kỳ</a>"
        "</li></ul></div>"
    )
    html = (
        f"<html><head><link rel='canonical' href='{declared}'></head><body><h1>Bế mạc kỳ họp"
        f" thứ 28 HĐND tỉnh khóa XVI</h1><div>{_TEXT * 3}</div>{related}</body></html>"
    )
    page = ArticlePage(html, canonical)
    assert page.canonical_url() == canonical
    origin = canonical.split("/tin")[0]
    assert [link.url for link in page.related()] == [
        origin + "/tin/1585.html",
        origin + "/tin/1579.html",
    ]


def test_links_on_a_page_whose_canonical_address_is_another_sites_lead_to_the_site_serving_it() -> (
    None
):
    """After a merger, the old paper's site serves an article at an archive path, its canonical
    address on the new outlet's site, where that path does not exist: its relative links lead
    where a browser follows them, on the site serving the page."""
    related = (
        "<div><h3>Tin cùng chuyên mục</h3><ul><li><a href='/luu-tru/tin-tuc/19/228390/hoi-thi'>"
        "Hội thi nấu cơm thi làng Đệ mở rộng</a></li></ul></div>"
    )
    html = (
        "<html><head><link rel='canonical' href='https://hungyenmedia.example.vn/van-hoa/lang-"
        "chieu-coi-a228417.html'></head><body><h1>Làng chiếu cói Hới hối hả vào vụ hè</h1>"
        f"<div>{_TEXT * 3}</div>{related}</body></html>"
    )
    page = ArticlePage(html, "https://thaibinhonline.example.vn/luu-tru/tin-tuc/19/228417/lang")
    assert (
        page.canonical_url()
        == "https://hungyenmedia.example.vn/van-hoa/lang-chieu-coi-a228417.html"
    )
    assert [link.url for link in page.related()] == [
        "https://thaibinhonline.example.vn/luu-tru/tin-tuc/19/228390/hoi-thi"
    ]


@pytest.mark.parametrize(
    "served_at",
    [
        "https://m.baohaiduong.example.vn/xa-hoi/lang-nghe-238412.html",
        "https://lite.baohaiduong.example.vn/xa-hoi/lang-nghe-238412.html",
        "https://amp.baohaiduong.example.vn/xa-hoi/lang-nghe-238412.html",
    ],
)
def test_links_on_a_mobile_or_lite_copy_lead_to_the_articles_canonical_addresses(
    served_at: str,
) -> None:
    """A site's mobile, lite or AMP copy (`m.`, `lite.`, `amp.`) mirrors its paths: its related
    articles are known by their canonical addresses, as on the site itself."""
    related = (
        "<div><h3>Tin liên quan</h3><ul><li><a href='/xa-hoi/cong-bo-235117.html'>Công bố tình"
        " huống khẩn cấp sạt lở bờ sông</a></li></ul></div>"
    )
    html = (
        "<html><head><link rel='canonical' href='https://baohaiduong.example.vn/xa-hoi/lang-"
        "nghe-238412.html'></head><body><h1>Làng nghề chạm bạc vào mùa cưới</h1>"
        f"<div>{_TEXT * 3}</div>{related}</body></html>"
    )
    page = ArticlePage(html, served_at)
    assert [link.url for link in page.related()] == [
        "https://baohaiduong.example.vn/xa-hoi/cong-bo-235117.html"
    ]


def test_the_portals_amp_page_is_known_by_the_id_its_canonical_address_carries() -> None:
    """The portal's AMP copy lives at `/amp/tin-tuc/…`, which the profile's article pattern does
    not read; its canonical address is the article's: the id is that address's."""
    html = (
        "<html><head><link rel='canonical' href='https://baothaibinh.com.vn/tin-tuc/20/205731/"
        "triet-pha-duong-day-danh-bac'></head><body><h1>Triệt phá đường dây đánh bạc qua mạng</h1>"
        f"<div>{_TEXT * 3}</div></body></html>"
    )
    page = ArticlePage(html, "https://baothaibinh.com.vn/amp/tin-tuc/20/205731/triet-pha")
    assert page.profile is not None
    assert page.article_id() == "205731"
