"""Running a crawl as a child process and measuring it from the outside.

Each crawl is a fresh process (Twisted's reactor cannot restart). Its CPU time and peak RSS
come from the kernel's account of the child (`wait4` rusage), start-up included; its pages
and the crawl's own duration (engine open to close) from its final stats, which
`benchmarks.stats.JsonStatsCollector` leaves in a file. While it runs, its RSS can be sampled
against the lines it has exported so far (the JSONL exporter flushes every line).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STATS_CLASS = "benchmarks.stats.JsonStatsCollector"


@dataclass
class ChildRun:
    returncode: int
    wall: float  # seconds, process start to exit
    cpu: float  # user + system seconds of the child (rusage)
    max_rss_mb: float  # peak resident set (rusage)
    stats: dict[str, Any]
    # (seconds since start, lines exported, RSS in MB), when sampled.
    samples: list[tuple[float, int, float]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return int(self.stats.get("downloader/response_count", 0))

    @property
    def items(self) -> int:
        return int(self.stats.get("item_scraped_count", 0))

    @property
    def crawl_seconds(self) -> float:
        """The crawl's own duration: engine open to close (Scrapy's `elapsed_time_seconds`)."""
        return float(self.stats.get("elapsed_time_seconds") or self.wall)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.crawl_seconds if self.crawl_seconds else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu / self.pages if self.pages else 0.0


def child_env() -> dict[str, str]:
    """The environment of a crawl: `benchmarks` importable, no inherited Scrapy project."""
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def scrapy_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", *args]


def run_crawl(
    args: list[str],
    *,
    cwd: Path,
    output: Path | None = None,
    sample_every: float | None = None,
    timeout: float = 3 * 3600,
) -> ChildRun:
    """Run `scrapy ARGS` (stats to a file), optionally sampling RSS against `output`'s lines."""
    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as scratch:
        stats_file = Path(scratch) / "stats.json"
        log_file = Path(scratch) / "stderr.log"
        command = scrapy_command(
            *args, "-s", f"STATS_CLASS={STATS_CLASS}", "-s", f"BENCH_STATS_FILE={stats_file}"
        )
        with log_file.open("wb") as log:
            run = _run(command, cwd, log, output, sample_every, timeout)
        if run.returncode not in (0, 3) or not stats_file.exists():
            # 3: newscrawl's health check failed (e.g. the null spider exports nothing).
            tail = log_file.read_text("utf-8", "replace")[-3000:]
            raise RuntimeError(f"{' '.join(command)} exited {run.returncode}:\n{tail}")
        run.stats = json.loads(stats_file.read_text("utf-8"))
        return run


def _run(
    command: list[str],
    cwd: Path,
    log: Any,
    output: Path | None,
    sample_every: float | None,
    timeout: float,
) -> ChildRun:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=child_env(), stdout=subprocess.DEVNULL, stderr=log
    )
    lines = _LineCounter(output) if output is not None else None
    samples: list[tuple[float, int, float]] = []
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        elapsed = time.perf_counter() - started
        if elapsed > timeout:
            process.kill()
        if sample_every and lines is not None:
            rss = _rss_mb(process.pid)
            if rss is not None:
                samples.append((elapsed, lines.count(), rss))
        time.sleep(sample_every or 0.05)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return ChildRun(
        returncode=process.returncode,
        wall=time.perf_counter() - started,
        cpu=usage.ru_utime + usage.ru_stime,
        # Linux reports kilobytes, macOS bytes.
        max_rss_mb=usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024),
        stats={},
        samples=samples,
    )


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


class _LineCounter:
    """Lines in a growing file, read incrementally."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.lines = 0

    def count(self) -> int:
        try:
            with self.path.open("rb") as f:
                f.seek(self.offset)
                chunk = f.read()
        except OSError:
            return self.lines
        self.offset += len(chunk)
        self.lines += chunk.count(b"\n")
        return self.lines
