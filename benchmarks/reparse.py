"""Re-parse throughput: articles per second of `extract_article`, trafilatura and newspaper4k on
the same pages, and of `newscrawl reparse` re-reading a whole crawl from its WARC files.

    python -m benchmarks.reparse                  # 500 synthetic pages + the saved ones, 5 rounds
    python -m benchmarks.reparse --quick          # CI smoke: 50 + the saved pages, 1 round

The pages: article pages of a synthetic replica (`--articles`, every n-th up to `--pages`),
the 52 of the hand-written replica and those of `fixtures/pages` (other markups), read from
their bytes and URL by each tool in turn, round after round (CPU time of this process, so a
busy machine skews no tool more than another). The competitors come with the bench extra
(`pip install -U pip && pip install -e '.[bench]'`); a missing one shows as "not installed".

`newscrawl reparse` is timed as a command: a crawl of the synthetic replica with
NEWSCRAWL_WARC_DIR (made once, kept beside the replica), re-read into JSONL by a child process
(start-up, WARC reading, decompression, the spider's callback, pipelines and export included):
articles exported per second of its wall time, and its CPU time (rusage) per article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import machine
from benchmarks.extraction import GOAL_RATIO
from benchmarks.extraction import load_pages as extraction_pages
from benchmarks.replicas import DEFAULT_WORK, Replica, ensure_replica
from benchmarks.runs import ROOT, child_env, run_crawl
from benchmarks.servers import serve
from newscrawl import extract_article

FETCHED_AT = datetime(2026, 11, 26, tzinfo=UTC)


@dataclass(frozen=True)
class Page:
    html: bytes
    url: str


Read = Callable[[Page], Any]


@dataclass
class Tool:
    name: str
    read: Read | None  # None: not installed
    seconds: list[float] = field(default_factory=list)  # CPU seconds per round, all pages
    answered: int = 0  # pages with a non-empty text


# -- the pages -------------------------------------------------------------------------------


def load_pages(replica: Replica, limit: int) -> list[Page]:
    paths = [line.strip() for line in replica.urls_file.read_text("utf-8").splitlines()]
    articles = [p for p in paths if p.startswith("/tin-tuc/")]
    step = max(1, len(articles) // limit)
    base = replica.manifest["base_url"]
    pages = [
        Page((replica.tree / (p.lstrip("/") + ".html")).read_bytes(), base + p)
        for p in articles[::step][:limit]
    ]
    return pages + saved_pages()


def saved_pages() -> list[Page]:
    """The pages of benchmarks/extraction.py (fixtures/pages and the hand-written replica)."""
    return [Page(p.html, p.url) for p in extraction_pages()]


# -- the tools -------------------------------------------------------------------------------


def newscrawl_read(page: Page) -> str:
    return extract_article(page.html, page.url, fetched_at=FETCHED_AT)["body"]


def trafilatura_read() -> tuple[str, Read | None]:
    try:
        import trafilatura
    except ImportError:
        return "trafilatura", None
    dates = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S"}

    def read(page: Page) -> str:
        doc = trafilatura.bare_extraction(
            page.html, url=page.url, with_metadata=True, include_comments=False,
            include_images=False, date_extraction_params=dates,
        )  # fmt: skip
        return (getattr(doc, "text", None) or "") if doc is not None else ""

    return f"trafilatura {trafilatura.__version__}", read


def newspaper_read() -> tuple[str, Read | None]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "nltk is not installed": NLP is not used here
            import newspaper
    except ImportError:
        return "newspaper4k", None
    config = newspaper.Config()
    config.fetch_images = False  # never the network: the HTML is given
    config.language = "vi"
    config.memorize_articles = False

    def read(page: Page) -> str:
        article = newspaper.Article(page.url, config=config)
        article.download(input_html=page.html.decode("utf-8", "replace"))
        article.parse()
        return str(article.text or "")

    return f"newspaper4k {newspaper.__version__}", read


def measure(tools: list[Tool], pages: list[Page], rounds: int) -> None:
    for tool in tools:  # answers first, which also warms caches up
        if tool.read is not None:
            tool.answered = sum(1 for page in pages if _safely(tool.read, page))
    for _ in range(rounds):
        for tool in tools:
            if tool.read is None:
                continue
            started = time.process_time()
            for page in pages:
                _safely(tool.read, page)
            tool.seconds.append(time.process_time() - started)


def _safely(read: Read, page: Page) -> Any:
    try:
        return read(page)
    except Exception:  # a tool's crash on a page counts as no answer
        return None


# -- newscrawl reparse -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReparseRun:
    articles: int
    wall: float
    cpu: float


def archive_of(replica: Replica, work: Path, server: str) -> Path:
    """WARC files of a full crawl of the replica, made once (the `complete` marker)."""
    warc = work / f"warc-{replica.tree.name}"
    if not (warc / "complete").exists():
        with serve(replica.tree, server) as served, tempfile.TemporaryDirectory() as scratch:
            print(f"crawling {replica.tree.name} into {warc} ...", file=sys.stderr, flush=True)
            arguments = ["crawl", "baothaibinh", "-a", f"base_url={served.url}"]
            arguments += ["-O", str(Path(scratch) / "out.jsonl"), "-s", "LOG_LEVEL=ERROR"]
            # (The synthetic replica has no pictures to archive.)
            arguments += ["-s", f"NEWSCRAWL_WARC_DIR={warc}", "-s", "NEWSCRAWL_WARC_MEDIA=False"]
            arguments += ["-s", "NEWSCRAWL_WARC_REQUISITES=False"]
            run_crawl(arguments, cwd=ROOT)
        (warc / "complete").write_text("", "utf-8")
    return warc


def reparse_once(warc: Path) -> ReparseRun:
    with tempfile.TemporaryDirectory(prefix="newscrawl-reparse-") as scratch:
        output = Path(scratch) / "again.jsonl"
        command = [sys.executable, "-m", "newscrawl.cli", "reparse", str(warc), "-o", str(output)]
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=child_env(), stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        if process.returncode != 0:
            raise RuntimeError(f"newscrawl reparse exited {process.returncode}: {error}")
        with output.open("rb") as lines:
            articles = sum(1 for _ in lines)
        return ReparseRun(articles, wall, usage.ru_utime + usage.ru_stime)


# -- the table -------------------------------------------------------------------------------


def report(tools: list[Tool], pages: list[Page], runs: list[ReparseRun], rounds: int,
           synthetic: int) -> list[str]:  # fmt: skip
    lines = [
        f"Re-parse throughput: {len(pages)} article pages ({synthetic} synthetic replica pages, "
        f"{len(pages) - synthetic} saved pages), median of {rounds} round(s), CPU time",
        "",
        f"{'tool':<34} {'pages':>6} {'answered':>9} {'articles/s':>11} {'ms/article':>11} "
        f"{'vs trafilatura':>15}",
    ]
    baseline = next((t for t in tools if t.name.startswith("trafilatura") and t.seconds), None)
    base_ms = 1000 * statistics.median(baseline.seconds) / len(pages) if baseline else None
    for tool in tools:
        if not tool.seconds:
            lines.append(f"{tool.name:<34} {'not installed':>28}")
            continue
        ms = 1000 * statistics.median(tool.seconds) / len(pages)
        ratio = f"{base_ms / ms:.1f}x" if base_ms else "-"
        lines.append(
            f"{tool.name:<34} {len(pages):>6} {tool.answered:>9} {1000 / ms:>11.1f} "
            f"{ms:>11.2f} {ratio:>15}"
        )
    if runs:
        articles = runs[0].articles
        wall = statistics.median(r.wall for r in runs)
        cpu_ms = 1000 * statistics.median(r.cpu for r in runs) / articles
        lines.append(
            f"{'newscrawl reparse (WARC, command)':<34} {articles:>6} {articles:>9} "
            f"{articles / wall:>11.1f} {cpu_ms:>11.2f} {'-':>15}"
        )
        lines.append("  (reparse: articles/s over wall time with start-up; ms/article from rusage)")
    if base_ms:
        ms = 1000 * statistics.median(tools[0].seconds) / len(pages)
        verdict = "met" if base_ms / ms >= GOAL_RATIO else "missed"
        lines.append(f"goal: extract_article >= {GOAL_RATIO:g}x faster than trafilatura: {verdict}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    replica = ensure_replica(args.work, args.articles, args.seed)
    pages = load_pages(replica, args.pages)
    tools = [Tool("newscrawl extract_article", newscrawl_read)]
    tools += [Tool(name, read) for name, read in (trafilatura_read(), newspaper_read())]
    before = machine.describe()
    measure(tools, pages, args.repeats)
    runs: list[ReparseRun] = []
    if not args.no_warc:
        warc = archive_of(replica, args.work, args.server)
        runs = [reparse_once(warc) for _ in range(args.repeats)]
    print(f"machine: {before} (before); load average {machine.load()} (after)")
    synthetic = len(pages) - len(saved_pages())
    print("\n".join(report(tools, pages, runs, args.repeats, synthetic)))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a 200-article replica, 50 of its "
                        "pages, one round (CI)")  # fmt: skip
    parser.add_argument("--articles", type=int, help="synthetic replica size (default 2,000)")
    parser.add_argument("--pages", type=int, help="synthetic pages to read (default 500)")
    parser.add_argument("--repeats", type=int, help="rounds (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="replica seed (default 1)")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where replicas are kept")
    parser.add_argument("--server", choices=("auto", "nginx", "newscrawl"), default="auto")
    parser.add_argument("--no-warc", action="store_true", help="skip `newscrawl reparse`")
    args = parser.parse_args(argv)
    args.articles = args.articles or (200 if args.quick else 2_000)
    args.pages = args.pages or (50 if args.quick else 500)
    args.repeats = args.repeats or (1 if args.quick else 5)
    return args


if __name__ == "__main__":
    sys.exit(main())
