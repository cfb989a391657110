"""A paper's or an agency's dateline opening an article's first paragraph."""

from __future__ import annotations

import pytest

from newscrawl.vn import opens_with_dateline
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "expected"), table("datelines.tsv"))
def test_opens_with_dateline_table(text: str, expected: str) -> None:
    assert opens_with_dateline(text) is (expected == "true")
