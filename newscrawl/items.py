"""The contract between layers.

`RawArticle` is what `pages/` reads off a page: strings exactly as the page shows them
(after text cleanup), nothing parsed. `Article` is one exported JSONL line: JSON-native
values, built from a `RawArticle` by `newscrawl.article.build_article`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypedDict, TypeGuard

from newscrawl.utc import utc_now

# Bump on any incompatible change to `Article`; `schema/article.schema.json` follows it.
SCHEMA_VERSION = 2  # 2: `body` may be empty (a photo story), see docs/fields.md


@dataclass(slots=True)
class RawImage:
    url: str
    # The caption text bound to the image, credit included ("... . Ảnh: TTXVN").
    caption: str | None = None
    # A credit the page sets apart from the caption, in an element of its own, as shown
    # (`Ảnh: Hoàng Long`, or a bare `TTXVN`).
    credit: str | None = None


@dataclass(slots=True)
class RawLink:
    url: str
    title: str


@dataclass(slots=True)
class RawArticle:
    """One article page as seen. Every text value is cleaned (NFC, entities, whitespace)."""

    url: str
    site: str
    article_id: str | None = None
    canonical_url: str | None = None
    category: str | None = None
    title: str | None = None
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    # The page's own "now" line (header clock), which dates the view count.
    page_time: str | None = None
    # Byline lines joined by "\n" (a name, then an organisation line, ...).
    byline: str | None = None
    view_count: str | None = None
    images: list[RawImage] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    related: list[RawLink] = field(default_factory=list)
    # The page's server prints numeric dates month first (`11/5/2024`: an en-US culture).
    month_first: bool = False
    # The page's generator prints its structured times in UTC without a zone (Odoo's
    # `article:published_time`, `2024-11-21 03:15:42`), where a zone-less time is otherwise local.
    zoneless_utc: bool = False
    # Authors named by the page's structured metadata (JSON-LD `author`, `<meta name=author>`),
    # used only when the page shows no byline.
    meta_authors: list[str] = field(default_factory=list)
    # Codes the page layer raises itself, e.g. when its layers disagree on a field.
    warnings: list[str] = field(default_factory=list)
    # When a web archive captured the page, as its address or header says (`pages/captures.py`):
    # the moment its view count was seen.
    captured_at: datetime | None = None
    # Set by the crawl, not the page: when the bytes arrived (ISO 8601) and where they are kept.
    fetched_at: str | None = None
    warc: WarcLocation | None = None
    # Fetched again only to observe its view count (scheduled runs with revisits on).
    revisit: bool = False


class ImageOut(TypedDict):
    url: str
    caption: str | None
    credit: str | None


class LinkOut(TypedDict):
    url: str
    title: str


class WarcLocation(TypedDict):
    file: str
    offset: int
    record_id: str


class Article(TypedDict, total=False):
    """One exported JSONL line; see DESIGN.md and schema/article.schema.json."""

    url: str
    canonical_url: str
    site: str
    article_id: str | None
    category: str | None
    title: str
    lead: str | None
    body: str
    published_at: str | None
    published_at_raw: str | None
    modified_at: str | None
    modified_at_raw: str | None
    authors: list[str]
    source: str | None
    byline_raw: str | None
    view_count: int | None
    view_count_raw: str | None
    view_count_observed_at: str | None
    images: list[ImageOut]
    tags: list[str]
    related: list[LinkOut]
    fetched_at: str
    warc: WarcLocation | None
    warnings: list[str]
    schema_version: int


# The fields that depend on the fetch (which link was followed, when, where the bytes were
# archived), not on the page: two reads of the same bytes differ only in these.
CRAWL_FIELDS = frozenset({"url", "fetched_at", "warc"})
# The fields the page alone decides, in export order.
PAGE_FIELDS = tuple(name for name in Article.__annotations__ if name not in CRAWL_FIELDS)


def is_exported_article(item: object) -> TypeGuard[dict[str, Any]]:
    """Is this item an article on its way to the feed (a plain dict from `build_article`, which
    the crawl may mark for the pipelines, e.g. as a revisit), not a failure record, a skip
    notice or another spider's item? Its `schema_version` says so."""
    return isinstance(item, dict) and "schema_version" in item


@dataclass(frozen=True, slots=True)
class ArticleGone:
    """A revisited article the portal no longer serves: answered 404 or 410 (`http_404`,
    `http_410`), with its CMS's notice that it does not exist under status 200 (`soft_404`), or
    by a redirect to a page that is not the article (`redirected`). Not a failure of the crawl
    but a takedown, recorded by the state (`state/changes.py`). Any other failure of a revisit
    (a timeout, a 5xx) says nothing of the article and stays a failure."""

    article_id: str
    url: str
    reason: str  # http_404, http_410, soft_404, redirected
    final_url: str | None = None  # where a redirect led
    observed_at: str = field(default_factory=utc_now)
