"""Crawling the misbehaving replica from tests: the crawl, and everything observed around it.

`crawl_replica(tmp_path, faults)` serves `fixtures/portal` with the given fault profile (or
clean), runs `scrapy crawl baothaibinh` against it in a subprocess and returns the export, the
failures feed, the run report, the fault server's record, every download the crawl started
(`recording.py`), what a second server on the next port saw, and the subprocess's peak RSS.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.server import RunningServer, start_server
from newscrawl.server.faults import FaultInjector, faulty_handler
from tests.support import REPLICA, ROOT, RecordingServer, read_jsonl, recording_server

FAULTS = ROOT / "fixtures" / "faults"

# Quick to fail, quick to retry: the faults' own timings (a 3 s stall, Retry-After 1 s) still
# apply, and every wait the crawl makes is bounded by these.
FAST = {
    "DOWNLOAD_TIMEOUT": "2",
    "RETRY_TIMES": "2",
    "NEWSCRAWL_RETRY_BASE_DELAY": "0.05",
    "NEWSCRAWL_RETRY_MAX_DELAY": "1.5",
    "NEWSCRAWL_RETRY_JITTER": "0",
}
RECORDING = json.dumps(
    {
        "http": "tests.faults.recording.RecordingDownloadHandler",
        "https": "tests.faults.recording.RecordingDownloadHandler",
    }
)


@dataclass
class ReplicaCrawl:
    returncode: int
    items: list[dict[str, Any]]
    failures: list[dict[str, Any]]
    report: dict[str, Any]
    faults: dict[str, Any] | None  # the fault server's record (`GET /__faults__`)
    downloads: list[dict[str, Any]]  # every download the crawl started, in order
    neighbour: list[tuple[str, str]]  # requests the server on the next port received
    base_url: str
    peak_rss_mib: float
    seconds: float
    log: str


def crawl_replica(
    tmp_path: Path,
    faults: str | Path | None,
    *args: str,
    settings: dict[str, str] | None = None,
    replica: Path = REPLICA,
    timeout: float = 120,
) -> ReplicaCrawl:
    tmp_path.mkdir(parents=True, exist_ok=True)
    injector = faulty_handler(faults) if faults is not None else None
    server, neighbour = _servers_on_adjacent_ports(replica, injector)
    output, failures, report, downloads = (
        tmp_path / name
        for name in ("articles.jsonl", "failures.jsonl", "report.json", "downloads.jsonl")
    )
    every = {
        **FAST,
        "NEWSCRAWL_FAILURES_FILE": str(failures),
        "NEWSCRAWL_REPORT_FILE": str(report),
        "NEWSCRAWL_TEST_DOWNLOADS": str(downloads),
        "DOWNLOAD_HANDLERS": RECORDING,
        **(settings or {}),
    }
    command = [sys.executable, "-m", "scrapy", "crawl", "baothaibinh", "-O", str(output)]
    command += ["-a", f"base_url={server.url}", *args]
    for name, value in every.items():
        command += ["-s", f"{name}={value}"]
    log_path = tmp_path / "crawl.log"
    started = time.monotonic()
    try:
        with log_path.open("w") as log:
            process = subprocess.Popen(
                command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
            returncode, peak_kib = _wait(process, timeout)
        seconds = time.monotonic() - started
        record = injector.report() if injector is not None else None
    finally:
        server.close()
        neighbour.running.close()
    return ReplicaCrawl(
        returncode=returncode,
        items=read_jsonl(output) if output.exists() else [],
        failures=read_jsonl(failures) if failures.exists() else [],
        report=json.loads(report.read_text("utf-8")) if report.exists() else {},
        faults=record,
        downloads=read_jsonl(downloads) if downloads.exists() else [],
        neighbour=list(neighbour.requests),
        base_url=server.url,
        peak_rss_mib=peak_kib / 1024,
        seconds=seconds,
        log=log_path.read_text("utf-8", errors="replace"),
    )


def _wait(process: subprocess.Popen[bytes], timeout: float) -> tuple[int, int]:
    """(exit code, peak RSS in KiB) of the crawl, read from its own address space's high-water
    mark (`VmHWM`, polled: it only grows, so the last reading before exit holds the peak). Not
    `ru_maxrss`: a child spawned by `vfork` carries its parent's peak into it at `exec`, so a
    long test session's own size (200 MiB after ten thousand tests) would pass for the
    crawl's."""
    deadline = time.monotonic() + timeout
    status_file = Path(f"/proc/{process.pid}/status")
    peak_kib = 0
    while True:
        peak_kib = max(peak_kib, _high_water_kib(status_file))
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid == process.pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode, peak_kib or usage.ru_maxrss  # (no /proc: the rusage)
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise AssertionError(f"the crawl took longer than {timeout} s")
        time.sleep(0.05)


def _high_water_kib(status_file: Path) -> int:
    try:
        text = status_file.read_text()
    except OSError:  # (exited between two readings, or no /proc)
        return 0
    for line in text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _servers_on_adjacent_ports(
    replica: Path, injector: FaultInjector | None
) -> tuple[RunningServer, RecordingServer]:
    """The replica on a free port P, and a recording replica on P + 1: the port the
    `redirect-loopback` fault sends the crawler to. Anything it receives left the portal."""
    for _ in range(50):
        server = start_server(replica, handler=injector) if injector else start_server(replica)
        port = server.server.server_address[1]
        try:
            neighbour = recording_server(replica, port=port + 1)
        except OSError:
            server.close()
            continue
        return server, neighbour
    raise RuntimeError("no two adjacent free ports on 127.0.0.1")
