"""Test support: the replica served on loopback, and `scrapy crawl` run as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from newscrawl.server import ReplicaSite, RunningServer, start_server
from newscrawl.server.static import ReplicaHandler

ROOT = Path(__file__).resolve().parent.parent
REPLICA = ROOT / "fixtures" / "portal"
EXPECTED = ROOT / "fixtures" / "expected" / "portal-articles.jsonl"
MANIFEST = ROOT / "fixtures" / "expected" / "portal-manifest.json"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@dataclass
class RecordingServer:
    """The replica on loopback, remembering every path requested (with its Host header)."""

    running: RunningServer
    requests: list[tuple[str, str]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.running.url

    def paths(self) -> list[str]:
        return [path for _, path in self.requests]


def recording_server(root: Path, port: int = 0) -> RecordingServer:
    log: list[tuple[str, str]] = []

    def handler(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        class Recording(ReplicaHandler):
            def _respond(self, *, with_body: bool) -> None:
                log.append((self.headers.get("Host", ""), self.path))
                super()._respond(with_body=with_body)

        Recording.site = site
        return Recording

    return RecordingServer(start_server(root, port=port, handler=handler), log)


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict[str, Any]]
    log: str
    output: Path


def run_crawl(
    tmp_path: Path,
    *args: str,
    spider: str = "baothaibinh",
    settings: dict[str, str] | None = None,
    timeout: float = 240,
    check: bool = True,
) -> CrawlResult:
    """Run `scrapy crawl` in a subprocess from the project root, exporting JSONL."""
    output = tmp_path / "articles.jsonl"
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-O", str(output), *args]
    for name, value in (settings or {}).items():
        command += ["-s", f"{name}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and done.returncode != 0:
        raise AssertionError(f"scrapy crawl failed ({done.returncode}):\n{done.stderr[-5000:]}")
    items = read_jsonl(output) if output.exists() else []
    return CrawlResult(done.returncode, items, done.stderr, output)


def start_crawl(
    tmp_path: Path,
    output: Path,
    *args: str,
    spider: str = "baothaibinh",
    settings: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    """Start `scrapy crawl` without waiting for it (to kill it mid-run)."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-o", str(output), *args]
    for name, value in (settings or {}).items():
        command += ["-s", f"{name}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (tmp_path / f"{output.stem}.log").open("w")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, text=True)


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def slow_server(root: Path, delay: float) -> RecordingServer:
    """The replica answering each request after `delay` seconds (to stop a crawl mid-way)."""
    log: list[tuple[str, str]] = []

    def handler(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        class Slow(ReplicaHandler):
            def _respond(self, *, with_body: bool) -> None:
                log.append((self.headers.get("Host", ""), self.path))
                time.sleep(delay)
                super()._respond(with_body=with_body)

        Slow.site = site
        return Slow

    return RecordingServer(start_server(root, handler=handler), log)
