"""The failures feed file: JSON lines, UTF-8, each flushed as written (a kill loses none)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from newscrawl.failures import FailureRecord


class FailureFeed:
    """One run's failures; the file is replaced, like an `-O` feed (give scheduled runs their
    own paths, or let the state directory name them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def write(self, record: FailureRecord) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("w", encoding="utf-8")
        self._file.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is None:
            # A run without failures still leaves its (empty) feed: "none" is an answer.
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text("", "utf-8")
            return
        self._file.close()
