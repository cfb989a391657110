"""A site plan over a catalog: the CMS rules of `replica/plan.py`, articles made on demand.

The listings (newest, per section, per day) are sequences of catalog positions; an article is
built from its slot only when a page needs it, and the last few thousand are kept, since the
pages rendered one after another mostly show the same neighbours.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from typing import overload

from newscrawl.replica.model import Article, Content
from newscrawl.replica.plan import SitePlan
from newscrawl.replica.synthetic.articles import make_article
from newscrawl.replica.synthetic.catalog import Catalog
from newscrawl.replica.synthetic.vocabulary import Vocabulary

CACHE_SIZE = 4096


class ArticleMaker:
    """Catalog position -> article, with a small LRU cache."""

    def __init__(self, catalog: Catalog, vocabulary: Vocabulary, seed: int) -> None:
        self.catalog = catalog
        self.vocabulary = vocabulary
        self.seed = seed
        self._cache: OrderedDict[int, Article] = OrderedDict()

    def __call__(self, index: int) -> Article:
        article = self._cache.get(index)
        if article is not None:
            self._cache.move_to_end(index)
            return article
        slot = self.catalog.slot(index)
        article = make_article(self.vocabulary, self.seed, slot, self.catalog.site.snapshot)
        self._cache[index] = article
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return article


class Listing(Sequence[Article]):
    """Articles at some catalog positions, in the listing's order, made when read."""

    def __init__(self, make: ArticleMaker, positions: Sequence[int]) -> None:
        self._make = make
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Article]: ...
    def __getitem__(self, index: int | slice) -> Article | Sequence[Article]:
        if isinstance(index, slice):
            return [self._make(p) for p in self.positions[index]]
        return self._make(self.positions[index])


class SyntheticPlan(SitePlan):
    """`SitePlan` with its listings served from a catalog (no `Content.articles`)."""

    def __init__(self, content: Content, catalog: Catalog, seed: int) -> None:
        # SitePlan.__init__ would sort and index every article; here the catalog is in order.
        self.content = Content(site=content.site, sections=content.sections, articles=())
        self.site = content.site
        self.catalog = catalog
        self.make = ArticleMaker(catalog, Vocabulary.of(content), seed)
        self.by_id = {}
        newest = range(len(catalog) - 1, -1, -1)
        self.newest = self.listed = Listing(self.make, newest)
        by_section: dict[int, list[int]] = {s.id: [] for s in content.sections}
        for index in newest:
            by_section[catalog.sections[catalog.section_index[index]]].append(index)
        self.in_section = {sid: Listing(self.make, p) for sid, p in by_section.items()}
        # Where each article stands in its section's listing: its related articles follow it.
        self._rank = array("q", [0]) * len(catalog)
        for positions in by_section.values():
            for rank, index in enumerate(positions):
                self._rank[index] = rank
        self.on_day = {day: Listing(self.make, span) for day, span in _days(catalog)}

    def related(self, article: Article) -> list[Article]:
        """The `related_size` articles before this one in its section (the CMS rule)."""
        index = self.catalog.index_of(article.id)
        rank = self._rank[index]
        return list(self.in_section[article.section][rank + 1 : rank + 1 + self.site.related_size])


def _days(catalog: Catalog) -> list[tuple[date, range]]:
    """Each day with articles and its catalog positions, newest first (positions are in
    publication order, so a day is a run of them)."""
    days: list[tuple[date, range]] = []
    start = 0
    for index in range(1, len(catalog) + 1):
        if index == len(catalog) or catalog.day_of(index) != catalog.day_of(start):
            days.append((catalog.day_of(start), range(index - 1, start - 1, -1)))
            start = index
    return days
