"""Memory of the full crawl: peak RSS at 10,000 and 100,000 articles, and growth per 1,000.

    python -m benchmarks.memory                       # 10,000 and 100,000 articles, 2 rounds
    python -m benchmarks.memory --sizes 10000 --repeats 3 --variants full
    python -m benchmarks.memory --quick               # CI smoke: 200 and 400 articles

`scrapy crawl baothaibinh` runs against a synthetic replica served by nginx on loopback, in
two variants: `full` (extraction, pipelines, JSONL) and `full + WARC` (the same with
NEWSCRAWL_WARC_DIR and its defaults: the articles' pictures and the pages' requisites archived
too, so the spider also remembers every picture and requisite it asked for, and the pictures
the pages showed; without state, Scrapy's duplicate filter holds each picture's fingerprint
as well). The synthetic replicas hold no picture files: each picture is asked for and
answered 404, which costs the spider what an answered one does. Peak RSS is the kernel's
(`wait4` rusage `ru_maxrss`: the largest of the crawl and its archive process). Twice a
second the crawl's RSS is sampled with the number of lines exported so far; the growth is the
least-squares slope of RSS against exported articles once warm-up is over (the first
WARMUP_SHARE of the articles: imports, caches and the queues filling up), in MB per 1,000.
Rounds at one size run back to back, sizes and variants interleaved; the table shows medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks import machine
from benchmarks.replicas import DEFAULT_WORK, Replica, ensure_replica
from benchmarks.runs import ROOT, ChildRun, run_crawl
from benchmarks.servers import serve

PEAK_GOAL_MB = 300.0
GROWTH_GOAL_MB = 1.0  # per 1,000 articles
WARMUP_SHARE = 0.2
SAMPLE_EVERY = 0.5


def growth_per_1000(samples: list[tuple[float, int, float]], articles: int) -> float | None:
    """Least-squares slope of RSS (MB) over exported lines after warm-up, per 1,000 lines."""
    points = [(lines, rss) for _, lines, rss in samples if lines >= WARMUP_SHARE * articles]
    if len({lines for lines, _ in points}) < 3:
        return None
    xs, ys = [float(p[0]) for p in points], [p[1] for p in points]
    slope = statistics.linear_regression(xs, ys).slope
    return 1000 * slope


FULL, WARC = "full", "full + WARC"
VARIANTS = (FULL, WARC)


def crawl(replica: Replica, base_url: str, variant: str) -> ChildRun:
    with tempfile.TemporaryDirectory(prefix="newscrawl-memory-") as scratch:
        output = Path(scratch) / "out.jsonl"
        arguments = ["crawl", "baothaibinh", "-a", f"base_url={base_url}", "-O", str(output)]
        arguments += ["-s", "LOG_LEVEL=ERROR"]
        if variant == WARC:  # pictures and requisites are on by default
            arguments += ["-s", f"NEWSCRAWL_WARC_DIR={Path(scratch) / 'warc'}"]
        return run_crawl(arguments, cwd=ROOT, output=output, sample_every=SAMPLE_EVERY)


Results = dict[tuple[str, int], list[ChildRun]]  # (variant, articles) -> rounds


def report(results: Results, replicas: dict[int, Replica], server: str, rounds: int) -> list[str]:
    lines = [
        f"Memory of the full crawl, served by {server}; median of {rounds} round(s)",
        "",
        f"{'variant':<12} {'articles':>9} {'pages':>8} {'exported':>9} {'pictures':>9} "
        f"{'peak RSS MB':>12} {'MB per 1,000 articles':>22} {'pages/s':>8}",
    ]
    verdicts: dict[str, tuple[int, float, float | None]] = {}
    for (variant, size), runs in sorted(results.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        peak = statistics.median(run.max_rss_mb for run in runs)
        slopes = [s for run in runs if (s := growth_per_1000(run.samples, size)) is not None]
        slope = statistics.median(slopes) if slopes else None
        pictures = statistics.median(_pictures_asked(run) for run in runs)
        lines.append(
            f"{variant:<12} {size:>9,} {replicas[size].pages:>8,} "
            f"{statistics.median(run.items for run in runs):>9,.0f} {pictures:>9,.0f} "
            f"{peak:>12.1f} {f'{slope:+.3f}' if slope is not None else 'too short':>22} "
            f"{statistics.median(run.pages_per_s for run in runs):>8.1f}"
        )
        verdicts[variant] = max(verdicts.get(variant, (0, 0.0, None)), (size, peak, slope),
                                key=lambda verdict: verdict[0])  # fmt: skip
    lines.append("pictures: the articles' pictures and the pages' requisites asked for")
    for variant, (size, peak, slope) in verdicts.items():
        peak_ok = "met" if peak < PEAK_GOAL_MB else "missed"
        growth_ok = "met" if slope is not None and slope < GROWTH_GOAL_MB else "missed"
        lines.append(
            f"goals at {size:,} articles, {variant}: peak RSS < {PEAK_GOAL_MB:.0f} MB: "
            f"{peak_ok}; growth < {GROWTH_GOAL_MB:.0f} MB per 1,000 articles: {growth_ok}"
        )
    return lines


def _pictures_asked(run: ChildRun) -> int:
    stats = run.stats
    return int(stats.get("newscrawl/media/requested", 0)) + int(
        stats.get("newscrawl/requisites/requested", 0)
    )


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    replicas = {size: ensure_replica(args.work, size, args.seed) for size in args.sizes}
    results: Results = {(variant, size): [] for variant in args.variants for size in args.sizes}
    before = machine.describe()
    for number in range(1, args.repeats + 1):
        for size, replica in replicas.items():
            for variant in args.variants:
                with serve(replica.tree, args.server) as server:
                    run = crawl(replica, server.url, variant)
                results[variant, size].append(run)
                print(
                    f"  round {number}/{args.repeats} {variant}, {size:>7,} articles: "
                    f"{run.items:,} exported, peak {run.max_rss_mb:.1f} MB, "
                    f"{run.pages_per_s:.1f} pages/s",
                    file=sys.stderr,
                    flush=True,
                )
    print(f"machine: {before} (before); load average {machine.load()} (after)")
    print("\n".join(report(results, replicas, server.label, args.repeats)))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="200 and 400 articles, one round")
    parser.add_argument("--sizes", type=int, nargs="+", help="replica sizes (default 10000 "
                        "100000)")  # fmt: skip
    parser.add_argument("--repeats", type=int, help="rounds per size (default 2)")
    parser.add_argument("--variants", nargs="+", choices=("full", "warc"), default=["full", "warc"],
                        help="the crawls to measure (default both)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, help="replica seed (default 1)")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where replicas are kept")
    parser.add_argument("--server", choices=("auto", "nginx", "newscrawl"), default="auto")
    args = parser.parse_args(argv)
    args.sizes = args.sizes or ([200, 400] if args.quick else [10_000, 100_000])
    args.repeats = args.repeats or (1 if args.quick else 2)
    args.variants = [WARC if variant == "warc" else FULL for variant in args.variants]
    return args


if __name__ == "__main__":
    sys.exit(main())
