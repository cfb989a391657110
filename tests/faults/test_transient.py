"""Transient faults only (each path fails at most twice, then behaves): nothing may be lost.

The export under `fixtures/faults/transient.json` must equal a clean crawl's, article for
article, every field but the crawl-time ones; the retries must be the crawler's own, spaced as
the backoff and the server's `Retry-After` say, without holding up other downloads.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.items import CRAWL_FIELDS
from newscrawl.server.faults import faulty_handler
from tests.faults.support import FAST, FAULTS, ReplicaCrawl, crawl_replica

pytestmark = pytest.mark.e2e

PROFILE = FAULTS / "transient.json"
FAULT_KINDS = {"503", "500", "502", "429", "reset", "truncate", "stall", "drip", "redirect-chain"}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> ReplicaCrawl:
    return crawl_replica(tmp_path_factory.mktemp("clean"), None)


@pytest.fixture(scope="module")
def transient(tmp_path_factory: pytest.TempPathFactory) -> ReplicaCrawl:
    return crawl_replica(tmp_path_factory.mktemp("transient"), PROFILE)


def _by_id(crawl: ReplicaCrawl) -> dict[str, dict[str, Any]]:
    return {item["article_id"]: item for item in crawl.items}


def test_the_faults_were_there(transient: ReplicaCrawl) -> None:
    assert transient.faults is not None
    assert set(transient.faults["counts"]) == FAULT_KINDS
    assert transient.returncode == 0, transient.log[-3000:]


def test_the_export_equals_a_clean_crawls_article_for_article(
    clean: ReplicaCrawl, transient: ReplicaCrawl
) -> None:
    want, got = _by_id(clean), _by_id(transient)
    assert len(transient.items) == len(got) == len(want) == 53
    assert sorted(got) == sorted(want)
    wrong = {
        article_id: sorted(
            f for f in item if f not in CRAWL_FIELDS and item[f] != got[article_id].get(f)
        )
        for article_id, item in want.items()
    }
    assert {i: fields for i, fields in wrong.items() if fields} == {}
    # The URL is the same page (a redirect chain may add its own `?_hop=0`).
    assert {i: urlsplit(a["url"]).path for i, a in got.items()} == {
        i: urlsplit(a["url"]).path for i, a in want.items()
    }


def test_nothing_is_reported_lost(clean: ReplicaCrawl, transient: ReplicaCrawl) -> None:
    assert clean.failures == []
    assert transient.failures == []
    assert transient.report["failures"] == {}
    assert transient.report["retries"]["count"] > 0
    assert transient.report["retries"]["gave_up"] == 0


def test_the_clean_crawl_is_the_bundled_one(clean: ReplicaCrawl) -> None:
    assert len(clean.downloads) == 265
    assert clean.report["retries"]["count"] == 0


def test_every_retry_is_a_request_the_server_counted(transient: ReplicaCrawl) -> None:
    """No invisible retries (Twisted's pool retries a reused connection by itself unless told
    not to): what the crawl downloaded is exactly what the server received, path by path."""
    assert transient.faults is not None
    downloaded = Counter(urlsplit(d["url"]).path for d in transient.downloads)
    received = Counter(e["path"] for e in transient.faults["events"])
    assert downloaded == received


def _downloads_by_url(crawl: ReplicaCrawl) -> dict[str, list[tuple[int, float]]]:
    by_url: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for position, download in enumerate(crawl.downloads):
        by_url[download["url"]].append((position, download["at"]))
    return by_url


def test_retry_after_is_honoured_without_holding_up_other_downloads(
    transient: ReplicaCrawl,
) -> None:
    assert transient.faults is not None
    # Which rule answered a path's first attempt: the same profile decides the same way.
    selector = faulty_handler(PROFILE).selector
    told_to_wait = set()
    for path in transient.faults["injected"]:
        rule = selector.decide(path, 1).response
        # Retry-After: 1 as seconds (the HTTP-date form has a one-second resolution).
        if rule is not None and rule.params.get("retry_after") == 1 and not rule.params["date"]:
            told_to_wait.add(path)
    assert told_to_wait
    by_url = _downloads_by_url(transient)
    checked = 0
    for url, attempts in by_url.items():
        if urlsplit(url).path not in told_to_wait or len(attempts) < 2:
            continue
        (first, first_at), (second, second_at) = attempts[:2]
        assert second_at - first_at >= 1.0, url  # Retry-After: 1
        assert second - first > 1, url  # other downloads went on meanwhile
        checked += 1
    assert checked >= 5


def test_backoff_spaces_retries_of_other_faults(transient: ReplicaCrawl) -> None:
    base = float(FAST["NEWSCRAWL_RETRY_BASE_DELAY"])
    gaps = [
        later[1] - earlier[1]
        for attempts in _downloads_by_url(transient).values()
        for earlier, later in itertools.pairwise(attempts)
    ]
    assert gaps
    assert min(gaps) >= base
