"""The archive's settings, read once from the crawl's settings (all prefixed `NEWSCRAWL_WARC_`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

DEFAULT_MAX_SIZE = 1024**3  # 1 GiB: the size Heritrix and Browsertrix roll over at
DEFAULT_PREFIX = "newscrawl"
# zlib's own default, and libdeflate's (writer.py). On the replica's pages
# (benchmarks/gzip_levels.py) level 9 saves almost nothing for about a quarter more gzip time,
# level 1 costs about 4% more space for about 40% less: NEWSCRAWL_WARC_GZIP_LEVEL chooses.
DEFAULT_GZIP_LEVEL = 6

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_PREFIX = re.compile(r"^[A-Za-z0-9._-]+$")


def parse_size(value: str | int) -> int:
    """`"100M"` -> 104857600. Units are binary (K = 1024), `B`/`iB` suffixes are accepted."""
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.match(value)
        if match is None:
            raise ValueError(f"not a size: {value!r} (use e.g. 1G, 100M, 500K or bytes)")
        size = int(float(match[1]) * _UNITS[match[2].lower()])
    if size <= 0:
        raise ValueError(f"a size must be positive, got {value!r}")
    return size


@dataclass(frozen=True, slots=True)
class ArchiveConfig:
    directory: Path
    max_size: int = DEFAULT_MAX_SIZE
    prefix: str = DEFAULT_PREFIX
    gzip_level: int = DEFAULT_GZIP_LEVEL
    # Archive in a process of its own (process.py), on another core, rather than on the
    # crawl's thread.
    separate_process: bool = True

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ArchiveConfig | None:
        """None when archiving is off (no `NEWSCRAWL_WARC_DIR`)."""
        directory = settings.get("NEWSCRAWL_WARC_DIR")
        if not directory:
            return None
        prefix = str(settings.get("NEWSCRAWL_WARC_PREFIX") or DEFAULT_PREFIX)
        if not _PREFIX.match(prefix):
            raise ValueError(f"NEWSCRAWL_WARC_PREFIX must be a plain file name part: {prefix!r}")
        level = settings.getint("NEWSCRAWL_WARC_GZIP_LEVEL", DEFAULT_GZIP_LEVEL)
        if not 1 <= level <= 9:
            raise ValueError(f"NEWSCRAWL_WARC_GZIP_LEVEL must be 1..9, got {level}")
        return cls(
            directory=Path(directory).expanduser(),
            max_size=parse_size(settings.get("NEWSCRAWL_WARC_MAX_SIZE") or DEFAULT_MAX_SIZE),
            prefix=prefix,
            gzip_level=level,
            separate_process=settings.getbool("NEWSCRAWL_WARC_PROCESS", True),
        )
