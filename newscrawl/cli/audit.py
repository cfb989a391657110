"""`newscrawl audit STATE_DIR [--warc DIR] [--json]`: does the archive keep its promise?

Reads a state directory (`state/audit.py`): every article the state counts as archived is in
its runs' feeds exactly once, every feed line is known to the state, and with `--warc` every
line's `warc` pointer, and every capture revisits compare with, leads to its response record,
digests right. Exit 0 when nothing is lost
or written twice, 1 when something is, 2 when the directory holds no state.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newscrawl.cli.inputs import existing_state
from newscrawl.state.audit import PROBLEMS, Audit, audit
from newscrawl.state.store import StateStore

# How many of a problem's articles or files are named in the text summary (all in --json).
_SHOWN = 5


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "audit",
        help="check that a scheduled job's exports and WARC files hold every archived article once",
        description="Check a state directory against the feeds its runs wrote and, with "
        "--warc, against the WARC files: every archived article exported exactly once, "
        "every `warc` pointer leading to its response record with the right digests.",
    )
    parser.add_argument("state", type=Path, metavar="STATE_DIR")
    parser.add_argument("--warc", type=Path, metavar="DIR", help="the runs' NEWSCRAWL_WARC_DIR")
    parser.add_argument("--json", action="store_true", help="print the audit as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not existing_state("audit", args.state):
        return 2
    if args.warc is not None and not args.warc.is_dir():
        print(f"newscrawl audit: no such directory: {args.warc}", file=sys.stderr)
        return 2
    store = StateStore(args.state)
    try:
        result = audit(store, args.warc)
    finally:
        store.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    else:
        print("\n".join(_summary(result)))
    return 0 if result.ok else 1


def _summary(result: Audit) -> list[str]:
    lines = [
        f"{'OK' if result.ok else 'PROBLEMS'}: {result.archived} articles archived;"
        f" {result.lines} lines in {result.feeds} feeds of {result.runs} runs;"
        f" {result.warc_checked} WARC pointers and {result.captures_checked} captures checked;"
        f" {result.pictures_unarchived} pictures still to archive"
    ]
    if result.unverifiable:
        lines.append(
            f"  {result.unverifiable} articles not checked: their runs wrote no local feed file"
        )
    for problem, items in result.problems.items():
        lines.append(f"  {problem}: {len(items)} ({PROBLEMS[problem]})")
        lines += [f"    {item}" for item in items[:_SHOWN]]
        if len(items) > _SHOWN:
            lines.append(f"    ... and {len(items) - _SHOWN} more (--json lists them all)")
    return lines
