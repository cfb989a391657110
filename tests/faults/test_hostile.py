"""The crawl against the hostile replica: exactly what is exported, what is reported and why,
nothing outside the portal contacted, memory bounded.

`fixtures/faults/hostile.json` puts one permanent fault on each of the paths below (docs/replica.md,
"The profiles in fixtures/faults/", lists them with what the crawler should do); the tables here
are that list, as outcomes of this crawler (docs/faults.md).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.failures import REASONS
from newscrawl.fetch.origins import Origin
from newscrawl.items import PAGE_FIELDS
from tests.faults.support import FAULTS, ReplicaCrawl, crawl_replica

pytestmark = pytest.mark.e2e

PROFILE = FAULTS / "hostile.json"

# Articles lost for good, and the reason the failures feed must give.
LOST = {
    "114010": "http_404",
    "153395": "http_410",
    "224601": "redirect_offsite",  # -> http://evil.example/...
    "215370": "redirect_offsite",  # -> http://10.0.0.1/
    "74152": "redirect_offsite",  # -> http://192.168.1.1/
    "76190": "redirect_offsite",  # -> http://127.0.0.1:{port + 1}/...
    "89980": "redirect_offsite",  # -> http://169.254.169.254/latest/meta-data/
    "207598": "redirect_loop",
    "207606": "too_large",  # a gzip bomb of 1 GiB
    "207589": "too_large",  # 30 MiB, over DOWNLOAD_MAXSIZE (10 MiB) as announced
    "159702": "not_html",  # a PDF
    "159548": "not_html",  # a JPEG
    "159601": "empty_body",
    "176650": "error_page",  # `Service Unavailable` under status 200
    "220730": "parse_error",  # 10,000 nested divs: libxml2 keeps 256 levels
}
# Exported, but the bytes contradicted the declared charset (or declared none): the text is
# recovered exactly, and flagged. Every other article is exported exactly as from the clean page.
RECOVERED = {
    "232190": "charset_mismatch",  # windows-1258 labelled UTF-8 (header and <meta>)
    "196220": "charset_mismatch",  # UTF-16 without BOM, labelled UTF-8
    "227336": "charset_guessed",  # windows-1258, no charset anywhere
}
# Listing pages that fail for good: their articles come from the date archive.
LOST_LISTINGS = {
    "/chuyen-muc/4/kinh-te/trang-2": ("http_5xx", 1),  # Retry-After 120 s: not retried early
    "/chuyen-muc/9/van-hoa-xa-hoi/trang-2": ("connection_lost", 3),
    "/chuyen-muc/18/nong-nghiep-nong-thon/trang-2": ("truncated", 3),
    "/chuyen-muc/20/phap-luat": ("timeout", 3),  # a 3 s stall, DOWNLOAD_TIMEOUT 2 s
}
# The other faulted articles, exported exactly as from the clean page.
SURVIVED = {
    "149040": "redirect-chain",
    "207644": "charset cp1258-header",
    "128004": "charset cp1258-meta",
    "102515": "charset utf16-bom",
    "139490": "charset utf8-undeclared",
    "213499": "malformed unclosed",
    "209861": "malformed garbage",
    "218845": "malformed nul",
    "187412": "drip",
}
OFFSITE_TARGETS = ("evil.example", "10.0.0.1", "192.168.1.1", "169.254.169.254")
# Peak RSS of the crawl process. A clean crawl of 10,000 articles peaks near 116 MB
# (BENCHMARKS.md); the gzip bomb alone would add 1 GiB and the oversized page 30 MiB (times the
# copies a parse makes).
MAX_RSS_MIB = 200


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> ReplicaCrawl:
    return crawl_replica(tmp_path_factory.mktemp("hostile"), PROFILE)


@pytest.fixture(scope="module")
def exported(crawl: ReplicaCrawl) -> dict[str, dict[str, Any]]:
    return {item["article_id"]: item for item in crawl.items}


def _path(url: str) -> str:
    return urlsplit(url).path


def _article_id(path: str) -> str | None:
    match = re.match(r"^/tin-tuc/(?:\d+/)?(\d+)/", path)
    return match.group(1) if match else None


def test_the_tables_cover_every_rule_of_the_profile() -> None:
    rules = json.loads(PROFILE.read_text("utf-8"))["rules"]
    ids = {
        m.group(1) for r in rules if (m := re.search(r"\(\?:\\d\+/\)\?(\d+)/", r.get("path", "")))
    }
    assert ids == set(LOST) | set(RECOVERED) | set(SURVIVED)
    listings = {
        r["path"].strip("^$") for r in rules if r.get("path", "").startswith("^/chuyen-muc")
    }
    assert listings == set(LOST_LISTINGS)


def test_the_crawl_finishes_healthy(crawl: ReplicaCrawl) -> None:
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.report["finish_reason"] == "finished"
    assert "Traceback" not in crawl.log


def test_exactly_the_expected_articles_are_exported_once(
    crawl: ReplicaCrawl, expected_articles: dict[str, Any]
) -> None:
    ids = Counter(item["article_id"] for item in crawl.items)
    assert {i: n for i, n in ids.items() if n > 1} == {}
    assert sorted(ids) == sorted(set(expected_articles) - set(LOST))


def test_exported_articles_are_those_of_the_clean_replica(
    exported: dict[str, dict[str, Any]], expected_articles: dict[str, Any]
) -> None:
    wrong: dict[str, dict[str, Any]] = {}
    for article_id, item in exported.items():
        truth = dict(expected_articles[article_id])
        if article_id in RECOVERED:
            truth["warnings"] = sorted([*truth["warnings"], RECOVERED[article_id]])
        diff = {f: (item.get(f), truth[f]) for f in PAGE_FIELDS if item.get(f) != truth[f]}
        if diff:
            wrong[article_id] = diff
    assert wrong == {}


def test_the_failures_feed_names_each_lost_article_once_with_its_reason(
    crawl: ReplicaCrawl,
) -> None:
    articles = [f for f in crawl.failures if f["kind"] == "article"]
    assert Counter(f["article_id"] for f in articles) == Counter(set(LOST))
    assert {f["article_id"]: f["reason"] for f in articles} == LOST


def test_the_failures_feed_names_the_lost_listings(crawl: ReplicaCrawl) -> None:
    listings = {
        _path(f["url"]): (f["reason"], f["attempts"])
        for f in crawl.failures
        if f["kind"] == "listing"
    }
    assert listings == LOST_LISTINGS
    assert len(crawl.failures) == len(LOST) + len(LOST_LISTINGS)


def test_every_discovered_article_ends_exported_or_failed_never_both(
    crawl: ReplicaCrawl, expected_articles: dict[str, Any]
) -> None:
    exported = {item["article_id"] for item in crawl.items}
    failed = {f["article_id"] for f in crawl.failures if f["kind"] == "article"}
    requested = {_article_id(_path(d["url"])) for d in crawl.downloads} - {None}
    assert exported.isdisjoint(failed)
    assert exported | failed == requested == set(expected_articles)


def test_failure_lines_follow_the_documented_format(crawl: ReplicaCrawl) -> None:
    now = datetime.now(UTC)
    assert crawl.failures
    for line in crawl.failures:
        assert set(line) == {
            "url", "reason", "kind", "article_id", "attempts", "last_status", "final_url",
            "detail", "time",
        }  # fmt: skip
        assert line["reason"] in REASONS
        assert Origin.of(line["url"]) == Origin.of(crawl.base_url)
        when = datetime.strptime(line["time"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert now - timedelta(minutes=10) < when <= now
        assert line["detail"]


@pytest.mark.parametrize(
    ("article_id", "last_status", "final_host"),
    [
        ("114010", 404, None),
        ("153395", 410, None),
        ("224601", 302, "evil.example"),
        ("215370", 302, "10.0.0.1"),
        ("89980", 302, "169.254.169.254"),
        ("207598", 302, "127.0.0.1"),
        ("159702", 200, None),
        ("159601", 200, None),
        ("207589", None, None),
    ],
)
def test_failure_lines_say_what_was_seen(
    crawl: ReplicaCrawl, article_id: str, last_status: int | None, final_host: str | None
) -> None:
    line = next(f for f in crawl.failures if f["article_id"] == article_id)
    assert line["last_status"] == last_status
    final = urlsplit(line["final_url"]).hostname if line["final_url"] else None
    assert final == final_host


def test_attempts_are_the_requests_the_server_received(crawl: ReplicaCrawl) -> None:
    assert crawl.faults is not None
    seen = crawl.faults["attempts"]
    assert {_path(f["url"]): f["attempts"] for f in crawl.failures} == {
        _path(f["url"]): seen[_path(f["url"])] for f in crawl.failures
    }


def test_no_request_left_the_portal(crawl: ReplicaCrawl) -> None:
    base = Origin.of(crawl.base_url)
    assert [d["url"] for d in crawl.downloads if Origin.of(d["url"]) != base] == []
    assert not any(t in d["url"] for d in crawl.downloads for t in OFFSITE_TARGETS)
    # The server on the next port (the `redirect-loopback` target) received nothing.
    assert crawl.neighbour == []
    # Every download the crawl started reached the portal, and nothing else did.
    assert crawl.faults is not None
    assert len(crawl.downloads) == crawl.faults["requests"] == crawl.report["requests"]


def test_refused_redirects_are_counted(crawl: ReplicaCrawl) -> None:
    offsite = [i for i, reason in LOST.items() if reason == "redirect_offsite"]
    assert crawl.report["offsite_refused"] == len(offsite)


def test_the_calendar_trap_is_not_walked(crawl: ReplicaCrawl, manifest: dict[str, Any]) -> None:
    archive = Counter(_path(d["url"]) for d in crawl.downloads if "/xem-tin-theo-ngay/" in d["url"])
    assert {p: n for p, n in archive.items() if n > 1} == {}
    assert sorted(archive) == sorted(manifest["archive_day_paths"])


def test_tracking_variants_are_one_url(crawl: ReplicaCrawl) -> None:
    assert crawl.faults is not None
    assert crawl.faults["counts"]["tracking-links"] > 0  # the variants were on the pages
    queries = [d["url"] for d in crawl.downloads if urlsplit(d["url"]).query]
    assert all("_hop=" in url or "_loop=" in url for url in queries), queries
    assert [i["url"] for i in crawl.items if "?" in i["url"] and "_hop=" not in i["url"]] == []


def test_robots_txt_is_obeyed(crawl: ReplicaCrawl) -> None:
    paths = [_path(d["url"]) for d in crawl.downloads]
    assert paths.count("/robots.txt") == 1
    assert [p for p in paths if p.startswith(("/tim-kiem", "/admin"))] == []


def test_memory_stays_bounded(crawl: ReplicaCrawl) -> None:
    assert crawl.peak_rss_mib < MAX_RSS_MIB


def test_the_run_report_counts_the_feed(crawl: ReplicaCrawl) -> None:
    assert crawl.report["failures"] == Counter(f["reason"] for f in crawl.failures)
    assert crawl.report["articles"]["exported"] == len(crawl.items)
    warnings = crawl.report["warnings"]
    assert warnings.get("charset_mismatch") == 2
    assert warnings.get("charset_guessed") == 1
