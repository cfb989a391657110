"""Captures for the versions a state recorded before it kept them.

A state written before `state/previous.py` (or a killed run's lines, adopted from its feed)
holds digests without saying where the version's capture is. Its revisits would compare with
those digests, made by an older newscrawl, and flag every change `extraction_changed`. The
feeds still hold each exported line's `warc` pointer: at the start of a run with a WARC
directory, the lines of the runs that exported such articles are read once, and each pointer
whose file is in that directory becomes the article's capture. The articles looked at are
marked as read by an `UNRECORDED` newscrawl, so no later run reads those feeds again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from newscrawl.state.previous import capture_of
from newscrawl.state.reconcile import feed_items
from newscrawl.state.store import StateStore

logger = logging.getLogger(__name__)

# What read a version the state kept before it recorded that: unknown, so never this newscrawl.
UNRECORDED = "unrecorded"


def backfill_captures(store: StateStore, warc_dir: Path) -> int:
    """Give the state's unexamined versions their captures; returns how many were found."""
    wanted = store.versions.unexamined()
    if not wanted:
        return 0
    feeds = {Path(feed) for run in store.runs(None) if run.id in wanted for feed in run.feeds}
    keys = set().union(*wanted.values())
    found: dict[tuple[str, str], str] = {}
    for feed in sorted(feeds):
        if not feed.is_file():
            continue
        for item in feed_items(feed):
            key = (str(item["site"]), str(item["article_id"]))
            capture = capture_of(item.get("warc"), warc_dir) if key in keys else None
            if capture is not None and (warc_dir / str(item["warc"]["file"])).is_file():
                found[key] = capture
    store.versions.examined(keys, found, UNRECORDED)
    logger.info(
        "State: %d of %d archived articles recorded without their capture found it in %s",
        len(found),
        len(keys),
        warc_dir,
    )
    return len(found)
