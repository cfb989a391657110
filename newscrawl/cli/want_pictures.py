"""`newscrawl want-pictures STATE_DIR EXPORT...`: queue the pictures of articles already archived.

A state directory kept by runs made before WARC crawls archived pictures (or with
NEWSCRAWL_WARC_MEDIA off) holds articles whose pictures no run will ever ask for: an archived
article is not fetched again. This writes the pictures their exported lines show into the
state's `pictures` table (docs/archive.md, "Pictures"); the next WARC run with that state asks
for them, as for any picture an earlier run could not archive.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscrawl.cli.inputs import existing_state
from newscrawl.pages.profile import profile_for_site
from newscrawl.pages.urls import on_portal_hosts
from newscrawl.state.store import StateStore


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "want-pictures",
        help="queue, in a state directory, the pictures of articles exported without them",
        description="Read exported JSONL files and write the pictures each article shows on "
        "its portal's hosts into the state's pictures table: the next WARC run with that state "
        "archives them. A picture queued already is kept as it is.",
    )
    parser.add_argument("state", type=Path, metavar="STATE_DIR")
    parser.add_argument("exports", nargs="+", type=Path, metavar="EXPORT")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not existing_state("want-pictures", args.state):
        return 2
    missing = [str(path) for path in args.exports if not path.is_file()]
    if missing:
        print(f"newscrawl want-pictures: no such file: {missing[0]}", file=sys.stderr)
        return 2
    store = StateStore(args.state)
    try:
        before = store.pictures.count()
        for site, article_id, urls in _pictures_of(args.exports):
            store.pictures.want(site, article_id, urls)
        added = store.pictures.count() - before
    finally:
        store.close()
    print(f"{added} pictures queued in {args.state}", file=sys.stderr)
    return 0


def _pictures_of(exports: list[Path]) -> Iterator[tuple[str, str, list[str]]]:
    """(site, article id, the portal's pictures it shows) for every exported article."""
    for path in exports:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                item = json.loads(line) if line.strip() else None
                if not isinstance(item, dict) or not item.get("article_id"):
                    continue  # a blank line, or another spider's item
                profile = profile_for_site(str(item.get("site")))
                if profile is None:
                    continue
                urls = [
                    str(image["url"])
                    for image in item.get("images") or []
                    if on_portal_hosts(str(image["url"]), profile)
                ]
                yield profile.site, str(item["article_id"]), urls
