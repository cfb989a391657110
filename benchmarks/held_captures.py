"""Memory the archive spiders hold while they list an index: each article's captures.

    python -m benchmarks.held_captures            # 100,000 articles
    python -m benchmarks.held_captures --quick    # CI smoke: 2,000 articles

The Wayback and Common Crawl spiders read no article until every listing has ended, so that an
article's captures listed in different replies (or crawls) are weighed together
(`pages.cdx.CapturesByArticle`). This holds that many articles with two captures each, at
addresses as long as the portal's, with and without Common Crawl's record locations (file,
offset, length), and prints what Python allocated for them (tracemalloc) per article; and,
for comparison, what the same articles' capture requests take, were they all scheduled at once
(the spider schedules them NEWSCRAWL_ARCHIVE_BATCH at a time).
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc

from benchmarks import machine
from newscrawl.pages.cdx import CapturesByArticle, IndexedCapture

SLUG = "so-sanh-cac-phuong-an-sap-xep-don-vi-hanh-chinh-cap-xa-tren-dia-ban-tinh"
STAMPS = ("20190301083000", "20230301083000")
# A Common Crawl record's place, as long as theirs are
RECORD = (
    "crawl-data/CC-MAIN-2024-33/segments/1722640365107.3/warc/"
    "CC-MAIN-20240802013711-20240802043711-{n:05d}.warc.gz {offset} {length}"
)


def held_bytes(articles: int, *, records: bool) -> int:
    """What holding `articles` articles of two captures allocates, in bytes."""
    tracemalloc.start()
    held = CapturesByArticle(keep=4)
    for number in range(articles):
        article_id = str(100_000 + number)
        for copy, stamp in enumerate(STAMPS):
            record = RECORD.format(n=copy, offset=number * 7919, length=20_000 + number % 9_000)
            held.add(
                article_id,
                IndexedCapture(
                    f"https://baothaibinh.com.vn/tin-tuc/3/{article_id}/{SLUG}",
                    stamp,
                    record if records else "",
                ),
            )
    allocated, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(held) == articles
    return allocated


def request_bytes(articles: int) -> int:
    """What the same articles' capture requests allocate, were they all scheduled at once."""
    from scrapy.utils.test import get_crawler

    from newscrawl.spiders.baothaibinh import BaothaibinhWaybackSpider

    spider = BaothaibinhWaybackSpider()
    spider._set_crawler(get_crawler(BaothaibinhWaybackSpider))
    tracemalloc.start()
    requests = []
    for number in range(articles):
        article_id = str(100_000 + number)
        address = f"https://baothaibinh.com.vn/tin-tuc/3/{article_id}/{SLUG}"
        captures = [[stamp, address, ""] for stamp in STAMPS]
        requests.append(spider._capture_request(f"baothaibinh.com.vn:{article_id}", captures))
    allocated, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return allocated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2,000 articles (CI)")
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args(argv)
    articles = 2_000 if args.quick else args.articles
    print(f"machine: {machine.describe()}")
    print(f"Held captures: {articles:,} articles, two captures each, while the listing lasts")
    print()
    print(f"{'captures':<38} {'MB':>8} {'bytes/article':>14}")
    for label, records in (("Wayback (time, address)", False),
                           ("Common Crawl (+ file, offset, length)", True)):  # fmt: skip
        allocated = held_bytes(articles, records=records)
        print(f"{label:<38} {allocated / 1e6:>8.1f} {allocated / articles:>14,.0f}")
    allocated = request_bytes(articles)
    label = "as requests (Wayback), all at once"
    print(f"{label:<38} {allocated / 1e6:>8.1f} {allocated / articles:>14,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
