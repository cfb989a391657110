"""The words synthetic articles are made of: the hand-written replica's own sentences, titles,
leads, captions, bylines and tags (fixtures/portal-src), recombined.

Only pieces that read the same in any combination are taken: whole captions with their credits,
whole bylines with the authors they were written down to mean, and body sentences, which are
regrouped into paragraphs long enough never to pass for a byline line (content.py reads the
last short lines of an article as its signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from random import Random

from newscrawl.replica.model import Byline, Content, Image, Paragraph

# A paragraph shorter than this could be read as a signature line by the extraction
# (MAX_BYLINE_LINE_CHARS is 90); the hand-written paragraphs are all 118 characters or more.
MIN_PARAGRAPH_CHARS = 120
# A sentence ends at a full stop, a question or an exclamation mark followed by a capital (so
# "TP. Thái Bình" and "17,04%" stay whole); Vietnamese capitals include the accented ones.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
# Where in the province a story happened, appended to some titles for variety.
PLACES = (
    "thành phố Thái Bình", "huyện Vũ Thư", "huyện Kiến Xương", "huyện Tiền Hải",
    "huyện Thái Thụy", "huyện Quỳnh Phụ", "huyện Hưng Hà", "huyện Đông Hưng",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Vocabulary:
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    sentences: tuple[str, ...]
    # Whole captions (caption, credit), as the hand-written articles pair them.
    images: tuple[Image, ...]
    bylines: tuple[Byline, ...]
    tags: tuple[str, ...]

    @classmethod
    def of(cls, content: Content) -> Vocabulary:
        sentences: dict[str, None] = {}
        images: dict[Image, None] = {}
        bylines: dict[Byline, None] = {}
        tags: dict[str, None] = {}
        for article in content.articles:
            for block in article.body:
                if isinstance(block, Paragraph):
                    sentences.update(dict.fromkeys(split_sentences(block.text)))
                elif isinstance(block, Image) and block.caption and block.file is None:
                    images[Image(caption=block.caption, credit=block.credit)] = None
            if article.byline is not None:
                bylines[article.byline] = None
            tags.update(dict.fromkeys(article.tags))
        vocabulary = cls(
            titles=tuple(dict.fromkeys(a.title for a in content.articles)),
            leads=tuple(dict.fromkeys(a.lead for a in content.articles if a.lead)),
            sentences=tuple(sentences),
            images=tuple(images),
            bylines=tuple(bylines),
            tags=tuple(tags),
        )
        if not all((vocabulary.titles, vocabulary.sentences, vocabulary.images, vocabulary.tags)):
            raise ValueError("the content is too small to build synthetic articles from")
        return vocabulary

    def title(self, rng: Random) -> str:
        title = rng.choice(self.titles)
        if rng.random() < 0.4 and not any(place in title for place in PLACES):
            title = f"{title} tại {rng.choice(PLACES)}"
        return title

    def paragraph(self, rng: Random) -> str:
        """Two or more sentences, at least MIN_PARAGRAPH_CHARS long."""
        picked = [rng.choice(self.sentences) for _ in range(rng.randint(2, 5))]
        while sum(len(s) + 1 for s in picked) <= MIN_PARAGRAPH_CHARS:
            picked.append(rng.choice(self.sentences))
        return " ".join(picked)

    def lead(self, rng: Random) -> str:
        if self.leads and rng.random() < 0.7:
            return rng.choice(self.leads)
        return self.paragraph(rng)

    def image(self, rng: Random) -> Image:
        return rng.choice(self.images)

    def byline(self, rng: Random) -> Byline:
        return rng.choice(self.bylines)

    def some_tags(self, rng: Random, count: int) -> tuple[str, ...]:
        return tuple(rng.sample(self.tags, min(count, len(self.tags))))


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph; those that open or close a quotation spanning sentences
    are left out, so that regrouped sentences never leave a quotation mark unmatched."""
    sentences = (s.strip() for s in _SENTENCE_END.split(text))
    return [s for s in sentences if s and s.count("“") == s.count("”") and s.count('"') % 2 == 0]
