"""WARC gzip levels: size and CPU of compressing the bundled replica's pages at each level.

    python -m benchmarks.gzip_levels            # levels 1, 6 (the default) and 9, 7 rounds
    python -m benchmarks.gzip_levels --quick    # CI smoke: one round

Every page of `fixtures/portal` is compressed as one gzip member, as the archive writes each
record (`gzip_member` in newscrawl/archive/writer.py: libdeflate), at each level in turn, and
with zlib at the default level, which the archive used before; the table shows the total size
and the best CPU time over the rounds, each against the default level
(NEWSCRAWL_WARC_GZIP_LEVEL).
"""

from __future__ import annotations

import sys
import time
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks import machine
from benchmarks.rounds import rounds_from
from newscrawl.archive.config import DEFAULT_GZIP_LEVEL
from newscrawl.archive.writer import gzip_member

REPLICA = Path(__file__).resolve().parent.parent / "fixtures" / "portal"
LEVELS = (1, DEFAULT_GZIP_LEVEL, 9)
ZLIB = f"zlib {DEFAULT_GZIP_LEVEL}"


def compress(pages: list[bytes], level: int) -> int:
    return sum(len(gzip_member(page, level)) for page in pages)


def compress_zlib(pages: list[bytes], level: int) -> int:
    size = 0
    for page in pages:
        compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        size += len(compressor.compress(page) + compressor.flush())
    return size


def measure(pages: list[bytes], rounds: int) -> dict[int | str, tuple[int, float]]:
    """Level -> (compressed bytes, best CPU seconds over the rounds); levels interleaved."""
    runs: dict[int | str, Callable[[], int]] = {
        level: partial(compress, pages, level) for level in LEVELS
    }
    runs[ZLIB] = partial(compress_zlib, pages, DEFAULT_GZIP_LEVEL)
    best = dict.fromkeys(runs, float("inf"))
    sizes: dict[int | str, int] = {}
    for _ in range(rounds):
        for label, run in runs.items():
            started = time.process_time()
            sizes[label] = run()
            best[label] = min(best[label], time.process_time() - started)
    return {label: (sizes[label], best[label]) for label in runs}


def report(found: dict[int | str, tuple[int, float]], pages: list[bytes], rounds: int) -> list[str]:
    base_size, base_cpu = found[DEFAULT_GZIP_LEVEL]
    lines = [
        f"gzip per record: {len(pages)} pages of fixtures/portal, {sum(map(len, pages)):,} bytes; "
        f"best of {rounds} round(s), CPU time",
        "",
        f"{'level':>6} {'bytes':>10} {'CPU ms':>8} {'size vs default':>16} {'CPU vs default':>15}",
    ]
    for level, (size, cpu) in found.items():
        lines.append(
            f"{level:>6} {size:>10,} {1000 * cpu:>8.1f} {size / base_size - 1:>+16.1%} "
            f"{cpu / base_cpu - 1:>+15.0%}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    rounds = rounds_from(argv, __doc__.splitlines()[0] if __doc__ else None)
    pages = [path.read_bytes() for path in sorted(REPLICA.rglob("*.html"))]
    print(f"machine: {machine.describe()}")
    print("\n".join(report(measure(pages, rounds), pages, rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
