"""The generic layers alone read the portal's replica: its markup is one they were never told.

Each replica article page is read at a host no profile knows, so no selector helps; every field
a reader sees must still come out as the profile gives it. (Identity fields follow the generic
rules instead: `site`, `canonical_url`, `article_id`; `id_date_mismatch` needs the profile's id
ranges.)
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl import extract_article
from tests.pages.cases import Case, replica_cases

READ_FIELDS = [
    "category", "title", "lead", "body", "published_at", "published_at_raw", "modified_at",
    "modified_at_raw", "authors", "source", "byline_raw", "view_count", "view_count_raw",
    "view_count_observed_at", "images", "tags",
]  # fmt: skip


def _fields(article: dict[str, Any]) -> dict[str, Any]:
    found = {name: article[name] for name in READ_FIELDS}
    found["related"] = [link["title"] for link in article["related"]]
    return found


@pytest.mark.parametrize("case", replica_cases(), ids=[c.name for c in replica_cases()])
def test_replica_page_read_without_its_profile(case: Case) -> None:
    elsewhere = "https://tin-tuc.example.org" + urlsplit(case.url).path
    article = dict(extract_article(case.html.read_bytes(), elsewhere))
    assert article["site"] == "tin-tuc.example.org"
    assert _fields(article) == _fields(case.expected)
