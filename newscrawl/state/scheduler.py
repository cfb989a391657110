"""Scrapy's scheduler, able to reopen its disk queues after a kill."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from scrapy.core.scheduler import Scheduler

logger = logging.getLogger(__name__)

# Queue names ScrapyPriorityQueue gives under JOBDIR/requests.queue: "-10", "0", "0s" (start).
_QUEUE_NAME = re.compile(r"^(-?\d+)s?$")


class ResumableScheduler(Scheduler):
    """Scrapy records which priority queues hold requests in `active.json`, written only on a
    clean close; after a kill the file is missing and the queues' requests would be ignored.
    The queues themselves are SQLite (committed on every push and pop), so their priorities
    are read back from the directory instead."""

    def _read_dqs_state(self, dqdir: str) -> Any:
        if Path(dqdir, "active.json").exists():
            return super()._read_dqs_state(dqdir)
        priorities = sorted(
            {int(m.group(1)) for p in Path(dqdir).iterdir() if (m := _QUEUE_NAME.match(p.name))}
        )
        if priorities:
            logger.warning(
                "JOBDIR was left by a killed crawl: reopening its queues (priorities %s)",
                priorities,
            )
        return priorities
