"""The saved pages the page layer is held to, and what `extract_article` makes of each (once).

Two sets: `fixtures/pages/**` (one folder per markup, each `{name}.html` beside `{name}.json`;
the README there lists them) and the replica's article pages (`fixtures/portal/tin-tuc/**`,
expected in `fixtures/expected/portal-articles.jsonl`, read at the article's canonical URL, so
the profile comes from the host).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl import extract_article
from newscrawl.items import CRAWL_FIELDS
from tests.support import EXPECTED, REPLICA, ROOT, read_jsonl

PAGES = ROOT / "fixtures" / "pages"
FETCHED_AT = datetime(2026, 11, 26, tzinfo=UTC)
# Crawl-time fields: absent from the replica's expected items.


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: each page is one Case
class Case:
    name: str  # `legacy-table/py-ca-ngu-tuy-an-2012` or `replica/159670`
    html: Path
    url: str
    expected: dict[str, Any]
    fetched_at: datetime | None


@cache
def fixture_cases() -> tuple[Case, ...]:
    cases = []
    for path in sorted(PAGES.glob("**/*.json")):
        expected = json.loads(path.read_text("utf-8"))
        name = str(path.relative_to(PAGES).with_suffix(""))
        html = path.with_suffix(".html")
        cases.append(Case(name, html, expected["url"], expected, FETCHED_AT))
    return tuple(cases)


@cache
def replica_cases() -> tuple[Case, ...]:
    cases = []
    for expected in read_jsonl(EXPECTED):
        url = expected["canonical_url"]
        html = REPLICA / (urlsplit(url).path.lstrip("/") + ".html")
        cases.append(Case(f"replica/{expected['article_id']}", html, url, expected, None))
    return tuple(cases)


def all_cases() -> tuple[Case, ...]:
    return fixture_cases() + replica_cases()


@cache
def extracted(case: Case) -> dict[str, Any]:
    """The exported article for a case, from the page's bytes, as the crawl would export it."""
    return dict(extract_article(case.html.read_bytes(), case.url, fetched_at=case.fetched_at))


def fields_of(case: Case) -> list[str]:
    if case.fetched_at is None:
        return [f for f in case.expected if f not in CRAWL_FIELDS]
    return list(case.expected)
