"""The accounting: every article the crawl requested ends exported, skipped or failed, once.

Pure bookkeeping keyed by the article identity the spider requests under
(`fingerprints.ARTICLE_KEY`); the pipeline feeds it from Scrapy's signals and, when the crawl
closes, turns whatever is still open into failure records.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)

EXPORTED = "exported"
FAILED = "failed"
SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Open:
    key: str
    url: str
    hint: str | None  # a failure reason suggested on the way (e.g. the callback raised)
    detail: str | None


class Ledger:
    def __init__(self) -> None:
        self._urls: dict[str, str] = {}
        self._outcomes: dict[str, str] = {}
        self._hints: dict[str, tuple[str, str]] = {}
        self.conflicts = 0

    def requested(self, key: str, url: str) -> None:
        self._urls.setdefault(key, url)

    def settle(self, key: str, outcome: str) -> bool:
        """Record the outcome; False (and counted) when the article had a different one."""
        earlier = self._outcomes.setdefault(key, outcome)
        if earlier != outcome:
            self.conflicts += 1
            logger.error("Article %s ended %s, then %s", key, earlier, outcome)
            return False
        return True

    def hint(self, key: str, reason: str, detail: str) -> None:
        self._hints.setdefault(key, (reason, detail))

    def outcome(self, key: str) -> str | None:
        return self._outcomes.get(key)

    def open(self) -> list[Open]:
        """Requested articles without an outcome, in the order they were requested."""
        found: list[Open] = []
        for key, url in self._urls.items():
            if key not in self._outcomes:
                reason, detail = self._hints.get(key, (None, None))
                found.append(Open(key, url, reason, detail))
        return found

    def counts(self) -> dict[str, int]:
        totals = {EXPORTED: 0, FAILED: 0, SKIPPED: 0}
        for outcome in self._outcomes.values():
            totals[outcome] = totals.get(outcome, 0) + 1
        return totals
