"""What archiving costs: the replica crawl with and without WARC, side by side in one run.

    python benchmarks/warc_overhead.py            # 7 runs of each, interleaved
    python benchmarks/warc_overhead.py --quick    # CI smoke run: 1 of each

Each run is a fresh process (Twisted's reactor cannot restart) crawling the bundled replica,
served from this process on loopback. The child times only the crawl (engine start to stop), not
Python's start-up, and reports wall time, its CPU time (the archive process's included) and the
pages fetched. Runs alternate plain/WARC so drift in the machine's load hits both alike; the
table shows medians per mode, the overhead line the median over pairs of adjacent runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newscrawl.server import start_server

ROOT = Path(__file__).resolve().parent.parent
REPLICA = ROOT / "fixtures" / "portal"
GOAL = 15.0  # % of throughput WARC may cost

CHILD = """
import json, resource, sys, time
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

base_url, warc_dir = sys.argv[1], sys.argv[2]
settings = get_project_settings()
settings.set("LOG_LEVEL", "ERROR")
if warc_dir:
    settings.set("NEWSCRAWL_WARC_DIR", warc_dir)
    # The same pages as the plain run, no more: no pictures, no stylesheets.
    settings.set("NEWSCRAWL_WARC_MEDIA", False)
    settings.set("NEWSCRAWL_WARC_REQUISITES", False)
process = CrawlerProcess(settings, install_root_handler=False)
crawler = process.create_crawler("baothaibinh")
process.crawl(crawler, base_url=base_url)
def cpu_seconds():
    # this process and the archive process it started and waited for
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in used)
wall, cpu = time.perf_counter(), cpu_seconds()
process.start()
wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
stats = crawler.stats.get_stats()
print(json.dumps({
    "wall": wall, "cpu": cpu,
    "pages": stats.get("downloader/response_count", 0),
    "articles": stats.get("item_scraped_count", 0),
    "warc_bytes": stats.get("newscrawl/warc/bytes", 0),
}))
"""


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    pages: int
    articles: int
    warc_bytes: int

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.wall

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu / self.pages


def crawl(base_url: str, warc_dir: Path | None) -> Run:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", CHILD, base_url, str(warc_dir or "")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(**result)


@dataclass(frozen=True)
class Summary:
    label: str
    runs: list[Run]

    def median(self, value: str) -> float:
        return float(statistics.median(getattr(run, value) for run in self.runs))

    def row(self) -> str:
        return (
            f"{self.label:<8} {len(self.runs):>4} {self.median('pages'):>6.0f} "
            f"{self.median('wall'):>7.3f} {self.median('pages_per_s'):>8.1f} "
            f"{self.median('cpu_ms_per_page'):>11.2f} {self.median('warc_bytes') / 1e6:>8.2f}"
        )


def measure(repeats: int) -> tuple[Summary, Summary]:
    server = start_server(REPLICA)
    plain: list[Run] = []
    warc: list[Run] = []
    try:
        crawl(server.url, None)  # warm-up: file caches, bytecode
        for _ in range(repeats):
            plain.append(crawl(server.url, None))
            with tempfile.TemporaryDirectory(prefix="warc-bench-") as directory:
                warc.append(crawl(server.url, Path(directory)))
    finally:
        server.close()
    return Summary("plain", plain), Summary("warc", warc)


def report(plain: Summary, warc: Summary) -> float:
    print(f"{'mode':<8} {'runs':>4} {'pages':>6} {'wall s':>7} {'pages/s':>8} "
          f"{'CPU ms/page':>11} {'WARC MB':>8}")  # fmt: skip
    print(plain.row())
    print(warc.row())
    # Each WARC run is compared with the plain run just before it (same load on the machine),
    # and the median of those ratios is reported.
    pairs = list(zip(plain.runs, warc.runs, strict=True))
    slower = 100 * statistics.median(1 - w.pages_per_s / p.pages_per_s for p, w in pairs)
    cpu = 100 * statistics.median(w.cpu_ms_per_page / p.cpu_ms_per_page - 1 for p, w in pairs)
    verdict = "within" if slower < GOAL else "OVER"
    judged = f"throughput cost {verdict} the {GOAL:.0f}% goal"
    if len(plain.runs) < 3:
        judged = "too few runs to judge the goal: noise on a shared machine is ~10%"
    print(f"overhead: throughput {-slower:+.1f}%, CPU per page {cpu:+.1f}% ({judged})")
    return slower


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one run of each (CI smoke)")
    parser.add_argument("--repeats", type=int, default=7, help="runs of each mode (default 7)")
    args = parser.parse_args()
    plain, warc = measure(1 if args.quick else args.repeats)
    if {run.pages for run in plain.runs + warc.runs} != {plain.runs[0].pages}:
        print("the runs fetched different numbers of pages: not comparable", file=sys.stderr)
        return 1
    report(plain, warc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
