"""A stats collector that leaves the crawl's final stats in a JSON file (`BENCH_STATS_FILE`).

Set with `-s STATS_CLASS=benchmarks.stats.JsonStatsCollector`: a single setting, so the
project's own extensions and pipelines stay exactly as configured, unlike an added extension.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from scrapy.statscollectors import MemoryStatsCollector


class JsonStatsCollector(MemoryStatsCollector):
    def _persist_stats(self, stats: dict[str, Any]) -> None:
        super()._persist_stats(stats)
        path = self._crawler.settings.get("BENCH_STATS_FILE")
        if path:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(stats, f, default=_plain, indent=1, sort_keys=True)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else str(value)
