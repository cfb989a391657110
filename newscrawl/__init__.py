"""newscrawl: faithful, machine-readable archives of Vietnamese provincial news portals.

The public API is imported lazily, so that `newscrawl.vn` (pure text functions) loads
without the page layer and its HTML dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract_article": "newscrawl.extract",
    "parse_timestamp": "newscrawl.vn",
    "parse_view_count": "newscrawl.vn",
    "parse_byline": "newscrawl.vn",
    "parse_caption": "newscrawl.vn",
    "Byline": "newscrawl.vn",
    "Caption": "newscrawl.vn",
}

if TYPE_CHECKING:
    from newscrawl.extract import extract_article
    from newscrawl.vn import (
        Byline,
        Caption,
        parse_byline,
        parse_caption,
        parse_timestamp,
        parse_view_count,
    )

__all__ = [
    "Byline",
    "Caption",
    "__version__",
    "extract_article",
    "parse_byline",
    "parse_caption",
    "parse_timestamp",
    "parse_view_count",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newscrawl' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
