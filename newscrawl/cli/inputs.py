"""What the commands take in: WARC files or directories of them (index, wacz, reparse), and a
state directory (want-pictures, audit)."""

from __future__ import annotations

import sys
from pathlib import Path

from newscrawl.archive.reader import warc_files
from newscrawl.state.store import STATE_FILE


def existing_warcs(command: str, inputs: list[Path]) -> list[Path] | None:
    """The closed WARC files named or found in `inputs`; None (said on stderr) when one named
    file is missing or nothing is found, so the command exits 2."""
    files = warc_files(inputs)
    missing = [path for path in files if not path.is_file()]
    if not files or missing:
        named = ", ".join(map(str, missing or inputs))
        print(f"newscrawl {command}: no WARC file at {named}", file=sys.stderr)
        return None
    return files


def existing_state(command: str, directory: Path) -> bool:
    """Does `directory` hold a state? If not (said on stderr), the command exits 2: opening a
    mistyped directory would make it a new, empty state."""
    if (directory / STATE_FILE).is_file():
        return True
    print(f"newscrawl {command}: no state in {directory}", file=sys.stderr)
    return False
