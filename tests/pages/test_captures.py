"""Replay addresses: one row per form a web archive serves."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newscrawl import extract_article
from newscrawl.pages.captures import capture_of, original
from newscrawl.pages.dom import parse_html

_ORIGINAL = "https://baothaibinh.com.vn/tin-tuc/2/214530/khanh-thanh-cau.html"
_AT = datetime(2024, 11, 22, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "found", "captured_at"),
    [
        (f"https://web.archive.org/web/20241122083000/{_ORIGINAL}", _ORIGINAL, _AT),
        (f"http://web.archive.org/web/20241122083000id_/{_ORIGINAL}", _ORIGINAL, _AT),  # raw
        (f"https://web.archive.org/web/20241122083000im_/{_ORIGINAL}", _ORIGINAL, _AT),
        # a server folding the original's `//`
        ("https://web.archive.org/web/20241122083000/https:/baothaibinh.com.vn/a.html",
         "https://baothaibinh.com.vn/a.html", _AT),
        # a short timestamp, which the replay redirects: no moment
        (f"https://web.archive.org/web/2024/{_ORIGINAL}", _ORIGINAL, None),
        # pywb's collections, OpenWayback
        (f"http://localhost:8080/thaibinh/20241122083000/{_ORIGINAL}", _ORIGINAL, _AT),
        (f"https://wayback.example.vn/wayback/20241122083000/{_ORIGINAL}", _ORIGINAL, _AT),
        (f"https://web.archive.org/web/20241322083000/{_ORIGINAL}", _ORIGINAL, None),  # month 13
        (f"{_ORIGINAL}?ref=https://x.vn", None, None),  # an address in the query: no replay
        ("https://baothaibinh.com.vn/tin-tuc/2024/https-la-gi.html", None, None),
        (_ORIGINAL, None, None),
    ],
    ids=["wayback", "id-modifier", "image-modifier", "folded-scheme", "short-stamp", "pywb",
         "openwayback", "no-such-month", "url-in-query", "year-in-path", "live"],
)  # fmt: skip
def test_a_replay_address_wraps_the_original(
    url: str, found: str | None, captured_at: datetime | None
) -> None:
    capture = capture_of(url)
    assert (capture.original if capture else None) == found
    assert (capture.captured_at if capture else None) == captured_at
    assert original(url) == (found or url)


_SAVED_FROM = "https://baohungyen.example.vn/van-hoa/le-hoi-den-mau-2024-215880.html"
_SNAPSHOT_HEADER = (
    "<html><body><div id='HEADER'><table><tr><td>Saved from</td><td><input type='text' name='q'"
    f" value='{_SAVED_FROM}'></td><td>archived <span itemprop='pubdate'>22 Nov 2024 08:30:41 UTC"
    "</span></td></tr></table></div><div id='CONTENT'><h1>Lễ hội</h1></div></body></html>"
)


# The header as another copy keeps it: the field unnamed, the time in a bold span of its own.
_PLAIN_HEADER = (
    "<html><body><div id='HEADER'><table><tr><td>Saved from</td><td><input type='text' readonly"
    f" value='{_SAVED_FROM}'></td></tr><tr><td><span style='font-weight:bold'>22 Nov 2024 "
    "08:30:41 UTC</span> no other snapshots</td></tr></table></div><div id='CONTENT'><h1>Lễ hội"
    "</h1></div></body></html>"
)


@pytest.mark.parametrize(
    ("url", "html", "found"),
    [
        ("https://archive.ph/Xk7pQ", _SNAPSHOT_HEADER, _SAVED_FROM),
        ("https://archive.ph/Xk7pQ", _PLAIN_HEADER, _SAVED_FROM),
        ("https://archive.is/Xk7pQ", _SNAPSHOT_HEADER, _SAVED_FROM),  # a mirror
        ("https://archive.ph/Xk7pQ", "<html><body><h1>Lễ hội</h1></body></html>", None),
        # a live page whose header is named HEADER, with a search box
        ("https://baohungyen.example.vn/a-215880.html", _SNAPSHOT_HEADER, None),
    ],
    ids=["archive-ph", "unnamed-field", "archive-is", "no-header", "live-page"],
)
def test_an_archive_today_snapshot_names_its_original_in_its_header(
    url: str, html: str, found: str | None
) -> None:
    capture = capture_of(url, parse_html(html))
    assert (capture.original if capture else None) == found
    if capture is not None:
        assert capture.captured_at == datetime(2024, 11, 22, 8, 30, 41, tzinfo=UTC)
        assert capture.snapshot


@pytest.mark.parametrize(
    ("link", "found"),
    [
        (f"https://archive.ph/o/Xk7pQ/{_SAVED_FROM}", _SAVED_FROM),  # a snapshot's way out
        ("https://archive.ph/Xk7pQ/3a9d41c07e5b.png", "https://archive.ph/Xk7pQ/3a9d41c07e5b.png"),
        ("https://x.vn/o/tin-tuc/a.html", "https://x.vn/o/tin-tuc/a.html"),
    ],
    ids=["outbound", "archived-picture", "live"],
)
def test_a_snapshots_link_leads_to_the_original(link: str, found: str) -> None:
    assert original(link) == found


_TRANSLATED = "_x_tr_sl=vi&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp"


@pytest.mark.parametrize(
    ("url", "found"),
    [
        (f"https://thaibinh-gov-vn.translate.goog/tin-tuc/a-12461.html?{_TRANSLATED}",
         "https://thaibinh.gov.vn/tin-tuc/a-12461.html"),
        # a hyphen of the host doubled, the page's own query kept
        (f"https://so--yte-thaibinh-gov-vn.translate.goog/index.php?id=7&{_TRANSLATED}",
         "https://so-yte.thaibinh.gov.vn/index.php?id=7"),
        ("https://translate.goog/tin-tuc/a.html", None),  # no host of a site
    ],
    ids=["translated-page", "hyphen-and-query", "bare-proxy"],
)  # fmt: skip
def test_a_translation_proxys_address_wraps_the_original(url: str, found: str | None) -> None:
    """Google Translate serves a page at its host with dots as hyphens (`thaibinh-gov-vn`)
    under `translate.goog`: read as the original page, like a capture, seen when fetched."""
    capture = capture_of(url)
    assert (capture.original if capture else None) == found
    assert capture is None or capture.captured_at is None
    assert original(url) == (found or url)


def test_a_snapshots_own_capture_time_in_its_head_is_no_publication() -> None:
    """archive.today writes its head's `article:published_time` as the capture's moment; the
    article's date is the line it shows."""
    paragraph = "<p>" + "Nội dung bài viết về lễ hội truyền thống của địa phương. " * 3 + "</p>"
    html = (
        "<html><head><meta property='article:published_time' content='2024-11-22T08:30:41Z'>"
        "<meta property='article:modified_time' content='2024-11-22T08:30:41Z'></head><body>"
        f"<div id='HEADER'><input type='text' value='{_SAVED_FROM}'><span>22 Nov 2024 08:30:41 "
        "UTC</span></div><div id='CONTENT'><h1>Lễ hội Đền Mẫu Phố Hiến năm 2024</h1><p>Thứ Tư, "
        f"20/11/2024 - 07:30</p>{paragraph * 3}</div></body></html>"
    )
    article = extract_article(html.encode(), "https://archive.ph/Xk7pQ")
    assert (article["published_at"], article["modified_at"]) == ("2024-11-20T07:30:00+07:00", None)
