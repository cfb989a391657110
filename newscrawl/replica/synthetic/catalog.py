"""The slots of a synthetic replica: when each article appeared, its id and its section.

Publication days are drawn the way the portal's ids grow: uniformly over its id range, mapped
to days through the (id, date) anchors of its site profile, so that busy years have more
articles and every id sits where its date says (the crawl flags ids far from their date). The
slots are kept in a few flat arrays, oldest first: a few dozen bytes per article.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from random import Random

from newscrawl.replica.model import VN_TZ, Content, Site
from newscrawl.replica.synthetic.articles import Slot

# Section weights: politics and society fill most of a provincial paper.
SECTION_WEIGHTS = {3: 30, 4: 15, 9: 20, 18: 15, 19: 10, 20: 10}
# Articles appear between 06:00 and 22:00, portal time.
DAY_START, DAY_END = 6 * 3600, 22 * 3600
# Drawn ids that collide move up by one; more drift than this means too many articles.
MAX_DRIFT_DAYS = 60
_EPOCH = datetime(2000, 1, 1, tzinfo=VN_TZ)

Anchor = tuple[int, date]


class Timeline:
    """Piecewise-linear id <-> day, extended past the first and last anchors."""

    def __init__(self, anchors: Sequence[Anchor]) -> None:
        if len(anchors) < 2:
            raise ValueError("at least two (id, date) anchors are needed")
        points = sorted((float(i), float(d.toordinal())) for i, d in anchors)
        self.ids = [p[0] for p in points]
        self.days = [p[1] for p in points]

    def id_at(self, day: float) -> float:
        return _interpolate(self.days, self.ids, day)

    def day_at(self, article_id: float) -> float:
        return _interpolate(self.ids, self.days, article_id)


def _interpolate(xs: list[float], ys: list[float], x: float) -> float:
    i = min(max(bisect.bisect_right(xs, x), 1), len(xs) - 1)
    (x0, x1), (y0, y1) = xs[i - 1 : i + 1], ys[i - 1 : i + 1]
    return y0 + (x - x0) * (y1 - y0) / (x1 - x0)


class Catalog:
    """`count` article slots, oldest first, drawn from `seed`."""

    def __init__(self, content: Content, count: int, seed: int, anchors: Sequence[Anchor]) -> None:
        if count < 1:
            raise ValueError("a replica needs at least one article")
        self.site: Site = content.site
        self.sections = tuple(s.id for s in content.sections)
        rng = Random(f"newscrawl-synthetic/{seed}")
        timeline = Timeline(anchors)
        first = date(self.site.first_year, 1, 1).toordinal()
        # The snapshot's day is the replica's "today": the articles stop the day before.
        last = self.site.snapshot.date().toordinal()
        low, high = timeline.id_at(first), timeline.id_at(last)
        drawn = sorted(rng.uniform(low, high) for _ in range(count))
        self.ids = array("q")
        self.published = array("q")  # seconds since 2000-01-01, portal time
        self.section_index = array("b")
        moments: list[tuple[int, int]] = []
        for value in drawn:
            day = date.fromordinal(int(timeline.day_at(value)))
            moments.append((day.toordinal(), rng.randrange(DAY_START, DAY_END)))
        moments.sort()  # the days already are in order; the times within a day now are
        weights = [SECTION_WEIGHTS.get(s, 10) for s in self.sections]
        previous = 0
        for value, (ordinal, seconds) in zip(drawn, moments, strict=True):
            article_id = max(previous + 1, int(value))
            drift = (article_id - value) / max(1.0, (high - low) / (last - first))
            if drift > MAX_DRIFT_DAYS:
                raise ValueError(
                    f"{count} articles do not fit the portal's id range from "
                    f"{self.site.first_year}; at most about {int((high - low) * 0.9)}"
                )
            previous = article_id
            moment = datetime.combine(date.fromordinal(ordinal), time(), VN_TZ)
            moment += timedelta(seconds=seconds)
            self.ids.append(article_id)
            self.published.append(int((moment - _EPOCH).total_seconds()))
            self.section_index.append(rng.choices(range(len(self.sections)), weights)[0])

    def __len__(self) -> int:
        return len(self.ids)

    def slot(self, index: int) -> Slot:
        published = _EPOCH + timedelta(seconds=self.published[index])
        return Slot(self.ids[index], self.sections[self.section_index[index]], published)

    def index_of(self, article_id: int) -> int:
        index = bisect.bisect_left(self.ids, article_id)
        if index == len(self.ids) or self.ids[index] != article_id:
            raise KeyError(article_id)
        return index

    def day_of(self, index: int) -> date:
        return (_EPOCH + timedelta(seconds=self.published[index])).date()
