"""The lines a signer sets under the name that credit no one, and are no byline's reason to
fail: the signer's contact (`Email: …`, Cloudflare's `[email protected]` where a script writes
the address, `ĐT: 0912 345 678`), and where and when the text was written (`Hồng Châu, tháng
8/2024`, `Thụy Trường, ngày 05/11/2024`); and a document's kind, which names no one."""

from __future__ import annotations

import re

from newscrawl.vn.documents import document_part
from newscrawl.vn.times import is_place_and_date

_CONTACT_LINE = re.compile(
    r"(?:e-?mail|thư điện tử|đt|sđt|điện thoại|tel|phone|mobile)\s*:\s*\S.*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]",
    re.IGNORECASE,
)


def names_no_one(line: str) -> bool:
    """Is the line (cleaned) a contact, or a place and a date, under a signature; or a
    document's kind in capitals (`THÔNG CÁO BÁO CHÍ`), which no one is named?"""
    if _CONTACT_LINE.fullmatch(line) is not None or is_place_and_date(line):
        return True
    return line.isupper() and document_part(line) == "kind"
