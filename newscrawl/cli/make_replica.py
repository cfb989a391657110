"""`newscrawl make-replica --articles N OUTDIR`: a large synthetic replica of the portal.

The tree is the portal's URL space as static files (serve it with `newscrawl serve OUTDIR`, or
nginx with `default_type text/html; try_files $uri $uri/index.html $uri.html =404;`); the URL
list, the expected articles and the manifest go to `OUTDIR.expected/` (see
`newscrawl/replica/synthetic/`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from newscrawl.replica.load import ContentError
from newscrawl.replica.synthetic import DEFAULT_CONTENT, expected_dir_for, make_replica


def _count(value: str) -> int:
    number = int(value.replace("_", ""))
    if number < 1:
        raise argparse.ArgumentTypeError("at least one article")
    return number


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "make-replica",
        help="write a synthetic replica of the portal with N articles (benchmarks)",
        description="Write a replica of the portal with N synthetic articles made from the "
        "hand-written replica's content: sections with pagination, the date archive and N "
        "article pages as static files, plus the URL list, expected articles and manifest "
        "in OUTDIR.expected/.",
    )
    parser.add_argument(
        "outdir",
        type=Path,
        help="directory of the tree (empty, or an earlier synthetic replica, which is replaced)",
    )
    parser.add_argument("--articles", type=_count, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same replica (default 1)")
    parser.add_argument(
        "--expected", type=Path, help="where the expected files go (default OUTDIR.expected)"
    )
    parser.add_argument(
        "--content",
        type=Path,
        default=DEFAULT_CONTENT,
        help="hand-written content to draw on (default fixtures/portal-src)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    expected = args.expected or expected_dir_for(args.outdir)
    try:
        manifest = make_replica(
            args.articles,
            args.outdir,
            seed=args.seed,
            expected_dir=expected,
            content_dir=args.content,
        )
    except (FileExistsError, ContentError, ValueError, FileNotFoundError) as exc:
        print(f"newscrawl make-replica: {exc}", file=sys.stderr)
        return 2
    counts = manifest["counts"]
    print(
        f"{counts['urls']} pages ({counts['articles']} articles, {counts['section_pages']} "
        f"section pages, {counts['archive_pages']} archive pages), "
        f"{counts['bytes'] / 1e6:.0f} MB in {args.outdir}; expected files in {expected} "
        f"({time.perf_counter() - started:.0f} s)"
    )
    return 0
