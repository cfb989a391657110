"""Vietnamese news timestamps: `newscrawl.vn.parse_timestamp` against dateparser and dateutil.

All three read the same labelled strings (`benchmarks/data/timestamps.tsv`, real-world shapes
from Vietnamese news and government sites, with expected values) in one run; the table shows
accuracy and the median time per string over repeated runs.

Fair to the competitors: a naive result is taken as Vietnamese wall-clock time, a datetime is
right for a date-only string when its date is, and both get the reference time for relative
forms (dateparser as RELATIVE_BASE, dateutil as `default`).

    PYTHONPATH=. python benchmarks/vn_parsers.py [--quick] [--repeats N] [--misses]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from dateutil import parser as dateutil_parser

from newscrawl.vn import parse_timestamp

VN = timezone(timedelta(hours=7))
CORPUS = Path(__file__).parent / "data" / "timestamps.tsv"
# The relative rows of the corpus ("2 giờ trước") are labelled against this moment.
REFERENCE = datetime(2025, 11, 26, 10, 0, tzinfo=VN)

Parse = Callable[[str], Any]


@dataclass(frozen=True)
class Row:
    site: str
    text: str
    expected: datetime | date | None


@dataclass(frozen=True)
class Outcome:
    name: str
    right: int
    total: int
    micros: float | None  # median µs per string; None when the parser is not installed
    misses: list[tuple[str, Any, datetime | date | None]]


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Row(r["site"], r["text"], _expected(r["expected"])) for r in reader]


def _expected(cell: str) -> datetime | date | None:
    if cell == "None":
        return None
    return datetime.fromisoformat(cell) if "T" in cell else date.fromisoformat(cell)


def is_right(predicted: Any, expected: datetime | date | None) -> bool:
    if expected is None or predicted is None:
        return predicted is expected
    if not isinstance(predicted, date):
        return False
    if isinstance(expected, datetime):
        return isinstance(predicted, datetime) and _wall_clock(predicted) == _wall_clock(expected)
    day = _wall_clock(predicted).date() if isinstance(predicted, datetime) else predicted
    return day == expected


def _wall_clock(moment: datetime) -> datetime:
    """Naive, at +07:00: a naive prediction already is Vietnamese wall-clock time."""
    return moment.astimezone(VN).replace(tzinfo=None) if moment.tzinfo else moment


def newscrawl_parser() -> Parse:
    return lambda text: parse_timestamp(text, reference=REFERENCE)


def dateparser_parser() -> Parse | None:
    try:
        import dateparser
    except ImportError:
        return None
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": REFERENCE.replace(tzinfo=None)}
    return lambda text: dateparser.parse(text, languages=["vi"], settings=settings)


def dateutil_parser_() -> Parse:
    default = REFERENCE.replace(hour=0, minute=0, tzinfo=None)

    def parse(text: str) -> datetime | None:
        try:
            return dateutil_parser.parse(text, fuzzy=True, dayfirst=True, default=default)
        except (ValueError, OverflowError):
            return None

    return parse


def measure(name: str, parse: Parse | None, rows: list[Row], repeats: int) -> Outcome:
    if parse is None:
        return Outcome(name, 0, len(rows), None, [])
    predictions = [_safely(parse, row.text) for row in rows]  # also warms caches up
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        for row in rows:
            _safely(parse, row.text)
        timings.append((time.perf_counter() - started) / len(rows) * 1e6)
    misses = [
        (row.text, got, row.expected)
        for row, got in zip(rows, predictions, strict=True)
        if not is_right(got, row.expected)
    ]
    return Outcome(name, len(rows) - len(misses), len(rows), statistics.median(timings), misses)


def _safely(parse: Parse, text: str) -> Any:
    try:
        return parse(text)
    except Exception:  # a competitor's crash counts as no answer, like None
        return None


def report(outcomes: list[Outcome], rows: list[Row], repeats: int) -> str:
    baseline = next((o.micros for o in outcomes if o.name.startswith("dateparser")), None)
    lines = [
        f"Vietnamese news timestamps: {len(rows)} labelled strings ({CORPUS.name}), "
        f"reference {REFERENCE.isoformat()}, median of {repeats} run(s)",
        "",
        f"{'parser':<44} {'right':>9} {'accuracy':>9} {'µs/string':>11} {'vs dateparser':>15}",
    ]
    for o in outcomes:
        if o.micros is None:
            lines.append(f"{o.name:<44} {'not installed':>9}")
            continue
        ratio = f"{baseline / o.micros:.1f}x" if baseline else "-"
        lines.append(
            f"{o.name:<44} {f'{o.right}/{o.total}':>9} {o.right / o.total:>9.1%} "
            f"{o.micros:>11.1f} {ratio:>15}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    # dateutil warns on every "SA"/"CH" it takes for a time zone; the table says it all.
    warnings.filterwarnings("ignore", category=dateutil_parser.UnknownTimezoneWarning)
    rows = load(CORPUS)
    if args.quick:
        rows = rows[::6]
    parsers: list[tuple[str, Parse | None]] = [
        ("newscrawl.vn.parse_timestamp", newscrawl_parser()),
        ('dateparser.parse(languages=["vi"], DMY)', dateparser_parser()),
        ("dateutil.parser.parse(fuzzy, dayfirst)", dateutil_parser_()),
    ]
    outcomes = [measure(name, parse, rows, args.repeats) for name, parse in parsers]
    print(report(outcomes, rows, args.repeats))
    if args.misses:
        for o in outcomes:
            print(f"\n{o.name}: {len(o.misses)} wrong")
            for text, got, expected in o.misses:
                print(f"  {text!r}: got {got!r}, expected {expected!r}")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a sixth of the corpus, three runs")
    parser.add_argument("--repeats", type=int, default=None, help="timed runs per parser")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    args = parser.parse_args(argv)
    if args.repeats is None:
        args.repeats = 3 if args.quick else 7
    return args


if __name__ == "__main__":
    sys.exit(main())
