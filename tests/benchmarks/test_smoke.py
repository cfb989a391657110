"""Each benchmark script runs with `--quick` on a small replica and prints a sane table.

Figures, not timings: the checks are that every row is there, that the crawls fetched exactly
the replica's pages and exported every article, and that the numbers are of a plausible
magnitude. The server is nginx where installed; one script is run with `--server newscrawl`,
so the fallback is exercised everywhere (and is all there is without nginx).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages.cases import all_cases
from tests.support import ROOT

pytestmark = pytest.mark.e2e

QUICK_ARTICLES = 200
_NUMBER = r"[\d,]+(?:\.\d+)?"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Shared by the scripts, so the 200-article replica is made once."""
    return tmp_path_factory.mktemp("bench")


def run(script: str, *args: str, timeout: float = 240) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{script}", "--quick", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def row(lines: list[str], label: str) -> list[float]:
    """The numbers of the table row labelled `label` (left-aligned, or right-aligned)."""
    head = re.compile(rf"^\s*{re.escape(label)}(?:\s{{2,}}|\s(?=\s*\d))")
    found = [line for line in lines if head.match(line)]
    assert found, f"no row {label!r} in:\n" + "\n".join(lines)
    rest = head.sub("", found[0], count=1)
    return [float(n.replace(",", "")) for n in re.findall(_NUMBER, rest)]


def urls_of(work: Path) -> int:
    urls = work / f"replica-{QUICK_ARTICLES}-s1.expected" / "portal-urls.txt"
    return len(urls.read_text("utf-8").splitlines())


def test_crawl_throughput(work: Path) -> None:
    lines = run("crawl_throughput", "--work", str(work))
    assert any(line.startswith("machine: ") for line in lines)
    pages = urls_of(work)
    for variant in ("null", "null + settings", "null, tuned"):
        fetched, items, per_s, cpu_ms, ratio = row(lines, variant)
        assert (fetched, items) == (pages, 0)
        assert 1 < per_s < 100_000
        assert 0.05 < cpu_ms < 1000
        assert ratio > 0
    for variant in ("full", "full + WARC", "full + state"):
        fetched, items, per_s, cpu_ms, ratio = row(lines, variant)
        assert (fetched, items) == (pages, QUICK_ARTICLES)
        assert 1 < per_s < 100_000
        assert 0.05 < cpu_ms < 1000
        assert 0 < ratio < 1000
    assert row(lines, "null")[-1] == 100  # the null spider against itself
    assert any(line.startswith("goal: full crawl >= 85%") for line in lines)


def test_memory_with_the_fallback_server(work: Path) -> None:
    lines = run("memory", "--work", str(work), "--server", "newscrawl")
    assert any("served by newscrawl serve" in line for line in lines)
    for size in (QUICK_ARTICLES, 2 * QUICK_ARTICLES):
        for variant in ("full", "full + WARC"):
            numbers = _memory_row(lines, variant, size)
            assert numbers[0] == size
            pages, exported, pictures, peak = numbers[1:5]
            assert exported == size
            assert pages > size
            # Each article of the synthetic replica shows a picture or two; only WARC asks.
            assert size < pictures < 4 * size if variant == "full + WARC" else pictures == 0
            assert 20 < peak < 2000  # MB: a Python process with Scrapy and lxml loaded
    for variant in ("full", "full + WARC"):
        assert any(line.startswith(f"goals at 400 articles, {variant}:") for line in lines)


def _memory_row(lines: list[str], variant: str, size: int) -> list[float]:
    head = re.compile(rf"^{re.escape(variant)}\s+{size:,}\s")
    found = [line for line in lines if head.match(line)]
    assert len(found) == 1, "\n".join(lines)
    return [float(n.replace(",", "")) for n in re.findall(_NUMBER, found[0][len(variant) :])]


