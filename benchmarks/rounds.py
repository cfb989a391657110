"""The command line of the benchmarks that only repeat a measurement: `--quick`, `--repeats`."""

from __future__ import annotations

import argparse


def rounds_from(argv: list[str] | None, description: str | None, default: int = 7) -> int:
    """How many rounds to run: `--repeats N`, one with `--quick` (CI), else `default`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="one round (CI)")
    parser.add_argument("--repeats", type=int, help=f"rounds (default {default})")
    args = parser.parse_args(argv)
    return int(args.repeats or (1 if args.quick else default))
