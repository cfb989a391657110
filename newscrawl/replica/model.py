"""The replica's content model: what the portal publishes, free of any markup.

Everything here is the truth the expected items are computed from. Templates turn it into
HTML (with the portal's quirks); `expected.py` turns it into exported articles. A synthetic
content generator only has to build these objects to reuse both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Literal

# Vietnam keeps UTC+7 all year; every time in the content is local portal time.
VN_TZ = timezone(timedelta(hours=7), "ICT")

Layout = Literal["new", "old"]
# Listings whose link to an article may differ from its canonical path.
LinkPlace = Literal["home", "archive"]
LINK_PLACES: tuple[LinkPlace, ...] = ("home", "archive")


@dataclass(frozen=True, slots=True)
class FooterLink:
    href: str
    text: str


@dataclass(frozen=True, slots=True)
class Site:
    host: str
    name: str
    media_host: str
    # Inclusive range of the archive form's year options; every month in it has a page.
    first_year: int
    last_year: int
    # The header clock printed on listing pages (home, sections, archive days).
    snapshot: datetime
    footer_lines: tuple[str, ...]
    footer_links: tuple[FooterLink, ...]
    # robots.txt `Disallow:` paths (search and admin, which pages still link to).
    disallow: tuple[str, ...]
    page_size: int = 6
    home_size: int = 8
    related_size: int = 5

    @property
    def base_url(self) -> str:
        return f"https://{self.host}"


@dataclass(frozen=True, slots=True)
class Section:
    id: int
    slug: str
    name: str

    @property
    def path(self) -> str:
        return f"/chuyen-muc/{self.id}/{self.slug}"

    def page_path(self, page: int) -> str:
        return self.path if page == 1 else f"{self.path}/trang-{page}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class Image:
    # Caption as the reader should get it (final full stop kept), without the credit.
    caption: str | None
    credit: str | None = None
    # The file name under the media folder; derived from the article when absent.
    file: str | None = None


@dataclass(frozen=True, slots=True)
class MediaLine:
    """`Video: 121024_-_NAME.mp4?_t=...`: shown in the content, not part of the body."""

    text: str


@dataclass(frozen=True, slots=True)
class Spacer:
    """An editor's empty `<p>&nbsp;</p>`: visible markup, not a paragraph."""


@dataclass(frozen=True, slots=True)
class RawHtml:
    """Hand-written markup for quirks the templates do not produce (inline tags, double
    encoding); `text` is what a reader must get from it, None when it is no paragraph."""

    html: str
    text: str | None


Block = Paragraph | Image | MediaLine | Spacer | RawHtml


@dataclass(frozen=True, slots=True)
class Byline:
    # The lines as printed (right-aligned paragraphs), top to bottom.
    lines: tuple[str, ...]
    # Written by hand: what a byline parser must make of the lines.
    authors: tuple[str, ...]
    source: str | None


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    section: int
    slug: str
    title: str
    layout: Layout
    published: datetime
    body: tuple[Block, ...]
    # New layout only: the page's render time (header clock) and the view count it shows.
    page_time: datetime | None = None
    views: int | None = None
    lead: str | None = None
    byline: Byline | None = None
    tags: tuple[str, ...] = ()
    # The old editor's habit of entity-encoding every non-ASCII letter of the content.
    entities: bool = False
    # Content stored decomposed (NFD), as some editors on some machines saved it.
    nfd: bool = False
    # Listed neither on the home page, the section nor any related list.
    archive_only: bool = False
    # A deliberately wrong weekday in the publication line ("Thứ 3" on a Monday).
    printed_weekday: str | None = None
    # The id is deliberately far out of line with the date (ids rise with time).
    id_outlier: bool = False
    # `<link rel=canonical>` on another host of the same CMS (new layout).
    canonical_host: str | None = None
    # Per listing, an href other than the canonical path (id-only, mangled slug, alias host).
    links: Mapping[LinkPlace, str] = field(default_factory=dict)
    # Explicit "Tin cùng chuyên mục" ids; None lets the CMS rule pick them.
    related: tuple[int, ...] | None = None
    note: str = ""

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.section}/{self.id}/{self.slug}"

    @property
    def id_path(self) -> str:
        return f"/tin-tuc/{self.id}/{self.slug}"

    @property
    def file(self) -> str:
        return f"tin-tuc/{self.section}/{self.id}/{self.slug}.html"

    @property
    def day(self) -> date:
        return self.published.date()

    def images(self) -> list[Image]:
        return [block for block in self.body if isinstance(block, Image)]


@dataclass(frozen=True, slots=True)
class Content:
    site: Site
    sections: tuple[Section, ...]
    articles: tuple[Article, ...]

    def section(self, section_id: int) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)
