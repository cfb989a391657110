"""`newscrawl duckdb-view EXPORTS...`: the SQL that makes the exports a typed DuckDB view."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from newscrawl.schema.sql import KINDS, view_sql

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "duckdb-view",
        help="print the SQL of a DuckDB view over exported JSONL files, every column typed",
        description="Print a CREATE VIEW statement that reads exported JSONL files (globs "
        "allowed: 'exports/*.jsonl') with every column typed from the article's JSON Schema, "
        "rather than guessed from the first lines. Pipe it into the duckdb shell: "
        "newscrawl duckdb-view 'exports/*.jsonl' | duckdb archive.duckdb",
    )
    parser.add_argument("exports", nargs="+", metavar="EXPORT_OR_GLOB")
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="articles",
        help="what the files are: exported articles (default), a failures feed, or the "
        "view-count history (views.jsonl)",
    )
    parser.add_argument("--name", help="the view's name (default: the kind)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    name = args.name or args.kind
    if not _NAME.fullmatch(name):
        print(f"newscrawl duckdb-view: not a plain SQL name: {name!r}", file=sys.stderr)
        return 2
    sys.stdout.write(view_sql(args.exports, name, args.kind))
    return 0
