"""The log's summary of a run (health.summary) says what revisits found, and when their
comparison could not be like with like (state/previous.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from newscrawl.health import build_report, summary


def _summary(stats: dict[str, int]) -> list[str]:
    report = build_report("baothaibinh", stats, "finished", datetime.now(UTC))
    return summary({**report, "status": "ok"}, [])


def test_a_quiet_run_says_nothing_of_previous_versions() -> None:
    stats = {"newscrawl/state/views_observed": 19, "newscrawl/state/previous/reread": 19}
    assert len(_summary(stats)) == 1


def test_versions_read_otherwise_and_captures_lost_are_told() -> None:
    stats = {
        "newscrawl/state/changes/edited": 1,
        "newscrawl/state/previous/reread": 17,
        "newscrawl/state/previous/read_differently": 2,
        "newscrawl/state/previous/unreadable": 2,
    }
    assert _summary(stats)[1:] == [
        "  revisits found articles 1 edited (the changes feed)",
        "  2 archived versions are read otherwise by this newscrawl than by the one that"
        " archived them: not edits",
        "  2 archived captures could not be read again (see the warnings): their revisits"
        " compared with stored digests",
    ]
