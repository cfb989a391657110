"""The profile layer read on one page: a known portal's selectors, each looked up once."""

from __future__ import annotations

import re

from newscrawl.items import RawLink
from newscrawl.pages.dom import Element, text_of
from newscrawl.pages.profile import Profile
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import link_url

_CATEGORY_ID = re.compile(r"/(\d+)(?:/|$)")


class ProfileReader:
    def __init__(self, profile: Profile | None, selection: Selection) -> None:
        self.profile = profile
        self.selection = selection
        self._texts: dict[str, str | None] = {}

    def has(self, name: str) -> bool:
        """Does the profile give a selector for this field?"""
        return self.profile is not None and bool(self.profile.selector(name))

    def element(self, name: str) -> Element | None:
        if self.profile is None:
            return None
        return self.selection.first(self.profile.selector(name))

    def elements(self, name: str) -> list[Element]:
        if self.profile is None:
            return []
        return self.selection.first_list(self.profile.selector(name))

    def text(self, name: str) -> str | None:
        if name not in self._texts:
            self._texts[name] = text_of(self.element(name))
        return self._texts[name]

    def texts(self, name: str) -> list[str]:
        return [text for text in map(text_of, self.elements(name)) if text]

    def related(self, base: str) -> list[RawLink]:
        """The related list's links, absolute against `base`, each URL once."""
        links: dict[str, RawLink] = {}
        for item in self.elements("related"):
            anchor = next(item.iter("a"), None)
            href = link_url(anchor.get("href") or "", base) if anchor is not None else None
            title = text_of(anchor)
            if href and title:
                links.setdefault(href, RawLink(url=href, title=title))
        return list(links.values())

    def section(self) -> Element | None:
        """The trail's last section link: a selector for the trail's section links matches each
        crumb, and a section inside another (`Văn hóa - Xã hội » Văn hóa`) is the article's."""
        found = self.elements("category")
        return found[-1] if found else None

    def category_id(self) -> str | None:
        """The section's number in the category link (`/chuyen-muc/4/kinh-te` -> `4`)."""
        link = self.section()
        match = _CATEGORY_ID.search(link.get("href") or "") if link is not None else None
        return match.group(1) if match else None
