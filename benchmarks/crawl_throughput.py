"""Crawl throughput: newscrawl's full crawl against a null spider, on the same replica and server.

    python -m benchmarks.crawl_throughput                # 10,000 articles, 3 rounds
    python -m benchmarks.crawl_throughput --quick        # CI smoke: 200 articles, 1 round

A synthetic replica (`newscrawl make-replica`) is served by nginx on loopback (`newscrawl
serve` when nginx is missing: the table says so). Each round runs every variant once, in turn,
so that drift in the machine's load hits them all alike:

- null: `benchmarks/null_spider.py` with Scrapy's defaults, fetching exactly the URLs of the
  replica (the manifest's list) and parsing nothing: the framework's own cost;
- null + settings: the same spider under newscrawl's settings (its download handler,
  middlewares, scheduler, fingerprinter, extensions): the fetch stack's share;
- full: `scrapy crawl baothaibinh -a base_url=...` with everything on (extraction, pipelines,
  JSONL export);
- full + WARC (`-s NEWSCRAWL_WARC_DIR`), full + state (`-s NEWSCRAWL_STATE_DIR`);
- null, tuned: the null spider with the two Scrapy settings newscrawl changes for speed (see
  TUNED below), the framework's own limit with them.

pages/s is pages over the crawl's own duration (engine open to close); CPU ms per page is the
child's rusage (start-up included) over its pages; `vs null` is the median, over rounds, of the
variant's pages/s over the null spider's in the same round. Goals: full >= 85% of null (issue 8);
WARC costing under 15% of full's pages/s, the same median over rounds (issue 5). CPU includes the
archive process's (the crawl waits for it, so the kernel adds it to the crawl's account).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import machine
from benchmarks.replicas import DEFAULT_WORK, Replica, ensure_replica
from benchmarks.runs import ROOT, ChildRun, run_crawl
from benchmarks.servers import serve

GOAL = 0.85
WARC_GOAL = 0.15  # of the full crawl's throughput that archiving may cost
NULL_SPIDER = ROOT / "benchmarks" / "null_spider.py"


@dataclass(frozen=True)
class Variant:
    name: str
    # (scratch directory, base URL, replica) -> (scrapy arguments, working directory)
    command: Callable[[Path, str, Replica], tuple[list[str], Path]]
    output: bool = False  # exports JSONL to scratch/out.jsonl


def _null(project: bool, *settings: str) -> Callable[[Path, str, Replica], tuple[list[str], Path]]:
    def command(scratch: Path, base_url: str, replica: Replica) -> tuple[list[str], Path]:
        arguments = ["runspider", str(NULL_SPIDER), "-a", f"base_url={base_url}"]
        arguments += ["-a", f"urls={replica.urls_file}", "-s", "LOG_LEVEL=ERROR"]
        for setting in settings:
            arguments += ["-s", setting]
        # Outside the repository Scrapy finds no scrapy.cfg: its own defaults apply.
        return arguments, ROOT if project else scratch

    return command


def _full(*settings: str) -> Callable[[Path, str, Replica], tuple[list[str], Path]]:
    def command(scratch: Path, base_url: str, replica: Replica) -> tuple[list[str], Path]:
        arguments = ["crawl", "baothaibinh", "-a", f"base_url={base_url}"]
        arguments += ["-O", str(scratch / "out.jsonl"), "-s", "LOG_LEVEL=ERROR"]
        for setting in settings:
            arguments += ["-s", setting.replace("{scratch}", str(scratch))]
        return arguments, ROOT

    return command


# The two Scrapy settings newscrawl/settings.py changes for speed (BENCHMARKS.md):
# CONCURRENT_ITEMS (100 by default) starts that many asyncio tasks for every response's
# output, and WARN_ON_GENERATOR_RETURN_VALUE re-reads a generator callback's source with `ast`
# whenever its cache entry has been collected. `null, tuned` is the null spider with them: the
# framework's own limit with what newscrawl already takes from it.
TUNED = ("CONCURRENT_ITEMS=8", "WARN_ON_GENERATOR_RETURN_VALUE=False")

VARIANTS = (
    Variant("null", _null(False)),
    Variant("null + settings", _null(True)),
    Variant("full", _full(), output=True),
    # Pages only (no pictures, which the synthetic replica lacks; no stylesheets or scripts):
    # every variant fetches the same pages.
    Variant(
        "full + WARC",
        _full(
            "NEWSCRAWL_WARC_DIR={scratch}/warc",
            "NEWSCRAWL_WARC_MEDIA=False",
            "NEWSCRAWL_WARC_REQUISITES=False",
        ),
        output=True,
    ),
    Variant("full + state", _full("NEWSCRAWL_STATE_DIR={scratch}/state"), output=True),
    Variant("null, tuned", _null(False, *TUNED)),
)


@dataclass
class Results:
    variant: Variant
    runs: list[ChildRun] = field(default_factory=list)

    def median(self, value: Callable[[ChildRun], float]) -> float:
        return float(statistics.median(value(run) for run in self.runs))


def measure(replica: Replica, base_url: str, rounds: int, variants: list[Variant]) -> list[Results]:
    results = [Results(v) for v in variants]
    for number in range(1, rounds + 1):
        for result in results:
            with tempfile.TemporaryDirectory(prefix="newscrawl-crawl-") as scratch:
                arguments, cwd = result.variant.command(Path(scratch), base_url, replica)
                output = Path(scratch) / "out.jsonl" if result.variant.output else None
                run = run_crawl(arguments, cwd=cwd, output=output)
            result.runs.append(run)
            print(
                f"  round {number}/{rounds} {result.variant.name:<16} {run.pages:>7} pages "
                f"{run.pages_per_s:7.1f}/s {run.cpu_ms_per_page:6.2f} CPU ms/page",
                file=sys.stderr,
                flush=True,
            )
    return results


def report(results: list[Results], replica: Replica, server: str, rounds: int) -> list[str]:
    null = results[0]
    lines = [
        f"Crawl throughput: {replica.describe()}, served by {server} on loopback; "
        f"median of {rounds} round(s), variants interleaved",
        "",
        f"{'variant':<17} {'pages':>7} {'items':>7} {'pages/s':>8} {'CPU ms/page':>12} "
        f"{'vs null':>8}",
    ]
    mismatched = False
    for result in results:
        pages = {run.pages for run in result.runs}
        mark = "" if pages == {replica.pages} else "*"
        mismatched = mismatched or bool(mark)
        lines.append(
            f"{result.variant.name:<17} {result.median(lambda r: r.pages):>6.0f}{mark:1} "
            f"{result.median(lambda r: r.items):>7.0f} "
            f"{result.median(lambda r: r.pages_per_s):>8.1f} "
            f"{result.median(lambda r: r.cpu_ms_per_page):>12.2f} "
            f"{_ratio(result, null):>8.0%}"
        )
    if mismatched:
        lines.append(f"* not the {replica.pages} pages of the replica's URL list")
    by_name = {r.variant.name: r for r in results}
    ratio = _ratio(by_name["full"], null)
    verdict = "met" if ratio >= GOAL else "missed"
    lines.append(
        f"goal: full crawl >= {GOAL:.0%} of the null spider's pages/s: {verdict} ({ratio:.0%})"
    )
    if "full + WARC" in by_name:
        cost = 1 - _ratio(by_name["full + WARC"], by_name["full"])
        verdict = "met" if cost < WARC_GOAL else "missed"
        lines.append(
            f"goal (issue 5): WARC costs under {WARC_GOAL:.0%} of the full crawl's pages/s: "
            f"{verdict} ({cost:.1%})"
        )
    if "null, tuned" in by_name:
        tuned = _ratio(by_name["full"], by_name["null, tuned"])
        lines.append(
            f"null, tuned: {', '.join(TUNED)} (as newscrawl sets them); full is {tuned:.0%} of it"
        )
    return lines


def _ratio(variant: Results, base: Results) -> float:
    """Median over rounds of the variant's pages/s over the base's in the same round."""
    pairs = zip(variant.runs, base.runs, strict=True)
    return float(statistics.median(run.pages_per_s / other.pages_per_s for run, other in pairs))


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    replica = ensure_replica(args.work, args.articles, args.seed)
    variants = [v for v in VARIANTS if v.name in args.variants] if args.variants else VARIANTS
    if variants[0].name != "null" or not any(v.name == "full" for v in variants):
        raise SystemExit("the variants must include null and full")
    before = machine.describe()
    with serve(replica.tree, args.server) as server:
        results = measure(replica, server.url, args.repeats, list(variants))
    print(f"machine: {before} (before); load average {machine.load()} (after)")
    print("\n".join(report(results, replica, server.label, args.repeats)))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="200 articles, one round (CI)")
    parser.add_argument("--articles", type=int, help="replica size (default 10,000)")
    parser.add_argument("--repeats", type=int, help="rounds of all variants (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="replica seed (default 1)")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where replicas are kept")
    parser.add_argument(
        "--server", choices=("auto", "nginx", "newscrawl"), default="auto",
        help="auto: nginx if installed, else `newscrawl serve`",
    )  # fmt: skip
    parser.add_argument(
        "--variants", nargs="+", choices=[v.name for v in VARIANTS], metavar="NAME",
        help="a subset of: " + ", ".join(repr(v.name) for v in VARIANTS),
    )  # fmt: skip
    args = parser.parse_args(argv)
    args.articles = args.articles or (200 if args.quick else 10_000)
    args.repeats = args.repeats or (1 if args.quick else 3)
    return args


if __name__ == "__main__":
    sys.exit(main())
