"""What keeps the walk of listings finite, whatever links a portal (or a trap) offers.

- The date archive is entered month by month from the profile's URL template, for the months
  of the archive form's years only (`window.archive_bounds`): the walk never depends on the
  pages' "previous month" links, so a calendar that answers for every date leads nowhere.
- A day is followed only from its month's entry page, and only when that page's calendar
  links it: a day page's own calendar, "next day" or "next year" links are never followed.
- Pagination is followed to NEWSCRAWL_MAX_LISTING_PAGES pages per listing, and the archive to
  NEWSCRAWL_MAX_ARCHIVE_PAGES pages in all; reaching either is logged and counted
  (`newscrawl/limits/*`), since it means a trap or a portal larger than the limits assume.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from newscrawl.pages.listing import ListingPage

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

# 13 years of days (the portal's 2013-2025) with a few listing pages each, and room to spare.
DEFAULT_MAX_ARCHIVE_PAGES = 30_000
# A section of the portal's size (~200,000 articles in six sections, ~20 per page) fits.
DEFAULT_MAX_LISTING_PAGES = 5_000


def month_entries(template: str, lower: date, upper: date) -> list[str]:
    """Paths of the first day of every month from `upper`'s back to `lower`'s, newest first."""
    paths: list[str] = []
    year, month = upper.year, upper.month
    while (year, month) >= (lower.year, lower.month):
        paths.append(template.format(day=1, month=month, year=year))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return paths


def calendar_links(page: ListingPage, lower: date, upper: date) -> list[str]:
    """Days of the page's own month its calendar links, within [lower, upper].

    Only a profile that points at the calendar is followed through it: without one, every
    archive-day link on the page would do, a trap's "next day" link among them."""
    if not page.profile.selector("calendar_days"):
        return []
    here = page.archive_day()
    links: list[str] = []
    for url in page.calendar_days():
        day = page.archive_day(url)
        same_month = here is None or (
            day is not None and (day.year, day.month) == (here.year, here.month)
        )
        if day is not None and same_month and lower <= day <= upper:
            links.append(url)
    return links


class PageBudget:
    """At most `limit` pages (0: no limit) of some kind; warns once when it runs out."""

    def __init__(self, setting: str, limit: int) -> None:
        self.setting = setting
        self.limit = limit
        self.used = 0

    def take(self) -> bool:
        if self.limit and self.used >= self.limit:
            if self.used == self.limit:
                logger.warning("Reached %s (%d pages): following no more", self.setting, self.limit)
                self.used += 1  # warned
            return False
        self.used += 1
        return True


class BoundedWalk:
    """The spider's limits on listing pages (a mixin of `PortalSpider`)."""

    crawler: Crawler
    settings: BaseSettings

    @cached_property
    def archive_budget(self) -> PageBudget:
        name = "NEWSCRAWL_MAX_ARCHIVE_PAGES"
        return PageBudget(name, self.settings.getint(name, DEFAULT_MAX_ARCHIVE_PAGES))

    @cached_property
    def max_listing_pages(self) -> int:
        return self.settings.getint("NEWSCRAWL_MAX_LISTING_PAGES", DEFAULT_MAX_LISTING_PAGES)

    def may_page(self, depth: int, url: str) -> bool:
        """May a listing `depth` pages deep be paged on to `url`?"""
        if self.max_listing_pages and depth >= self.max_listing_pages:
            self._count("listing_pages")
            logger.warning("Not paging past %d pages of a listing: %s", depth, url)
            return False
        return True

    def may_walk_archive(self) -> bool:
        """May one more page of the date archive be requested?"""
        if self.archive_budget.take():
            return True
        self._count("archive_pages")
        return False

    def _count(self, limit: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newscrawl/limits/{limit}")
