"""The site's masthead, told by its words."""

from __future__ import annotations

import pytest

from newscrawl.vn import (
    announces_reloads,
    asks_for_tips,
    counts_visitors_online,
    discloses_sponsorship,
    is_error_notice,
    masthead_kinds,
    reads_as_masthead,
    says_page_is_gone,
)
from tests.vn.tables import table


@pytest.mark.parametrize(("line", "kinds"), table("masthead_kinds.tsv"))
def test_masthead_kinds_table(line: str, kinds: str) -> None:
    assert masthead_kinds(line) == frozenset(kinds.split(",") if kinds else ())


@pytest.mark.parametrize(("text", "expected"), table("masthead.tsv"))
def test_reads_as_masthead_table(text: str, expected: str) -> None:
    assert reads_as_masthead(text) is (expected == "true")


@pytest.mark.parametrize(("title", "expected", "says_gone"), table("error_notices.tsv"))
def test_is_error_notice_table(title: str, expected: str, says_gone: str) -> None:
    assert is_error_notice(title) is (expected == "true")


@pytest.mark.parametrize(("title", "expected", "says_gone"), table("error_notices.tsv"))
def test_says_page_is_gone_table(title: str, expected: str, says_gone: str) -> None:
    # What a revisit takes for a takedown under status 200 (state/changes.py); a server that
    # is down or busy says nothing of the article.
    assert says_page_is_gone(title) is (says_gone == "true")


@pytest.mark.parametrize(("text", "expected"), table("sponsor_disclosures.tsv"))
def test_discloses_sponsorship_table(text: str, expected: str) -> None:
    assert discloses_sponsorship(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("tip_calls.tsv"))
def test_asks_for_tips_table(text: str, expected: str) -> None:
    assert asks_for_tips(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("visitors_online.tsv"))
def test_counts_visitors_online_table(text: str, expected: str) -> None:
    assert counts_visitors_online(text) is (expected == "true")


@pytest.mark.parametrize(("text", "expected"), table("reload_notices.tsv"))
def test_announces_reloads_table(text: str, expected: str) -> None:
    assert announces_reloads(text) is (expected == "true")
