"""What the archive commands (index, wacz, reparse) take in: WARC files, or directories of them."""

from __future__ import annotations

import sys
from pathlib import Path

from newscrawl.archive.reader import warc_files


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
