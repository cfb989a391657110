"""`newscrawl index WARC...`: write the CDXJ index of WARC files (as the crawl does on close)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newscrawl.archive.cdxj import cdxj_path, index_warc, index_warcs, write_cdxj
from newscrawl.cli.inputs import existing_warcs


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "index",
        help="write the CDXJ index of WARC files, beside each file or into one",
        description="Index WARC files in the pywb CDXJ format: x.warc.gz gets x.cdxj beside it, "
        "or with -o all lines go, merged and sorted, into one file.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="WARC_OR_DIR")
    parser.add_argument("-o", "--output", type=Path, help="one merged index (- for stdout)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = existing_warcs("index", args.inputs)
    if files is None:
        return 2
    if args.output is None:
        for path in files:
            write_cdxj(cdxj_path(path), index_warc(path))
            print(f"{cdxj_path(path)}", file=sys.stderr)
        return 0
    lines = index_warcs(files)
    if str(args.output) == "-":
        sys.stdout.writelines(line + "\n" for line in lines)
    else:
        write_cdxj(args.output, lines)
    return 0
