"""The exported JSONL as DuckDB should read it: every column typed from the article's JSON Schema.

DuckDB's `read_json_auto` infers each column's type from the first 20,480 lines. A field that is
null on all of them (`modified_at`, on a portal that seldom prints an update line) becomes a
column of type NULL, and every later value is read as NULL without a word. With the columns
named, nothing is sampled and every file of a scheduled job's exports reads alike.

The view keeps each field as exported and adds what the strings do not type by themselves:
`published_at` is a time at `+07:00` or, when the page gave no time, a date, so it stays text,
beside `published_at_ts` (the instant, NULL for a date alone) and `published_date` (the date as
the portal printed it, in its own time zone); the same for `modified_at`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newscrawl.schema import article_schema

# Exported as text on purpose: a time or a date alone (see above).
_DATED = ("published_at", "modified_at")
# Always a whole UTC or +07:00 time (the schema's pattern): typed on reading.
_TIMESTAMPS = ("fetched_at", "view_count_observed_at")


def duckdb_type(spec: dict[str, Any]) -> str:
    """The DuckDB type of a JSON Schema value (a field's, or an array item's)."""
    if "oneOf" in spec:  # `null` or one kind of object (`warc`)
        kinds = [s for s in spec["oneOf"] if s.get("type") != "null"]
        if len(kinds) != 1:
            raise ValueError(f"no single DuckDB type for {spec}")
        return duckdb_type(kinds[0])
    if "const" in spec:
        return "BIGINT" if isinstance(spec["const"], int) else "VARCHAR"
    kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
    kind = next(k for k in kinds if k != "null")
    if kind == "array":
        return duckdb_type(spec["items"]) + "[]"
    if kind == "object":
        fields = ", ".join(
            f'"{name}" {duckdb_type(field)}' for name, field in spec["properties"].items()
        )
        return f"STRUCT({fields})"
    return {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}[
        kind
    ]


def duckdb_columns() -> dict[str, str]:
    """Every exported field, in the export's order, with the type DuckDB should read it as."""
    columns = {name: duckdb_type(spec) for name, spec in article_schema()["properties"].items()}
    for name in _TIMESTAMPS:
        columns[name] = "TIMESTAMPTZ"
    return columns


# The other JSON lines a crawl writes: the failures feed (`failures.FailureRecord`), the
# view-count history of scheduled runs (`views.jsonl`) and their changes feed (below). All have
# fields null on most lines.
FAILURE_COLUMNS = {
    "url": "VARCHAR",
    "reason": "VARCHAR",
    "kind": "VARCHAR",
    "article_id": "VARCHAR",
    "attempts": "BIGINT",
    "last_status": "BIGINT",
    "final_url": "VARCHAR",
    "detail": "VARCHAR",
    "time": "TIMESTAMPTZ",
}
VIEW_COLUMNS = {
    "site": "VARCHAR",
    "article_id": "VARCHAR",
    "view_count": "BIGINT",
    "observed_at": "TIMESTAMPTZ",
    "url": "VARCHAR",
}
# The edits and takedowns scheduled runs' revisits find (`changes.jsonl`, state/changes.py):
# `fields` is null when the state could not tell which changed, `article` the new version,
# typed as the export is.
CHANGE_COLUMNS = {
    "site": "VARCHAR",
    "article_id": "VARCHAR",
    "url": "VARCHAR",
    "change": "VARCHAR",
    "observed_at": "TIMESTAMPTZ",
    "fields": "VARCHAR[]",
    "extraction_changed": "BOOLEAN",
    "reason": "VARCHAR",
    "final_url": "VARCHAR",
    "previous_fetched_at": "TIMESTAMPTZ",
    "article": "STRUCT("
    + ", ".join(f'"{name}" {type_}' for name, type_ in duckdb_columns().items())
    + ")",
}
_OTHERS = {"failures": FAILURE_COLUMNS, "views": VIEW_COLUMNS, "changes": CHANGE_COLUMNS}
KINDS = ("articles", *_OTHERS)


def view_sql(paths: list[str], name: str = "articles", kind: str = "articles") -> str:
    """A `CREATE VIEW` over files of one kind (`KINDS`; globs allowed), for the `duckdb` shell
    or a client."""
    files = ", ".join(_literal(str(Path(path).expanduser().absolute())) for path in paths)
    typed = duckdb_columns() if kind == "articles" else _OTHERS[kind]
    columns = ",\n        ".join(
        f"{_literal(column)}: {_literal(type_)}" for column, type_ in typed.items()
    )
    derived = "".join(
        f",\n    CASE WHEN length({field}) > 10 THEN CAST({field} AS TIMESTAMPTZ) END"
        f" AS {field}_ts,\n    CAST({field}[1:10] AS DATE) AS {field.removesuffix('_at')}_date"
        for field in (_DATED if kind == "articles" else ())
    )
    return (
        f'CREATE OR REPLACE VIEW "{name}" AS\n'
        f"SELECT\n    *{derived}\n"
        f"FROM read_json(\n    [{files}],\n    format = 'newline_delimited',\n"
        f"    columns = {{\n        {columns}\n    }}\n);\n"
    )


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
