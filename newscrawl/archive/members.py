"""Gzip members, one per record: each record can be read alone from its offset."""

from __future__ import annotations

import zlib


class GzipMembers:
    """record bytes -> one whole gzip member, at `level`."""

    def __init__(self, level: int) -> None:
        self.level = level

    def __call__(self, record: bytes) -> bytes:
        compressor = zlib.compressobj(self.level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        return compressor.compress(record) + compressor.flush()
