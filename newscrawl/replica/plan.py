"""The site plan: which pages exist and which link points where, derived from the content.

The CMS rules live here (listings newest first, 6 per page; related = the section's previous
articles; an archive page per day with articles and per first of month), so the templates only
draw and `expected.py` only reads off the same decisions.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cached_property
from urllib.parse import quote_plus

from newscrawl.replica.model import Article, Content, LinkPlace, Paragraph, Section
from newscrawl.replica.text import day_slug, related_time, truncate_words

ARCHIVE = "/xem-tin-theo-ngay"
SAPO_WORDS = 30

# The CMS's picture for a teaser whose article shows none, on the media host.
PLACEHOLDER = "images/no-image.jpg"


def _key(article: Article) -> tuple[datetime, int]:
    return (article.published, article.id)


def pages_needed(count: int, size: int) -> int:
    return max(1, -(-count // size))


def month_start(day: date, offset: int) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def archive_path(day: date, page: int = 1) -> str:
    path = f"{ARCHIVE}/{day_slug(day)}"
    return path if page == 1 else f"{path}/trang-{page}"


def path_file(path: str) -> str:
    """The file the static server maps a path to (`/` -> index.html, `/a/b` -> a/b.html)."""
    return "index.html" if path == "/" else path.lstrip("/") + ".html"


class SitePlan:
    # The listings as read-only sequences, newest first: a synthetic plan
    # (`synthetic/plan.py`) serves them lazily instead of holding every article.
    newest: Sequence[Article]
    listed: Sequence[Article]
    in_section: Mapping[int, Sequence[Article]]
    on_day: Mapping[date, Sequence[Article]]

    def __init__(self, content: Content) -> None:
        self.content = content
        self.site = content.site
        self.by_id = {article.id: article for article in content.articles}
        newest = sorted(content.articles, key=_key, reverse=True)
        self.newest = newest
        self.listed = [a for a in newest if not a.archive_only]
        in_section: dict[int, list[Article]] = {s.id: [] for s in content.sections}
        for article in self.listed:
            in_section[article.section].append(article)
        self.in_section = in_section
        # Oldest first, for bisecting "the section's articles before this one".
        self._section_keys = {
            sid: [_key(a) for a in reversed(items)] for sid, items in in_section.items()
        }
        on_day: dict[date, list[Article]] = defaultdict(list)
        for article in newest:
            on_day[article.day].append(article)
        self.on_day = dict(on_day)

    # Links and URLs

    def href(self, article: Article, place: LinkPlace | None = None) -> str:
        return article.links.get(place, article.path) if place else article.path

    def canonical_url(self, article: Article) -> str:
        return self.site.base_url + article.path

    def printed_canonical(self, article: Article) -> str:
        return f"https://{article.canonical_host or self.site.host}{article.path}"

    def image_urls(self, article: Article) -> tuple[str, ...]:
        moment = article.published
        folder = f"https://{self.site.media_host}/upload/news/{moment.month}_{moment.year}"
        stem = "-".join(article.slug.split("-")[:6])
        urls = []
        for index, image in enumerate(article.images(), start=1):
            name = image.file or f"{article.id}_{stem}_{moment:%d%m%Y%H%M}{index}.jpg"
            urls.append(f"{folder}/{name}")
        return tuple(urls)

    def thumb(self, article: Article) -> str:
        urls = self.image_urls(article)
        return urls[0] if urls else f"https://{self.site.media_host}/{PLACEHOLDER}"

    def sapo(self, article: Article) -> str:
        if article.lead is not None:
            return article.lead
        for block in article.body:
            if isinstance(block, Paragraph):
                return truncate_words(block.text, SAPO_WORDS)
        return ""

    @staticmethod
    def tag_href(tag: str) -> str:
        return f"/tim-kiem?q={quote_plus(tag)}"

    def section_of(self, article: Article) -> Section:
        return self.content.section(article.section)

    def related(self, article: Article) -> list[Article]:
        """`Tin cùng chuyên mục`: the section's listed articles just before this one."""
        if article.related is not None:
            return [self.by_id[i] for i in article.related]
        keys = self._section_keys.get(article.section, [])
        end = bisect.bisect_left(keys, _key(article))
        size = self.site.related_size
        older = self.in_section[article.section][len(keys) - end :]
        return list(older[:size])

    def related_when(self, article: Article) -> str:
        return related_time(article.published)

    # Page inventory

    def section_pages(self, section: Section) -> int:
        return pages_needed(len(self.in_section[section.id]), self.site.page_size)

    def archive_days(self) -> list[date]:
        """Days with articles plus the first of every month in the form's range."""
        days = set(self.on_day)
        for year in range(self.site.first_year, self.site.last_year + 1):
            days.update(date(year, month, 1) for month in range(1, 13))
        return sorted(days)

    def archive_pages(self) -> Iterator[tuple[date, int]]:
        for day in self.archive_days():
            for page in range(
                1, pages_needed(len(self.on_day.get(day, [])), self.site.page_size) + 1
            ):
                yield day, page

    @cached_property
    def _month_days(self) -> dict[tuple[int, int], set[int]]:
        months: dict[tuple[int, int], set[int]] = defaultdict(set)
        for day in self.on_day:
            months[(day.year, day.month)].add(day.day)
        return months

    def days_with_articles(self, year: int, month: int) -> set[int]:
        """The days of a month with articles: the links of its archive calendar."""
        return self._month_days.get((year, month), set())

    def in_range(self, day: date) -> bool:
        return self.site.first_year <= day.year <= self.site.last_year
