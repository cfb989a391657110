"""Columns added to the state's tables after their first release.

A state directory outlives the newscrawl that wrote it: a table created before a column existed
gains it, empty (NULL), when a newer newscrawl opens the state.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def add_missing_columns(db: sqlite3.Connection, table: str, columns: Iterable[str]) -> None:
    """Give `table` each of `columns` (TEXT) it lacks."""
    present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    for column in columns:
        if column not in present:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
