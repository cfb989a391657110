"""WARC gzip levels: size and CPU of compressing the bundled replica's pages at each level.

    python -m benchmarks.gzip_levels            # levels 1, 6 (the default) and 9, 7 rounds
    python -m benchmarks.gzip_levels --quick    # CI smoke: one round

Every page of `fixtures/portal` is compressed as one gzip member, as the archive writes each
record (newscrawl/archive/writer.py), at each level in turn; the table shows the total size and
the best CPU time over the rounds, each against the default level (NEWSCRAWL_WARC_GZIP_LEVEL).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

from benchmarks import machine
from newscrawl.archive.config import DEFAULT_GZIP_LEVEL

REPLICA = Path(__file__).resolve().parent.parent / "fixtures" / "portal"
LEVELS = (1, DEFAULT_GZIP_LEVEL, 9)


def compress(pages: list[bytes], level: int) -> int:
    size = 0
    for page in pages:
        compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        size += len(compressor.compress(page) + compressor.flush())
    return size


def measure(pages: list[bytes], rounds: int) -> dict[int, tuple[int, float]]:
    """Level -> (compressed bytes, best CPU seconds over the rounds); levels interleaved."""
    best = dict.fromkeys(LEVELS, float("inf"))
    sizes: dict[int, int] = {}
    for _ in range(rounds):
        for level in LEVELS:
            started = time.process_time()
            sizes[level] = compress(pages, level)
            best[level] = min(best[level], time.process_time() - started)
    return {level: (sizes[level], best[level]) for level in LEVELS}


def report(found: dict[int, tuple[int, float]], pages: list[bytes], rounds: int) -> list[str]:
    base_size, base_cpu = found[DEFAULT_GZIP_LEVEL]
    lines = [
        f"gzip per record: {len(pages)} pages of fixtures/portal, {sum(map(len, pages)):,} bytes; "
        f"best of {rounds} round(s), CPU time",
        "",
        f"{'level':>5} {'bytes':>10} {'CPU ms':>8} {'size vs default':>16} {'CPU vs default':>15}",
    ]
    for level, (size, cpu) in found.items():
        lines.append(
            f"{level:>5} {size:>10,} {1000 * cpu:>8.1f} {size / base_size - 1:>+16.1%} "
            f"{cpu / base_cpu - 1:>+15.0%}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="one round (CI)")
    parser.add_argument("--repeats", type=int, help="rounds (default 7)")
    args = parser.parse_args(argv)
    rounds = args.repeats or (1 if args.quick else 7)
    pages = [path.read_bytes() for path in sorted(REPLICA.rglob("*.html"))]
    print(f"machine: {machine.describe()}")
    print("\n".join(report(measure(pages, rounds), pages, rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
