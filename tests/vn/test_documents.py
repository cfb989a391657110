"""The fixed parts of an administrative document: motto, place and date, kind, signature."""

from __future__ import annotations

import pytest

from newscrawl.vn import document_part
from tests.vn.tables import table


@pytest.mark.parametrize(("text", "part"), table("documents.tsv"))
def test_document_part_table(text: str, part: str) -> None:
    assert document_part(text) == (part or None)
