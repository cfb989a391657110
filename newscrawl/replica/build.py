"""Build the static replica (and optionally its expected files) from the content.

    python -m newscrawl.replica.build fixtures/portal-src fixtures/portal \
        --expected fixtures/expected
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from newscrawl.replica.load import load_content
from newscrawl.replica.tree import write_replica


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.replica.build",
        description="Build the portal replica's static tree from its content.",
    )
    parser.add_argument("src", type=Path, help="content directory (fixtures/portal-src)")
    parser.add_argument("out", type=Path, help="tree to write (fixtures/portal)")
    parser.add_argument(
        "--expected", type=Path, help="also write the expected files here (fixtures/expected)"
    )
    args = parser.parse_args(argv)
    count = write_replica(load_content(args.src), args.out, expected_dir=args.expected)
    print(f"{count} files in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
