"""`newscrawl wacz CRAWL_DIR_OR_WARCS... -o crawl.wacz`: pack WARC files for ReplayWeb.page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newscrawl.archive.wacz import build_wacz
from newscrawl.cli.inputs import existing_warcs


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "wacz",
        help="pack a crawl's WARC files into one WACZ file (ReplayWeb.page, pywb)",
        description="Pack WARC files (or the closed ones of a crawl's WARC directory) into a "
        "WACZ 1.1.1 file: the WARCs, one CDXJ index, the list of pages, a datapackage with "
        "sha256 hashes.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="CRAWL_DIR_OR_WARCS")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the .wacz to write")
    parser.add_argument("--title", help="the collection's title (default: the file's name)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = existing_warcs("wacz", args.inputs)
    if files is None:
        return 2
    try:
        pages = build_wacz(files, args.output, args.title)
    except ValueError as exc:
        print(f"newscrawl wacz: {exc}", file=sys.stderr)
        return 2
    print(f"{args.output}: {len(files)} WARC file(s), {pages} page(s)", file=sys.stderr)
    return 0
