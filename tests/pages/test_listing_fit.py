"""Whether a listing page still fits the profile's selectors: the crawl counts the pages that do
not (the run's `profile_fit` check), since a redesign would otherwise only show as articles
that are never found; and which pages `newscrawl profile-fit` asks each selector on."""

from __future__ import annotations

import pytest

from newscrawl.pages.fit import page_kind
from newscrawl.pages.listing import ListingPage
from newscrawl.pages.profile import get_profile
from tests.support import REPLICA

PROFILE = get_profile("baothaibinh")
BASE = "http://127.0.0.1:8000"
HOME = (REPLICA / "index.html").read_text("utf-8")
SECTION = (REPLICA / "chuyen-muc" / "3" / "thoi-su.html").read_text("utf-8")


def _page(html: str, path: str = "/", profile_name: str = "baothaibinh") -> ListingPage:
    return ListingPage(html.encode("utf-8"), f"{BASE}{path}", get_profile(profile_name))


def test_the_replica_fits_its_profile() -> None:
    assert not _page(HOME).archive_form_missing()
    assert not _page(SECTION, "/chuyen-muc/3/thoi-su").listing_items_missing()


def test_a_home_page_without_the_archive_form_is_told() -> None:
    assert 'id="frmArchive"' in HOME
    redesigned = HOME.replace('id="frmArchive"', 'id="archive-picker"')
    assert _page(redesigned).archive_form_missing()


def test_a_profile_that_names_no_archive_form_misses_none() -> None:
    assert not get_profile("thaibinhtv").selector("archive_form")
    assert not _page(HOME, profile_name="thaibinhtv").archive_form_missing()


def test_a_section_page_listing_articles_without_the_profile_items_is_told() -> None:
    assert 'class="news-item"' in SECTION
    redesigned = SECTION.replace('class="news-item"', 'class="card"')
    page = _page(redesigned, "/chuyen-muc/3/thoi-su")
    assert page.article_links()
    assert page.listing_items_missing()


def test_a_page_listing_no_article_has_no_items_to_miss() -> None:
    empty = "<html><body><div class='list-news'><p>Chưa có tin.</p></div></body></html>"
    assert not _page(empty, "/chuyen-muc/3/thoi-su/trang-99").listing_items_missing()


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/", "home"),
        ("", "home"),
        ("/tin-tuc/3/159670/tham-tra-xac-minh", "article"),
        ("/tin-tuc/159670/tham-tra-xac-minh", "article"),  # the category segment is optional
        ("/chuyen-muc/3/thoi-su", "section"),
        ("/chuyen-muc/3/thoi-su/trang-2", "section"),
        ("/xem-tin-theo-ngay/22-09-2022", "archive"),
        ("/xem-tin-theo-ngay/22-09-2022/trang-2", "archive"),
        ("/lien-he", "other"),
    ],
)
def test_what_the_profile_urls_make_of_a_page(path: str, kind: str) -> None:
    """The pages `newscrawl profile-fit` asks each selector on."""
    assert page_kind(f"https://baothaibinh.com.vn{path}", PROFILE) == kind
