"""The exports as DuckDB reads them through `newscrawl duckdb-view` (schema/sql.py): every
column typed from the JSON Schema, none guessed from the first lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newscrawl.cli import main
from newscrawl.failures import FailureRecord
from newscrawl.items import Article
from newscrawl.schema import article_schema
from newscrawl.schema.sql import FAILURE_COLUMNS, duckdb_columns, duckdb_type, view_sql
from tests.support import EXPECTED as REPLICA_EXPORT

ARTICLE_URL = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ({"type": "string"}, "VARCHAR"),
        ({"type": ["string", "null"]}, "VARCHAR"),
        ({"type": ["integer", "null"], "minimum": 0}, "BIGINT"),
        ({"type": "array", "items": {"type": "string"}}, "VARCHAR[]"),
        (
            {"type": "array", "items": {"type": "object", "properties": {
                "url": {"type": "string"}, "caption": {"type": ["string", "null"]}}}},
            'STRUCT("url" VARCHAR, "caption" VARCHAR)[]',
        ),
        # `offset` is an SQL keyword: every field name is quoted
        (
            {"oneOf": [{"type": "null"}, {"type": "object", "properties": {
                "file": {"type": "string"}, "offset": {"type": "integer"}}}]},
            'STRUCT("file" VARCHAR, "offset" BIGINT)',
        ),
        ({"const": 2}, "BIGINT"),
    ],
)  # fmt: skip
def test_a_json_schema_value_has_its_duckdb_type(spec: dict[str, Any], expected: str) -> None:
    assert duckdb_type(spec) == expected


def test_every_exported_field_is_a_column_in_the_export_s_order() -> None:
    assert list(duckdb_columns()) == list(Article.__annotations__)
    assert set(duckdb_columns()) == set(article_schema()["properties"])


def _view(*paths: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute(view_sql([str(p) for p in paths]))
    return connection


def _rows(connection: duckdb.DuckDBPyConnection, query: str) -> list[dict[str, Any]]:
    cursor = connection.execute(query)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_the_replica_s_export_reads_as_written() -> None:
    written = [json.loads(line) for line in REPLICA_EXPORT.read_text("utf-8").splitlines()]
    read = _rows(_view(REPLICA_EXPORT), "SELECT * FROM articles")
    assert len(read) == len(written) == 53
    for row, article in zip(read, written, strict=True):
        for field in ("article_id", "title", "body", "published_at", "authors", "view_count",
                      "tags", "warnings", "images", "related"):  # fmt: skip
            assert row[field] == article[field], (article["article_id"], field)
        assert str(row["published_date"] or "") == (article["published_at"] or "")[:10]


def _line(base: dict[str, Any], **fields: Any) -> str:
    return json.dumps(base | fields, ensure_ascii=False) + "\n"


def test_a_field_null_on_every_line_duckdb_samples_is_still_read(tmp_path: Path) -> None:
    # DuckDB's `read_json_auto` infers types from the first 20,480 lines: there, `modified_at`
    # would be a column of type NULL, and the value on the last line read as NULL.
    base = json.loads(REPLICA_EXPORT.read_text("utf-8").splitlines()[3])
    export = tmp_path / "articles.jsonl"
    with export.open("w", encoding="utf-8") as out:
        out.writelines(_line(base, article_id=str(i)) for i in range(20_480))
        late_fields = {
            "modified_at": "2024-05-21T08:00:00+07:00",
            "published_at": "2024-05-20",
            "warnings": ["published_at_conflict"],
        }
        out.write(_line(base, article_id="late", **late_fields))
    late = _rows(_view(export), "SELECT * FROM articles WHERE article_id = 'late'")[0]
    assert late["modified_at"] == "2024-05-21T08:00:00+07:00"
    assert late["modified_at_ts"].isoformat() == "2024-05-21T01:00:00+00:00"
    assert str(late["modified_date"]) == "2024-05-21"
    # A date alone is no instant: the date is kept, the time left NULL
    assert (late["published_at_ts"], str(late["published_date"])) == (None, "2024-05-20")
    assert late["warnings"] == ["published_at_conflict"]


def test_the_command_prints_a_view_over_every_file_a_glob_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for run in ("2024-11-01", "2024-11-02"):
        (tmp_path / f"articles-{run}.jsonl").write_bytes(REPLICA_EXPORT.read_bytes())
    assert main(["duckdb-view", str(tmp_path / "articles-*.jsonl"), "--name", "exports"]) == 0
    connection = duckdb.connect()
    connection.execute(capsys.readouterr().out)
    assert connection.execute("SELECT count(*) FROM exports").fetchone() == (106,)


def test_a_view_name_that_is_no_plain_name_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["duckdb-view", "a.jsonl", "--name", "x; DROP TABLE y"]) == 2
    assert "not a plain SQL name" in capsys.readouterr().err


def test_paths_are_made_absolute_so_the_view_reads_from_anywhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    sql = view_sql(["~/exports/*.jsonl", "runs/a.jsonl"])
    assert f"['{tmp_path}/home/exports/*.jsonl', '{tmp_path}/runs/a.jsonl']" in sql


def test_the_failures_feed_s_columns_are_a_failure_record_s_fields() -> None:
    record = FailureRecord("https://baothaibinh.com.vn/tin-tuc/3/1/x", "http_404")
    assert list(FAILURE_COLUMNS) == list(record.to_json())


def test_a_failures_feed_reads_a_field_null_on_every_line_duckdb_samples(tmp_path: Path) -> None:
    base = FailureRecord("https://baothaibinh.com.vn/tin-tuc/3/1/x", "timeout").to_json()
    feed = tmp_path / "failures.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        out.writelines(_line(base) for _ in range(20_480))
        out.write(_line(base, reason="redirect_offsite", last_status=301,
                        final_url="https://example.org/x"))  # fmt: skip
    connection = duckdb.connect()
    connection.execute(view_sql([str(feed)], "failures", kind="failures"))
    late = _rows(connection, "SELECT * FROM failures WHERE final_url IS NOT NULL")
    assert [(r["reason"], r["last_status"], r["final_url"]) for r in late] == [
        ("redirect_offsite", 301, "https://example.org/x")
    ]


def test_the_view_count_history_orders_its_times_across_zones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `observed_at`: the page's clock (+07:00) or the fetch's (UTC)
    views = tmp_path / "views.jsonl"
    lines = [("2024-11-22T02:00:00Z", 25), ("2024-11-22T08:30:00+07:00", 10)]
    views.write_text("".join(
        json.dumps({"site": "baothaibinh.com.vn", "article_id": "159670", "view_count": count,
                    "observed_at": seen, "url": ARTICLE_URL}) + "\n"
        for seen, count in lines
    ))  # fmt: skip
    assert main(["duckdb-view", "--kind", "views", str(views)]) == 0
    connection = duckdb.connect()
    connection.execute(capsys.readouterr().out)
    ordered = connection.execute("SELECT view_count FROM views ORDER BY observed_at").fetchall()
    assert ordered == [(10,), (25,)]  # 01:30 UTC before 02:00 UTC, though not as text


def test_the_changes_feed_reads_the_new_version_typed_as_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # state/changes.py: an edit carries the new version whole; a takedown carries none
    article = json.loads(REPLICA_EXPORT.read_text("utf-8").splitlines()[0])
    base = {
        "site": article["site"],
        "article_id": article["article_id"],
        "url": ARTICLE_URL,
        "final_url": None,
        "previous_fetched_at": "2025-06-01T00:00:00Z",
    }
    lines = [
        {**base, "change": "edited", "observed_at": "2025-07-01T00:00:00Z",
         "fields": ["title"], "reason": None, "article": {**article, "title": "Tin đã sửa"}},
        {**base, "change": "removed", "observed_at": "2025-08-01T00:00:00Z", "fields": None,
         "reason": "http_404", "article": None},
    ]  # fmt: skip
    changes = tmp_path / "changes.jsonl"
    changes.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    assert main(["duckdb-view", "--kind", "changes", str(changes)]) == 0
    connection = duckdb.connect()
    connection.execute(capsys.readouterr().out)
    rows = _rows(
        connection,
        "SELECT change, fields, reason, article.title AS title,"
        " article.published_at AS published_at FROM changes ORDER BY observed_at",
    )
    assert rows == [
        {"change": "edited", "fields": ["title"], "reason": None, "title": "Tin đã sửa",
         "published_at": article["published_at"]},
        {"change": "removed", "fields": None, "reason": "http_404", "title": None,
         "published_at": None},
    ]  # fmt: skip
