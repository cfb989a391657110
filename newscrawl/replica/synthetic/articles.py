"""One synthetic article, made from its slot (id, section, time) and the seed alone.

Everything else (layout, title, text, images, byline, tags, views) is drawn from a random
generator seeded with the replica's seed and the article's id, so any article can be rebuilt on
its own, in any order, as often as a listing needs it: nothing of a large replica is kept in
memory but the slots. The article is an ordinary `model.Article`, so the templates render it and
`expected.py` computes its export exactly as for the hand-written ones.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from random import Random

from newscrawl.replica.model import Article, Block, Image, MediaLine, Paragraph, Spacer
from newscrawl.replica.synthetic.vocabulary import Vocabulary

# Pages before this year may be in the CMS's older layout, as the portal's 2013-2017 ones are.
OLD_LAYOUT_UNTIL = 2017
OLD_LAYOUT_SHARE = 0.45
# Weights of 0, 1, 2, ... paragraphs, images and tags: a few long stories, mostly short ones.
PARAGRAPHS = (0, 0, 1, 3, 4, 4, 3, 2, 2, 1, 1)
IMAGES_NEW = (2, 4, 4, 3, 2)
IMAGES_OLD = (4, 4, 2)
TAGS = (2, 2, 3, 4, 2)
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_MAX_PAGE_AGE = timedelta(days=3 * 365)


@dataclass(frozen=True, slots=True)
class Slot:
    """What the catalog fixes of an article: the rest follows from the seed."""

    id: int
    section: int
    published: datetime


def make_article(vocabulary: Vocabulary, seed: int, slot: Slot, snapshot: datetime) -> Article:
    rng = Random(f"newscrawl-synthetic/{seed}/{slot.id}")
    old = slot.published.year <= OLD_LAYOUT_UNTIL and rng.random() < OLD_LAYOUT_SHARE
    title = vocabulary.title(rng)
    body = _body(vocabulary, rng, old)
    byline = vocabulary.byline(rng) if rng.random() < 0.85 else None
    if old:
        # The old CMS editor entity-encoded every accented letter more often than not; its
        # pages show no lead, clock, view count or tags.
        return Article(
            id=slot.id,
            section=slot.section,
            slug=slugify(title),
            title=title,
            layout="old",
            published=slot.published,
            body=body,
            byline=byline,
            entities=rng.random() < 0.3,
            note=f"synthetic (seed {seed})",
        )
    lead = vocabulary.lead(rng) if rng.random() < 0.9 else None
    if lead is not None and any(isinstance(b, Paragraph) and b.text == lead for b in body):
        lead = None  # a lead repeated as a paragraph would be dropped from the body
    if rng.random() < 0.03:
        body = (*body, _media_line(rng, slot.published))
    encoding = rng.random()
    return Article(
        id=slot.id,
        section=slot.section,
        slug=slugify(title),
        title=title,
        layout="new",
        published=slot.published,
        body=body,
        page_time=_page_time(rng, slot.published, snapshot),
        views=round(math.exp(rng.uniform(math.log(8), math.log(40_000)))),
        lead=lead,
        byline=byline,
        tags=vocabulary.some_tags(rng, _weighted(rng, TAGS)),
        entities=encoding < 0.03,
        nfd=0.03 <= encoding < 0.04,
        note=f"synthetic (seed {seed})",
    )


def _body(vocabulary: Vocabulary, rng: Random, old: bool) -> tuple[Block, ...]:
    """Paragraphs with images between them (sometimes first, as a lead photo), and now and
    then an editor's empty `<p>&nbsp;</p>`."""
    paragraphs: list[Block] = [
        Paragraph(vocabulary.paragraph(rng)) for _ in range(max(2, _weighted(rng, PARAGRAPHS)))
    ]
    weights = IMAGES_OLD if old else IMAGES_NEW
    for _ in range(_weighted(rng, weights)):
        image = vocabulary.image(rng)
        if rng.random() < 0.05:
            image = Image(caption=None)
        paragraphs.insert(rng.randint(0, len(paragraphs) - 1), image)
    if rng.random() < 0.05:
        paragraphs.insert(rng.randint(1, len(paragraphs) - 1), Spacer())
    return tuple(paragraphs)


def _media_line(rng: Random, published: datetime) -> MediaLine:
    name = rng.choice(("BAN_TIN_THOI_SU", "PHONG_SU", "TIN_VAN", "LIEN_HOAN_CHEO"))
    stamp = int(published.timestamp()) + rng.randint(60, 7200)
    return MediaLine(f"Video: {published:%d%m%y}_-_{name}.mp4?_t={stamp}")


def _page_time(rng: Random, published: datetime, snapshot: datetime) -> datetime:
    """When the page was rendered (its header clock): later, in whole minutes, never after the
    replica's snapshot."""
    seen = published + timedelta(minutes=rng.randint(5, int(_MAX_PAGE_AGE.total_seconds() // 60)))
    seen = min(seen, snapshot).replace(second=0, microsecond=0)
    return seen if seen > published else snapshot


def _weighted(rng: Random, weights: tuple[int, ...]) -> int:
    return rng.choices(range(len(weights)), weights)[0]


def slugify(title: str) -> str:
    """The CMS's slug: the title without tones or marks, lower case, words joined by `-`."""
    text = title.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "bai-viet"
