"""`newscrawl reparse WARC_OR_DIR... -o items.jsonl`: re-extract every article from an archive."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newscrawl.archive.reader import ArchiveReader
from newscrawl.archive.reparse import NoProfile, Reparser, reparse
from newscrawl.cli.inputs import existing_warcs


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "reparse",
        help="re-extract the articles of WARC files as JSONL, without the network",
        description="Read every article page archived in WARC files (or directories of them) "
        "through the crawl's own extraction and pipelines, and write JSONL as the crawl does.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="WARC_OR_DIR")
    parser.add_argument("-o", "--output", required=True, type=Path, help="JSONL file to write")
    parser.add_argument(
        "--profile", help="site profile (default: the one the crawl recorded in warcinfo)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = existing_warcs("reparse", args.inputs)
    if files is None:
        return 2
    try:
        reparser = Reparser(args.profile)
        with args.output.open("wb") as output:
            report = reparse(ArchiveReader(files), reparser, output)
    except (KeyError, NoProfile) as exc:
        print(f"newscrawl reparse: {exc.args[0]}", file=sys.stderr)
        return 2
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items()) if n)
    print(
        f"{report.exported} article(s) from {report.responses} response(s) in {len(files)} "
        f"file(s) -> {args.output}" + (f" (skipped: {skipped})" if skipped else ""),
        file=sys.stderr,
    )
    return 0
