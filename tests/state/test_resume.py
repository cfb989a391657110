"""A crawl killed with SIGKILL at any point, then resumed, archives every article exactly once."""

from __future__ import annotations

import signal
import time
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.state.store import StateStore
from tests.archive.warcs import read_dir
from tests.support import (
    EXPECTED,
    REPLICA,
    count_lines,
    read_jsonl,
    run_crawl,
    slow_server,
    start_crawl,
)

pytestmark = pytest.mark.e2e


def _listings_under_way(server: Any, crawl: Any) -> bool:
    return len(server.requests) >= 5 or crawl.poll() is not None


def _wait_for(condition: Any, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)


def _kill_when(process: Any, output: Path, lines: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while count_lines(output) < lines and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.parametrize(
    "kill_points",
    [(0,), (8,), (30,), (50,), (5, 25)],
    ids=["during-listings", "early", "midway", "near-the-end", "killed-twice"],
)
def test_killed_crawls_resume_to_exactly_once(
    tmp_path: Path, kill_points: tuple[int, ...], expected_articles: dict[str, Any]
) -> None:
    server = slow_server(REPLICA, delay=0.02)
    settings = {"NEWSCRAWL_STATE_DIR": str(tmp_path / "state"), "JOBDIR": str(tmp_path / "job")}
    outputs: list[Path] = []
    try:
        for n, lines in enumerate(kill_points):
            output = tmp_path / f"attempt-{n}.jsonl"
            outputs.append(output)
            crawl = start_crawl(tmp_path, output, "-a", f"base_url={server.url}", settings=settings)
            if lines == 0:
                # The listing walk is under way, no article exported yet.
                _wait_for(partial(_listings_under_way, server, crawl))
                crawl.send_signal(signal.SIGKILL)
                crawl.wait(timeout=30)
            else:
                _kill_when(crawl, output, lines)
        final = run_crawl(tmp_path / "final", "-a", f"base_url={server.url}", settings=settings)
    finally:
        server.running.close()
    outputs.append(final.output)
    # A crawl killed before it opened its feed leaves no file: it exported nothing.
    exported = Counter(
        item["article_id"] for path in outputs if path.exists() for item in read_jsonl(path)
    )
    assert {i: n for i, n in exported.items() if n > 1} == {}
    assert sorted(exported) == sorted(expected_articles)
    killed = [count_lines(path) for path in outputs[:-1]]
    assert all(n < len(expected_articles) for n in killed), killed


def test_a_killed_crawl_leaves_no_picture_unarchived(tmp_path: Path) -> None:
    """With WARC, the pictures of the articles a killed run exported are archived by the next
    run: the state keeps each from before it is asked for until it is archived."""
    server = slow_server(REPLICA, delay=0.02)
    warc = tmp_path / "warc"
    settings = {
        "NEWSCRAWL_STATE_DIR": str(tmp_path / "state"),
        "JOBDIR": str(tmp_path / "job"),
        "NEWSCRAWL_WARC_DIR": str(warc),
    }
    try:
        crawl = start_crawl(
            tmp_path, tmp_path / "killed.jsonl", "-a", f"base_url={server.url}", settings=settings
        )
        _kill_when(crawl, tmp_path / "killed.jsonl", 20)
        final = run_crawl(tmp_path / "final", "-a", f"base_url={server.url}", settings=settings)
    finally:
        server.running.close()
    assert 0 < count_lines(tmp_path / "killed.jsonl") < 53
    assert final.returncode == 0
    pictures = {
        urlsplit(image["url"]).path
        for article in read_jsonl(EXPECTED)
        for image in article["images"]
    }
    archived = {
        urlsplit(r.uri).path
        for r in read_dir(warc)
        if r.type == "response" and r.header("Content-Type") == ["image/jpeg"]
    }
    # and the placeholder the listings show, a picture of no article (a page requisite)
    assert archived == pictures | {"/images/no-image.jpg"}
    store = StateStore(tmp_path / "state")
    try:
        assert store.pictures.unarchived("baothaibinh.com.vn", 0) == []
    finally:
        store.close()
