"""Per-path attempt counters and the record of every fault injected (thread-safe).

The record is what `GET /__faults__` returns, so an end-to-end test can compare what the
crawler met with what it reported.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any


@dataclass
class Event:
    seq: int
    path: str
    attempt: int  # 0: a hop of a redirect chain or loop, not an attempt of the path
    method: str
    target: str  # the request target as sent, with its query
    faults: list[str]  # grows while the answer is built (a modifier that changed the page)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "path": self.path,
            "attempt": self.attempt,
            "method": self.method,
            "target": self.target,
            "faults": list(self.faults),
        }


class FaultLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempts: Counter[str] = Counter()
        self._events: list[Event] = []

    def next_attempt(self, path: str) -> int:
        with self._lock:
            self._attempts[path] += 1
            return self._attempts[path]

    def record(self, path: str, attempt: int, method: str, target: str, faults: list[str]) -> Event:
        with self._lock:
            event = Event(len(self._events) + 1, path, attempt, method, target, list(faults))
            self._events.append(event)
            return event

    def add(self, event: Event, fault: str) -> None:
        with self._lock:
            event.faults.append(fault)

    def events(self) -> list[Event]:
        """A snapshot: copies, so a report never sees an event change under it."""
        with self._lock:
            return [replace(event, faults=list(event.faults)) for event in self._events]

    def reset(self) -> None:
        with self._lock:
            self._attempts.clear()
            self._events.clear()

    def report(self) -> dict[str, Any]:
        """{requests, attempts: {path: n}, injected: {path: [fault, ...]}, counts: {fault: n},
        hops: {path: n}, events: [...]}.

        `injected` lists a path's faults in attempt order, one entry per fault per attempt;
        `counts` adds them up over all paths; redirect hops are not attempts and are counted in
        `hops` only; `events` has every request in arrival order, clean ones too (faults: []).
        """
        events = self.events()
        injected: dict[str, list[str]] = defaultdict(list)
        counts: Counter[str] = Counter()
        hops: Counter[str] = Counter()
        for event in sorted(events, key=lambda e: (e.path, e.attempt)):
            if event.attempt == 0:
                hops[event.path] += 1
                continue
            injected[event.path].extend(event.faults)
            counts.update(event.faults)
        with self._lock:
            attempts = dict(sorted(self._attempts.items()))
        return {
            "requests": len(events),
            "attempts": attempts,
            "injected": dict(sorted((p, f) for p, f in injected.items() if f)),
            "counts": dict(sorted(counts.items())),
            "hops": dict(sorted(hops.items())),
            "events": [event.to_json() for event in events],
        }
