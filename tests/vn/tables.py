"""The table tests' data: `data/*.tsv`, one row per real-world shape, as pytest params.

Cells are verbatim text except for the escapes `\\n`, `\\r`, `\\t` and `\\uXXXX`, so that line
breaks, invisible characters and decomposed letters can be written down.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([nrt]))")
_CONTROL = {"n": "\n", "r": "\r", "t": "\t"}


def unescape(cell: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else _CONTROL[m[2]], cell)


def table(name: str) -> list[Any]:
    """Rows of `data/{name}` as `pytest.param`s, without the id column, which becomes the id."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [pytest.param(*map(unescape, row[1:]), id=row[0]) for row in reader if row]


def names(cell: str) -> list[str]:
    """`"Minh Nguyệt; Kiên Trung"` -> the list; an empty cell is no names."""
    return [n for n in cell.split("; ") if n]


def nfd(text: str) -> str:
    """The text decomposed, as DNN and Windows tools store Vietnamese: the rows every `vn`
    function must read as they read the composed text."""
    return unicodedata.normalize("NFD", text)
