"""A crawl stopped by a signal mid-run leaves closed WARC files ending on a complete record:
stopped gracefully (SIGTERM), forced (a second SIGTERM), or killed outright (SIGKILL), when the
archive process finishes the files on its own."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from newscrawl.server import ReplicaSite, RunningServer, start_server
from newscrawl.server.static import ReplicaHandler
from tests.archive.warcs import Record, read_dir, warcio_check
from tests.support import REPLICA, start_crawl

pytestmark = pytest.mark.e2e

DELAY = 0.05  # per response: the crawl must still be running when the signal comes


@dataclass
class SlowServer:
    running: RunningServer
    seen: list[str]


@pytest.fixture
def server() -> Iterator[SlowServer]:
    seen: list[str] = []

    def handler(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        class Slow(ReplicaHandler):
            def _respond(self, *, with_body: bool) -> None:
                seen.append(self.path)
                time.sleep(DELAY)
                super()._respond(with_body=with_body)

        Slow.site = site
        return Slow

    running = start_server(REPLICA, handler=handler)
    yield SlowServer(running, seen)
    running.close()


def interrupted_crawl(
    tmp_path: Path, server: SlowServer, signals: int, sent: signal.Signals = signal.SIGTERM
) -> tuple[str, Path]:
    """Start a crawl, send `sent` `signals` times once 40 pages were served, wait for the end."""
    warc_dir = tmp_path / "warc"
    crawl = start_crawl(
        tmp_path,
        tmp_path / "articles.jsonl",
        "-a", f"base_url={server.running.url}",
        settings={"NEWSCRAWL_WARC_DIR": str(warc_dir), "CONCURRENT_REQUESTS": "4"},
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while len(server.seen) < 40 and time.monotonic() < deadline and crawl.poll() is None:
        time.sleep(0.02)
    assert crawl.poll() is None, "the crawl ended before it could be interrupted"
    for _ in range(signals):
        crawl.send_signal(sent)
        time.sleep(0.05)
    try:
        crawl.wait(timeout=60)
    except subprocess.TimeoutExpired:
        crawl.kill()
        raise
    return (tmp_path / "articles.log").read_text(), warc_dir


def assert_closed_and_complete(warc_dir: Path) -> list[Record]:
    assert list(warc_dir.glob("*.open")) == []
    files = sorted(warc_dir.glob("*.warc.gz"))
    assert files
    checked = warcio_check(*files)
    assert checked.returncode == 0, checked.stdout[-3000:]
    records = read_dir(warc_dir)
    assert all(r.digest_ok for r in records if r.type != "warcinfo")
    pairs = [r for r in records if r.type in ("request", "response")]
    assert len(pairs) % 2 == 0  # no request without its response
    assert pairs[-1].type == "response"
    return records


def test_sigterm_mid_crawl_leaves_closed_files_and_whole_records(
    tmp_path: Path, server: SlowServer
) -> None:
    log, warc_dir = interrupted_crawl(tmp_path, server, signals=1)
    assert "Received SIGTERM, shutting down gracefully" in log
    records = assert_closed_and_complete(warc_dir)
    responses = [r for r in records if r.type == "response"]
    assert 40 <= len(responses) < 265  # stopped mid-way, with what it had fetched
    assert sorted(p.name for p in warc_dir.glob("*.cdxj")) == [
        p.name.replace(".warc.gz", ".cdxj") for p in sorted(warc_dir.glob("*.warc.gz"))
    ]


def test_a_second_sigterm_forcing_the_stop_still_closes_the_file(
    tmp_path: Path, server: SlowServer
) -> None:
    log, warc_dir = interrupted_crawl(tmp_path, server, signals=2)
    assert "forcing unclean shutdown" in log
    assert_closed_and_complete(warc_dir)


def test_a_crawl_killed_outright_still_leaves_closed_files(
    tmp_path: Path, server: SlowServer
) -> None:
    log, warc_dir = interrupted_crawl(tmp_path, server, signals=1, sent=signal.SIGKILL)
    assert "own process" in log
    # The crawl is gone at once; its archive process sees the pipe close and finishes the files.
    deadline = time.monotonic() + 30
    while list(warc_dir.glob("*.open")) and time.monotonic() < deadline:
        time.sleep(0.05)
    records = assert_closed_and_complete(warc_dir)
    # what had been handed over before the kill (40 pages served, four at a time in flight)
    assert 30 <= len([r for r in records if r.type == "response"]) < 265