def test_reparse(work: Path) -> None:
    lines = run("reparse", "--work", str(work))
    # Without the bench extra there is no trafilatura to compare with: no ratio column.
    pages, answered, per_s, ms = row(lines, "newscrawl extract_article")[:4]
    assert pages == 50 + len(all_cases())
    # Every page is an article newscrawl reads; a photo story has no text to answer with.
    assert answered == pages - sum(1 for case in all_cases() if not case.expected["body"])
    assert per_s > 10
    assert 0 < ms < 100
    articles, exported, per_s, ms = row(lines, "newscrawl reparse (WARC, command)")
    assert articles == exported == QUICK_ARTICLES
    assert per_s > 1
    assert ms > 0
    # The goal is judged against trafilatura: only when the bench extra installed it.
    trafilatura = next(line for line in lines if line.startswith("trafilatura"))
    goal = any(line.startswith("goal: extract_article >= 10x") for line in lines)
    assert goal is ("not installed" not in trafilatura)


def test_profile_crawl(work: Path) -> None:
    """With py-spy (and ptrace) the table; without, a clear refusal."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "benchmarks.profile_crawl", "--quick", "--work", str(work)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=240)
    if done.returncode == 2:  # the script's own refusal: no py-spy, or no ptrace here
        assert "py-spy" in done.stderr
        pytest.skip(done.stderr.strip().splitlines()[-1])
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    null, full, _ = row(lines, "total")
    # Both sampled; which costs more per page is the benchmark's finding, not the smoke test's
    # (on 200 articles start-up weighs most, and the null spider runs Scrapy's defaults).
    assert null > 0
    assert full > 0
    null_extraction, full_extraction, _ = row(lines, "article pages: extraction (ArticlePage)")
    assert null_extraction == 0  # the null spider parses nothing
    assert full_extraction > 0


def test_vn_parsers() -> None:
    lines = run("vn_parsers")
    right, total = row(lines, "newscrawl.vn.parse_timestamp")[:2]
    assert 0 < right <= total
    assert any(line.startswith("dateutil.parser.parse") for line in lines)


def test_warc_overhead() -> None:
    lines = run("warc_overhead")
    runs, pages, wall, per_s, cpu_ms, megabytes = row(lines, "plain")
    assert (runs, pages, megabytes) == (1, 265, 0)
    assert min(wall, cpu_ms) > 0
    assert per_s > 1
    runs, pages, _, _, _, megabytes = row(lines, "warc")
    assert (runs, pages) == (1, 265)
    assert megabytes > 0.1  # every exchange of the crawl went into the archive
    assert any(line.startswith("overhead: throughput") for line in lines)


def test_gzip_levels() -> None:
    lines = run("gzip_levels")
    one, default, nine = (row(lines, f"{level}") for level in (1, 6, 9))
    assert default[2:] == [0.0, 0.0]  # the default against itself
    assert one[0] > default[0] >= nine[0]  # level 1 compresses least
    size, cpu_ms, _, _ = row(lines, "zlib 6")  # what the archive compressed with before
    assert size > 0
    assert cpu_ms > 0


def test_warc_records() -> None:
    lines = run("warc_records")
    assert any(line.startswith("machine: ") for line in lines)
    assert any(line.startswith("WARC records: 265 exchanges") for line in lines)
    whole, share = row(lines, "Archiver.archive")
    assert share == 100
    assert 1 < whole < 100_000  # µs per exchange
    stages = [row(lines, stage)[0] for stage in ("digest", "ids", "gzip", "CDXJ")]
    assert all(0 < stage < whole for stage in stages)


def test_held_captures() -> None:
    lines = run("held_captures")
    assert any(line.startswith("Held captures: 2,000 articles") for line in lines)
    wayback = row(lines, "Wayback (time, address)")
    common_crawl = row(lines, "Common Crawl (+ file, offset, length)")
    # Two captures an article: a few hundred bytes each, more with the record's place
    assert 200 < wayback[1] < common_crawl[1] < 2_000
    assert row(lines, "as requests (Wayback), all at once")[1] > wayback[1]
