"""How the extraction benchmark judges an answer against a page's expected export (the rules
are listed in `benchmarks/extraction.py`'s docstring)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

BODY_F1 = 0.9
VN = timezone(timedelta(hours=7))
_WORD = re.compile(r"\w+")


def is_right(name: str, got: Any, expected: Any) -> bool:
    if name == "title":
        return _clean(got) == _clean(expected)
    if name == "published_at":
        return _same_time(got, expected)
    if name == "body":
        return token_f1(got or "", expected) >= BODY_F1
    if name == "lead":
        return _clean(got) == _clean(expected)
    return bool(got == expected)


def truth(expected: dict[str, Any], name: str) -> Any:
    images = expected["images"]
    if name == "images":
        return [i["url"] for i in images]
    if name == "captions":
        return [(i["caption"], i["credit"]) for i in images]
    return expected[name]


def _clean(text: Any) -> str | None:
    return " ".join(unicodedata.normalize("NFC", text).split()) if isinstance(text, str) else None


def _same_time(got: Any, expected: str | None) -> bool:
    if expected is None or not got:
        return expected is None and not got
    try:
        answer = datetime.fromisoformat(str(got))
    except ValueError:
        return False
    readings = _readings(answer)
    if "T" not in expected:
        return date.fromisoformat(expected) in {r.date() for r in readings}
    minute = datetime.fromisoformat(expected).astimezone(VN).replace(second=0, tzinfo=None)
    return minute in {r.replace(second=0, microsecond=0) for r in readings}


def _readings(answer: datetime) -> set[datetime]:
    """The Vietnamese wall-clock times an answer can mean: its own offset's; a naive answer is
    taken as Vietnamese time or as UTC (htmldate converts to UTC), whichever is right."""
    if answer.tzinfo:
        return {answer.astimezone(VN).replace(tzinfo=None)}
    return {answer, answer.replace(tzinfo=UTC).astimezone(VN).replace(tzinfo=None)}


def token_f1(got: str, expected: str) -> float:
    a = Counter(_WORD.findall(unicodedata.normalize("NFC", got).lower()))
    b = Counter(_WORD.findall(unicodedata.normalize("NFC", expected).lower()))
    overlap = sum((a & b).values())
    if not a or not b or not overlap:
        return 1.0 if not a and not b else 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)
