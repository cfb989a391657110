"""The `newscrawl` command: sub-commands around the crawl (serving, extracting, archives).

Each sub-command lives in its own module and registers itself with `add_parser(subparsers)`;
`scrapy crawl` remains the way to run a crawl.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Sub-commands; each is the module newscrawl.cli.<name with "_" for "-">, which defines
# add_parser(subparsers) and sets func.
COMMANDS = (
    "serve",
    "extract",
    "index",
    "wacz",
    "reparse",
    "profile-fit",
    "make-replica",
    "duckdb-view",
    "want-pictures",
    "audit",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscrawl", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = name.replace("-", "_")
        importlib.import_module(f"newscrawl.cli.{module}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
