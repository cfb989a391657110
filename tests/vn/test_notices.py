"""The site's masthead, told by its words."""

from __future__ import annotations

import pytest

from newscrawl.vn import masthead_kinds, reads_as_masthead
from tests.vn.tables import table


@pytest.mark.parametrize(("line", "kinds"), table("masthead_kinds.tsv"))
def test_masthead_kinds_table(line: str, kinds: str) -> None:
    assert masthead_kinds(line) == frozenset(kinds.split(",") if kinds else ())


@pytest.mark.parametrize(("text", "expected"), table("masthead.tsv"))
def test_reads_as_masthead_table(text: str, expected: str) -> None:
    assert reads_as_masthead(text) is (expected == "true")
