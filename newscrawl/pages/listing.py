"""Listing pages (home, sections, date archive): the links a crawl follows, nothing else."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from parsel import Selector

from newscrawl import vn
from newscrawl.pages.dom import Element, itertext, parse_html, text_of
from newscrawl.pages.memo import memo
from newscrawl.pages.profile import Profile
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import absolute, article_ref, declared_base, link_url, url_path

_STARTS_WITH_DIGIT = re.compile(r"\s*[0-9]")
# What any link text `vn.names_the_next_page` takes holds before cleaning, decomposed
# ("tie\u0302\u0301p") or entity-encoded ("&raquo;") as it may be: a cheap look first.
_NEXT_HINT = re.compile(r"sau|ti|next|[›»>&]", re.I)


@dataclass(frozen=True, slots=True)
class ListedArticle:
    url: str
    # The day the listing dates the article, when it prints one.
    day: date | None


class ListingPage:
    def __init__(self, html: str | bytes | Selector | Element, url: str, profile: Profile) -> None:
        self.url = url
        self.profile = profile
        self.root: Element = parse_html(html)

    @memo
    def base(self) -> str:
        """What the page's relative links resolve against: its `<base href>`, else its URL."""
        return declared_base(self.root, self.url) or self.url

    @memo
    def selection(self) -> Selection:
        return Selection(self.root)

    def _all(self, name: str) -> list[Element]:
        """The elements of the profile's first selector `name` that matches (the first
        selector that finds any), through the page's class and id index."""
        return self.selection.first_list(self.profile.selector(name))

    @memo
    def links(self) -> list[str]:
        """Every link on the page, absolute, in page order, without fragments or duplicates."""
        seen: dict[str, None] = {}
        for a in self.root.iter("a"):
            url = link_url(a.get("href") or "", self.base)
            if url:
                seen.setdefault(url, None)
        return list(seen)

    def article_links(self) -> list[str]:
        return list(self._article_links)

    @memo
    def _article_links(self) -> list[str]:
        # Asked more than once per page (the spider's archive callback asks twice).
        return [u for u in self.links if article_ref(u, self.profile) is not None]

    def listed_articles(self) -> list[ListedArticle]:
        """The listing's own items with the date printed beside each (for date windows)."""
        out: list[ListedArticle] = []
        for item in self._all("listing_item"):
            link = next((a for a in item.iter("a") if a.get("href")), None)
            url = absolute(link.get("href") or "", self.base) if link is not None else None
            if url is None or article_ref(url, self.profile) is None:
                continue
            when = text_of(self._first_within(item, "listing_time"))
            value = vn.parse_timestamp(when) if when else None
            out.append(ListedArticle(url, vn.day_of(value) if value is not None else None))
        return out

    def _first_within(self, root: Element, name: str) -> Element | None:
        """The first element under `root` of the profile's first selector `name` that matches
        there (the first selector that finds any)."""
        for css in self.profile.selector(name):
            found = self.selection.within(root, css)
            if found:
                return found[0]
        return None

    def section_links(self) -> list[str]:
        """First pages of the sections the page links to (the menu)."""
        pattern = self.profile.section_pattern
        if pattern is None:
            return []
        out: list[str] = []
        for url in self.links:
            match = pattern.match(url_path(url))
            if match and not match.group("page"):
                out.append(url)
        return out

    def next_page(self) -> str | None:
        """The next page of this listing: the page numbered one more, else a "next" link."""
        here = self._listing_position(self.url)
        if here is not None:
            wanted = (here[0], here[1] + 1)
            patterns = (self.profile.section_pattern, self.profile.archive_day_pattern)
            for url in self.links:
                if _url_position(url, *patterns) == wanted:
                    return url
        for el in self._all("next_page"):
            found = absolute(el.get("href") or "", self.base)
            if found:
                return found
        for a in self.root.iter("a"):
            # Only a text that could say "next" is worth cleaning to find out: not a page
            # number or a calendar day, and with one of the words or marks in it.
            if not a.get("href"):
                continue
            raw = "".join(itertext(a))
            if (
                not _STARTS_WITH_DIGIT.match(raw)
                and _NEXT_HINT.search(raw)
                and vn.names_the_next_page(text_of(a) or "")
            ):
                return absolute(a.get("href") or "", self.base)
        return None

    def _listing_position(self, url: str) -> tuple[tuple[str, ...], int] | None:
        """(which listing, page number) of a section or archive-day URL."""
        return _url_position(url, self.profile.section_pattern, self.profile.archive_day_pattern)

    def listing_items_missing(self) -> bool:
        """The page links articles, and the profile names listing items, but none is here: a
        redesign. (The links are still followed; the items' dates, which bound a date window
        and stop a scheduled run's paging, are lost.)"""
        named = bool(self.profile.selector("listing_item"))
        return named and bool(self._article_links) and not self._all("listing_item")

    # -- the date archive -------------------------------------------------------------------

    def offers_archive(self) -> bool:
        return bool(self._all("archive_form"))

    def archive_form_missing(self) -> bool:
        """The profile names the archive's form and this page (the home page) has none."""
        return bool(self.profile.selector("archive_form")) and not self.offers_archive()

    def archive_years(self) -> list[int]:
        years: list[int] = []
        for option in self._all("archive_years"):
            value = (option.get("value") or text_of(option) or "").strip()
            if value.isdigit() and len(value) == 4:
                years.append(int(value))
        return sorted(set(years))

    def archive_day(self, url: str | None = None) -> date | None:
        pattern = self.profile.archive_day_pattern
        match = pattern.match(url_path(url or self.url)) if pattern else None
        if match is None:
            return None
        try:
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            return None

    def calendar_days(self) -> list[str]:
        """Archive day links offered by the page (its calendar), in page order."""
        if not self.profile.selector("calendar_days"):
            # A profile that cannot point at the calendar: every archive-day link on the page.
            candidates: list[str | None] = list(self.links)
        else:
            # One that can: links elsewhere on the page (a "today" widget, a footer) are not it.
            candidates = [
                absolute(a.get("href") or "", self.base) for a in self._all("calendar_days")
            ]
        return [u for u in candidates if u and self.archive_day(u) is not None]


@lru_cache(maxsize=8192)
def _url_position(
    url: str, *patterns: re.Pattern[str] | None
) -> tuple[tuple[str, ...], int] | None:
    """(which listing, page number) of a URL, by the first of `patterns` its path matches.
    The same URLs (a listing's pages, the calendar's days) come up on page after page."""
    path = url_path(url)
    for pattern in patterns:
        match = pattern.match(path) if pattern else None
        if pattern and match:
            groups = match.groupdict()
            key = tuple(str(v) for k, v in sorted(groups.items()) if k != "page")
            return (pattern.pattern, *key), int(groups.get("page") or 1)
    return None
