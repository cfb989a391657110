"""The walk of the date archive stays on the portal's real dates, whatever a calendar links."""

from __future__ import annotations

from datetime import date

from newscrawl.pages.listing import ListingPage
from newscrawl.pages.profile import get_profile
from newscrawl.server.faults.site import trap_nav, trap_page
from newscrawl.spiders.traps import PageBudget, calendar_links, month_entries
from tests.support import REPLICA

PROFILE = get_profile("baothaibinh")
TEMPLATE = "/xem-tin-theo-ngay/{day:02d}-{month:02d}-{year:04d}"
BASE = "http://127.0.0.1:8000"
FIRST, LAST = date(2013, 1, 1), date(2025, 12, 31)


def _page(path: str, html: bytes) -> ListingPage:
    return ListingPage(html, f"{BASE}{path}", PROFILE)


def test_month_entries_are_the_firsts_of_each_month_newest_first() -> None:
    entries = month_entries(TEMPLATE, date(2024, 11, 15), date(2025, 2, 3))
    assert entries == [
        "/xem-tin-theo-ngay/01-02-2025",
        "/xem-tin-theo-ngay/01-01-2025",
        "/xem-tin-theo-ngay/01-12-2024",
        "/xem-tin-theo-ngay/01-11-2024",
    ]
    assert len(month_entries(TEMPLATE, FIRST, LAST)) == 156


def test_a_real_month_page_gives_its_days_with_articles() -> None:
    path = "/xem-tin-theo-ngay/01-09-2024"
    page = _page(path, (REPLICA / f"{path.strip('/')}.html").read_bytes())
    days = [u.removeprefix(BASE) for u in calendar_links(page, FIRST, LAST)]
    assert "/xem-tin-theo-ngay/09-09-2024" in days
    assert all(d.endswith("-09-2024") for d in days)


def test_a_trap_calendar_gives_only_its_own_month_and_within_bounds() -> None:
    page = _page("/xem-tin-theo-ngay/15-03-2025", trap_page(date(2025, 3, 15)))
    days = calendar_links(page, FIRST, date(2025, 3, 10))
    assert [d.removeprefix(BASE) for d in days] == [
        f"/xem-tin-theo-ngay/{n:02d}-03-2025" for n in range(1, 11)
    ]


def test_trap_navigation_on_a_month_without_articles_is_not_a_calendar() -> None:
    # A month whose calendar links no day, with the trap's prev/next day and year links added.
    path = "/xem-tin-theo-ngay/01-01-2013"
    html = (REPLICA / f"{path.strip('/')}.html").read_bytes()
    html = html.replace(b"</h1>", b"</h1>" + trap_nav(date(2013, 1, 1)).encode(), 1)
    page = _page(path, html)
    # The profile points at the calendar: links elsewhere on the page are not calendar days.
    assert page.calendar_days() == []
    assert calendar_links(page, FIRST, LAST) == []


def test_a_page_budget_runs_out_once() -> None:
    budget = PageBudget("NEWSCRAWL_MAX_ARCHIVE_PAGES", 2)
    assert [budget.take() for _ in range(4)] == [True, True, False, False]
    unlimited = PageBudget("NEWSCRAWL_MAX_ARCHIVE_PAGES", 0)
    assert all(unlimited.take() for _ in range(1000))
