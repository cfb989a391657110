"""`newscrawl extract PATH_OR_FILE_URL --url URL`: print what newscrawl reads off one saved page.

For people debugging a page: the same code path as the crawl (`newscrawl.extract_article`),
printed as one pretty JSON object, Vietnamese as text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from newscrawl.extract import extract_article
from newscrawl.pages.profile import Profile, get_profile


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "extract", help="extract the article from a saved page and print it as JSON"
    )
    parser.add_argument("page", help="a saved HTML file (path or file:// URL), or - for stdin")
    parser.add_argument("--url", required=True, help="the URL the page was served at")
    parser.add_argument(
        "--profile", help="site profile to use for a mirror (default: chosen by the --url host)"
    )
    parser.set_defaults(func=run)


def _read(page: str) -> bytes:
    if page == "-":
        return sys.stdin.buffer.read()
    if page.startswith("file://"):
        page = unquote(urlsplit(page).path)
    return Path(page).read_bytes()


def run(args: argparse.Namespace) -> int:
    try:
        profile: Profile | None = get_profile(args.profile) if args.profile else None
    except KeyError as exc:
        print(f"newscrawl extract: {exc.args[0]}", file=sys.stderr)
        return 2
    try:
        html = _read(args.page)
    except OSError as exc:
        print(f"newscrawl extract: cannot read {args.page}: {exc}", file=sys.stderr)
        return 2
    article = extract_article(html, args.url, profile=profile)
    print(json.dumps(article, ensure_ascii=False, indent=2))
    return 0
