"""The README's examples of loading an export, run as written on the replica's export."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.support import EXPECTED, ROOT

_EXAMPLE = re.compile(r"<!-- analysis-example -->\n```python\n(.*?)```", re.DOTALL)
EXAMPLES = _EXAMPLE.findall((ROOT / "README.md").read_text("utf-8"))


def _run(example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    shutil.copy(EXPECTED, tmp_path / "articles.jsonl")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(compile(example, "README.md", "exec"), namespace)  # our own README, run as a reader would
    return namespace


def test_the_readme_shows_a_pandas_and_a_duckdb_example() -> None:
    assert [("pandas" in e, "duckdb" in e) for e in EXAMPLES] == [(True, False), (False, True)]


def test_pandas_reads_ids_as_names_counts_as_integers_and_dates_as_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _run(EXAMPLES[0], tmp_path, monkeypatch)["articles"]
    assert len(articles) == 53
    assert set(map(type, articles["article_id"])) == {str}
    assert str(articles["view_count"].dtype) == "Int64"
    assert articles["published_date"].dtype.kind == "M"
    dated = articles.dropna(subset=["published_at"])
    assert list(dated["published_date"].dt.strftime("%Y-%m-%d")) == [
        text[:10] for text in dated["published_at"]
    ]


def test_duckdb_reads_the_export_through_the_typed_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _run(EXAMPLES[1], tmp_path, monkeypatch)["db"]
    assert "Thời sự" in capsys.readouterr().out
    assert db.execute("SELECT count(*), count(published_date) FROM articles").fetchone() == (
        53,
        47,
    )
