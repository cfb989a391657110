"""`newscrawl profile-fit WARC_OR_DIR...`: which of the site profile's selectors a crawl's pages
still answer (`pages/fit.py`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newscrawl.archive.reader import ArchiveReader
from newscrawl.archive.reparse import NoProfile, Reparser
from newscrawl.cli.inputs import existing_warcs
from newscrawl.pages.fit import ProfileFit
from newscrawl.spiders.reading import Unreadable, read_page


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "profile-fit",
        help="show which of the site profile's selectors an archived crawl's pages answer",
        description="Read every HTML page archived in WARC files (or directories of them) and "
        "report, for each selector of the site profile, on how many of the pages it is meant "
        "for it finds something, and which of its alternatives does: what a redesign broke, "
        "or what a live portal's real markup answers.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="WARC_OR_DIR")
    parser.add_argument(
        "--profile", help="site profile (default: the one the crawl recorded in warcinfo)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = existing_warcs("profile-fit", args.inputs)
    if files is None:
        return 2
    try:
        fits = measure(ArchiveReader(files), Reparser(args.profile))
    except (KeyError, NoProfile) as exc:
        print(f"newscrawl profile-fit: {exc.args[0]}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([fit.as_dict() for fit in fits], ensure_ascii=False, indent=2))
    else:
        print("\n".join(line for fit in fits for line in fit.lines()))
    return 0


def measure(reader: ArchiveReader, reparser: Reparser) -> list[ProfileFit]:
    """The fit of each profile the archived pages were crawled with, over its HTML pages served
    with success (decoded as the crawl decoded them)."""
    fits: dict[str, ProfileFit] = {}
    for stored in reader.responses():
        if not 200 <= stored.status < 300:
            continue
        profile = reparser.spider_for(stored).profile
        response = reparser.response(stored)
        read = read_page(response) if response is not None else None
        if read is None or isinstance(read, Unreadable):
            continue  # past the size limit once decoded, or not HTML (robots.txt)
        fit = fits.setdefault(profile.name, ProfileFit(profile))
        fit.add(stored.url, read.root)
    return list(fits.values())
