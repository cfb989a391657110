"""Every field of every saved page, one test each: `extract_article(bytes, url)` against the truth.

`fixtures/pages/**`: generic markups the code was never tuned to (no profile) and the
thaibinhtv.vn profile; the replica's article pages: the Báo Thái Bình profile. A failure names
the page and the field, e.g. `test_field[legacy-table/py-ca-ngu-tuy-an-2012-published_at]`.
"""

from __future__ import annotations

import jsonschema
import pytest

from newscrawl import extract_article
from newscrawl.schema import article_schema
from tests.pages.cases import Case, all_cases, extracted, fields_of, fixture_cases

FIELD_CASES = [(case, field) for case in all_cases() for field in fields_of(case)]


@pytest.mark.parametrize(
    ("case", "field"), FIELD_CASES, ids=[f"{c.name}-{f}" for c, f in FIELD_CASES]
)
def test_field(case: Case, field: str) -> None:
    assert extracted(case).get(field) == case.expected[field]


@pytest.mark.parametrize("case", all_cases(), ids=[c.name for c in all_cases()])
def test_page_gives_a_valid_article(case: Case) -> None:
    article = extracted(case)
    article.setdefault("url", case.url)
    article.setdefault("fetched_at", "2026-11-26T00:00:00Z")
    validator = jsonschema.Draft202012Validator(article_schema())
    assert [e.message for e in validator.iter_errors(article)] == []


@pytest.mark.parametrize("case", fixture_cases(), ids=[c.name for c in fixture_cases()])
def test_text_is_passed_as_bytes_or_str_alike(case: Case) -> None:
    """Decoding is the page layer's job; a caller holding text gets the same article, but for
    `charset_mismatch`, which only bytes that contradict their declared charset can show."""
    if "cp1258" in case.name:
        text = case.html.read_bytes().decode("cp1258")
    else:
        text = case.html.read_text("utf-8")
    from_text = dict(extract_article(text, case.url, fetched_at=case.fetched_at))
    from_bytes = dict(extracted(case))
    if "charset_mismatch" in from_bytes["warnings"]:
        from_bytes["warnings"] = [w for w in from_bytes["warnings"] if w != "charset_mismatch"]
    assert from_text == from_bytes


def test_every_saved_page_is_covered() -> None:
    assert len(fixture_cases()) == 640
    assert len(all_cases()) == 640 + 53
    assert len(FIELD_CASES) == 640 * 25 + 53 * 22  # every exported field; no crawl fields
