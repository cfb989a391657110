"""How well a site profile's selectors fit a portal's pages: for each selector, on how many of
the pages it is meant for it finds something, and which of its alternatives does.

Read over a crawl's WARC files (`newscrawl profile-fit`), this shows what a redesign broke (the
crawl's `profile_fit` check only says that something did), and, after a first run against a
live portal whose markup the profile could only guess, which of its selectors the real pages
answer and which the generic layers had to stand in for.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newscrawl.pages.dom import Element
from newscrawl.pages.profile import Profile
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import article_ref, url_path

PAGE_KINDS = ("home", "section", "archive", "article", "other")
_LISTINGS = ("section", "archive")
# The pages each selector is asked on by the crawl (a selector not named here: on every page).
_ON_ARTICLES = (
    "title", "published", "view_count", "page_time", "lead", "content", "content_exclude",
    "byline", "category", "tags", "related",
)  # fmt: skip
ASKED_ON: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_ON_ARTICLES, ("article",)),
    "archive_form": ("home",),
    "archive_years": ("home",),
    "calendar_days": ("archive",),
    "next_page": _LISTINGS,
    "listing_item": _LISTINGS,
    "listing_time": _LISTINGS,
}


def page_kind(url: str, profile: Profile) -> str:
    """What the profile's URL patterns make of a page: one of `PAGE_KINDS`."""
    if article_ref(url, profile) is not None:
        return "article"
    path = url_path(url)
    for kind, pattern in (
        ("section", profile.section_pattern),
        ("archive", profile.archive_day_pattern),
    ):
        if pattern is not None and pattern.match(path):
            return kind
    return "home" if path in ("", "/") else "other"


@dataclass
class SelectorFit:
    name: str
    asked_on: tuple[str, ...]
    pages: int = 0  # pages of those kinds read
    found: int = 0  # of which one of the selector's alternatives matched
    by_alternative: Counter[str] = field(default_factory=Counter)  # the first that matched

    def as_dict(self) -> dict[str, Any]:
        return {
            "asked_on": list(self.asked_on),
            "pages": self.pages,
            "found": self.found,
            "by_selector": dict(self.by_alternative),
        }


class ProfileFit:
    """The fit of one profile, page after page."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.pages: Counter[str] = Counter()
        self.selectors = {
            name: SelectorFit(name, ASKED_ON.get(name, PAGE_KINDS)) for name in profile.selectors
        }

    def add(self, url: str, root: Element) -> None:
        kind = page_kind(url, self.profile)
        self.pages[kind] += 1
        selection = Selection(root)
        for fit in self.selectors.values():
            if kind not in fit.asked_on:
                continue
            fit.pages += 1
            matched = next(
                (css for css in self.profile.selector(fit.name) if selection.all(css)), None
            )
            if matched is not None:
                fit.found += 1
                fit.by_alternative[matched] += 1

    def never_found(self) -> list[str]:
        """The selectors that found nothing on any of the pages they were asked on."""
        return [fit.name for fit in self.selectors.values() if fit.pages and not fit.found]

    def as_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile.name,
            "pages": {kind: self.pages[kind] for kind in PAGE_KINDS},
            "selectors": {name: fit.as_dict() for name, fit in self.selectors.items()},
            "never_found": self.never_found(),
        }

    def lines(self) -> list[str]:
        """The fit as a table, a selector a line."""
        counts = ", ".join(f"{self.pages[kind]} {kind}" for kind in PAGE_KINDS)
        rows = [(fit.name, _share(fit), _alternatives(fit)) for fit in self.selectors.values()]
        names = max((len(row[0]) for row in rows), default=0)
        shares = max((len(row[1]) for row in rows), default=0)
        out = [f"profile {self.profile.name}: {sum(self.pages.values())} pages ({counts})"]
        out += [
            f"  {name:<{names}}  {share:<{shares}}  {which}".rstrip() for name, share, which in rows
        ]
        missing = self.never_found()
        out.append("never found: " + (", ".join(missing) if missing else "none"))
        return out


def _share(fit: SelectorFit) -> str:
    kinds = "/".join(fit.asked_on) if fit.asked_on != PAGE_KINDS else "any"
    return f"{fit.found}/{fit.pages} {kinds} pages" if fit.pages else f"no {kinds} page"


def _alternatives(fit: SelectorFit) -> str:
    """Which of the selector's alternatives matched first, and how often."""
    found = "; ".join(f"{css} {n}" for css, n in fit.by_alternative.most_common())
    return f"({found})" if found else ""
