"""Scheduled runs and failures: a lost article is retried by later runs, up to a limit.

The policy (docs/faults.md): with NEWSCRAWL_STATE_DIR, every run that fails to fetch an article
counts once in the state's `failures` table; from NEWSCRAWL_STATE_MAX_FAILED_RUNS failed runs on
(3 by default, 0: never give up) the article is no longer requested; an export clears it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.faults.support import crawl_replica
from tests.support import read_jsonl

pytestmark = pytest.mark.e2e

LOST = "114010"
SPEC = rf"404:path=^/tin-tuc/(?:\d+/)?{LOST}/"


def _failed_runs(state: Path) -> dict[str, int]:
    with sqlite3.connect(state / "state.sqlite") as db:
        return dict(db.execute("SELECT article_id, failed_runs FROM failures").fetchall())


def _requested(downloads: list[dict[str, str]]) -> bool:
    return any(f"/{LOST}/" in d["url"] for d in downloads)


def test_a_lost_article_is_retried_by_later_runs_then_given_up(tmp_path: Path) -> None:
    state = tmp_path / "state"
    settings = {
        "NEWSCRAWL_STATE_DIR": str(state),
        "NEWSCRAWL_STATE_MAX_FAILED_RUNS": "2",
        "NEWSCRAWL_FAILURES_FILE": "",  # the state directory names each run's feed
    }
    runs = [crawl_replica(tmp_path / f"run-{n}", SPEC, settings=settings) for n in (1, 2, 3)]
    assert [r.returncode for r in runs] == [0, 0, 0], runs[-1].log[-3000:]
    assert [_requested(r.downloads) for r in runs] == [True, True, False]
    for number, expected in ((1, [LOST]), (2, [LOST]), (3, [])):
        feed = read_jsonl(state / "failures" / f"run-{number:06d}.jsonl")
        assert [(f["article_id"], f["reason"]) for f in feed] == [(i, "http_404") for i in expected]
    assert _failed_runs(state) == {LOST: 2}
    assert "newscrawl/state/skipped_given_up" in runs[2].log

    # Once the portal serves it again and the limit is lifted, the next run archives it.
    healed = crawl_replica(
        tmp_path / "run-4", None, settings={**settings, "NEWSCRAWL_STATE_MAX_FAILED_RUNS": "0"}
    )
    assert [i["article_id"] for i in healed.items] == [LOST]
    assert _failed_runs(state) == {}
