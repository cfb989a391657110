"""When the portal spider's requests pass Scrapy's duplicate filter (spiders/requests.py).

The spider asks for each listing, article and picture once a run by itself; the filter's
fingerprints are kept only where they remember more than that: JOBDIR's `requests.seen`
across a resumed run, or a filter that several processes share.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import scrapy
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.test import get_crawler

from newscrawl.items import RawImage
from newscrawl.spiders.baothaibinh import BaothaibinhSpider
from newscrawl.state.runtime import CrawlState
from newscrawl.state.store import StateStore

PAGE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"
PICTURE = "https://media.baothaibinh.com.vn/upload/news/9_2022/159670_tham-tra_1.jpg"
LISTING = "https://baothaibinh.com.vn/tin-tuc/3/thoi-su"


class SharedDupeFilter(RFPDupeFilter):
    """Stands for a filter kept outside the process, as a Redis scheduler's is."""


def _requests(settings: dict[str, Any], tmp_path: Path, stateful: bool) -> list[scrapy.Request]:
    crawler = get_crawler(BaothaibinhSpider, {"NEWSCRAWL_WARC_DIR": str(tmp_path), **settings})
    spider = BaothaibinhSpider()
    spider._set_crawler(crawler)
    if stateful:  # what `state_for(crawler)` gives with a state directory
        store = StateStore(tmp_path / "state")
        state = CrawlState(store, 1, spider.name, "baothaibinh.com.vn", set(), set(), None, False)
        spider.__dict__["crawl_state"] = state
    listing = list(spider.follow(LISTING, spider.parse_section))
    articles = list(spider.articles([PAGE]))
    pictures = list(spider.media("159670", [RawImage(PICTURE)], PAGE))
    assert len(listing) == len(articles) == len(pictures) == 1
    return listing + articles + pictures


@pytest.mark.parametrize(
    ("settings", "stateful", "bypassed"),
    [
        pytest.param({}, False, True, id="in-memory filter: the spider's own sets suffice"),
        pytest.param({"JOBDIR": "job"}, False, False, id="JOBDIR: a resumed run remembers"),
        pytest.param(
            {"DUPEFILTER_CLASS": f"{__name__}.SharedDupeFilter"},
            False,
            False,
            id="a filter other processes share",
        ),
        pytest.param({}, True, True, id="state: the store decides"),
        pytest.param({"JOBDIR": "job"}, True, True, id="state and JOBDIR: a killed run asks again"),
    ],
)
def test_the_duplicate_filter_is_passed_only_where_it_remembers_more(
    settings: dict[str, Any], stateful: bool, bypassed: bool, tmp_path: Path
) -> None:
    requests = _requests(settings, tmp_path, stateful)
    assert [request.dont_filter for request in requests] == [bypassed] * 3
