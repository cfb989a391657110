"""The record of injected faults, determinism over HTTP, and isolation between requests."""

from __future__ import annotations

import json
import random
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from newscrawl.server.faults import REPORT_PATH
from tests.server.client import get, raw
from tests.server.conftest import ARTICLE_PATH, Serve

PATHS = [f"/tin-tuc/3/{n}/bai-{n}" for n in range(60)] + [ARTICLE_PATH, "/"]
SPEC = "503:0.2:times=2,reset:0.1:times=1,truncate:0.1:times=2,calendar-trap"


def _fetch(server: Any, path: str) -> int:
    try:
        return get(server, path, timeout=5).status
    except Exception:
        return -1  # a reset or a truncation, as the fault intended


def _fetch_all(server: Any, paths: list[str]) -> list[int]:
    return [_fetch(server, path) for path in paths]


def test_report_over_http_and_reset(serve: Serve) -> None:
    server, _ = serve("503:path=^/tin-tuc/:times=1,calendar-trap")
    get(server, ARTICLE_PATH)
    get(server, ARTICLE_PATH)
    get(server, "/xem-tin-theo-ngay/01-01-1900")
    reply = get(server, REPORT_PATH)
    assert reply.header("Content-Type") == "application/json"
    report = json.loads(reply.body)
    assert report["seed"] == 0
    assert report["attempts"] == {ARTICLE_PATH: 2, "/xem-tin-theo-ngay/01-01-1900": 1}
    assert report["injected"] == {
        ARTICLE_PATH: ["503"],
        "/xem-tin-theo-ngay/01-01-1900": ["calendar-trap"],
    }
    assert report["counts"] == {"503": 1, "calendar-trap": 1}
    assert [e["faults"] for e in report["events"]] == [["503"], [], ["calendar-trap"]]
    assert report["profile"]["rules"][0]["fault"] == "503"
    assert get(server, REPORT_PATH, method="DELETE").status == 204
    assert json.loads(get(server, REPORT_PATH).body)["requests"] == 0
    assert get(server, ARTICLE_PATH).status == 503  # counting starts again


def test_same_seed_same_requests_same_faults_in_any_interleaving(serve: Serve) -> None:
    """Requests of different paths run concurrently, in a different order each time; per
    path, the sequence is the same, and so is everything injected."""
    reports = []
    for shuffle_seed in (1, 2):
        server, injector = serve(SPEC, seed=42)
        order = PATHS * 3
        random.Random(shuffle_seed).shuffle(order)
        # One path at a time per worker keeps each path's own requests in sequence.
        by_path: dict[str, list[str]] = {}
        for path in order:
            by_path.setdefault(path, []).append(path)
        with ThreadPoolExecutor(max_workers=8) as pool:
            runs = pool.map(_fetch_all, [server] * len(by_path), by_path.values())
            statuses = dict(zip(by_path, runs, strict=True))
        reports.append((injector.report(), statuses))
    (first, first_statuses), (second, second_statuses) = reports
    assert first["injected"] == second["injected"]
    assert first["counts"] == second["counts"]
    assert first_statuses == second_statuses
    assert first["counts"].get("503", 0) > 0
    assert first["requests"] == len(PATHS) * 3 == sum(first["attempts"].values())
    # Every transient fault is over by the third request.
    assert all(statuses[-1] in (200, 404) for statuses in first_statuses.values())


def test_other_seed_other_faults(serve: Serve) -> None:
    injected = []
    for seed in (1, 2):
        server, injector = serve(SPEC, seed=seed)
        for path in PATHS:
            _fetch(server, path)
        injected.append(injector.report()["injected"])
    assert injected[0] != injected[1]


def test_the_server_survives_a_storm_of_faults(serve: Serve) -> None:
    spec = (
        "reset:0.15,truncate:0.15:rst=1,stall:0.1:seconds=0.3,drip:0.1:chunk=4096:interval=0.01,"
        "gzip-bomb:0.1:size=1048576,malformed:0.1,redirect-loop:0.1"
    )
    server, injector = serve(spec, seed=3)
    targets = [f"{path}?n={n}" for n in range(4) for path in PATHS]
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda t: _fetch(server, t), targets))
        list(pool.map(lambda t: raw(server, t, timeout=5), targets[:40]))
    assert get(server, REPORT_PATH).status == 200
    report = injector.report()
    assert report["requests"] == len(targets) + 40
    assert len(report["counts"]) == 7  # every kind of the storm was met
    # Paths spared by the seed still answer normally, on a server that lived through it all.
    clean = [p for p in PATHS if p not in report["injected"]]
    assert clean
    assert all(get(server, p).status in (200, 404) for p in clean)
