"""The site's masthead, told by its words."""

from __future__ import annotations

import pytest

from newscrawl.vn import is_error_notice, masthead_kinds, reads_as_masthead
from tests.vn.tables import table


@pytest.mark.parametrize(("line", "kinds"), table("masthead_kinds.tsv"))
def test_masthead_kinds_table(line: str, kinds: str) -> None:
    assert masthead_kinds(line) == frozenset(kinds.split(",") if kinds else ())


@pytest.mark.parametrize(("text", "expected"), table("masthead.tsv"))
def test_reads_as_masthead_table(text: str, expected: str) -> None:
    assert reads_as_masthead(text) is (expected == "true")


@pytest.mark.parametrize(("title", "expected"), table("error_notices.tsv"))
def test_is_error_notice_table(title: str, expected: str) -> None:
    assert is_error_notice(title) is (expected == "true")
