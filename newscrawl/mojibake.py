"""Text stored double-encoded: UTF-8 bytes read as windows-1252 and saved again as UTF-8, as
Vietnamese sites show after a database move (`Tá»•ng káº¿t` for `Tổng kết`).

The bytes are all there: each garbled run of characters is read back as the bytes it was made
from, and those as UTF-8. Only runs that decode are restored, so a page mixing garbled articles
with text entered after the move keeps the latter as it is.
"""

from __future__ import annotations

import re

REPAIRED = "mojibake_repaired"
# Windows-1252 lacks these five bytes; a database passes them through as the C1 controls of the
# same number.
_UNMAPPED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_BYTE_OF = {
    (chr(byte) if byte in _UNMAPPED else bytes([byte]).decode("cp1252")): byte
    for byte in range(0x80, 0x100)
}
# The C1 controls themselves, for pages garbled through latin-1 rather than windows-1252.
_BYTE_OF.update({chr(byte): byte for byte in range(0x80, 0xA0)})
_CHAR_OF = {byte: char for char, byte in _BYTE_OF.items() if not "\x80" <= char < "\xa0"}
_CHAR_OF.update({byte: chr(byte) for byte in _UNMAPPED})
# A byte `surrogateescape` could not read as UTF-8.
_STRAY = re.compile("[\udc80-\udcff]")
_RUN = re.compile("[" + re.escape("".join(_BYTE_OF)) + "]{2,}")
# Every Vietnamese letter outside Latin-1 (ạ ả ấ … ỹ) is E1 BA xx or E1 BB xx in UTF-8, which
# windows-1252 reads as `áº` or `á»`: garbled Vietnamese shows them on every line. Pages without
# them are not searched (one regular-expression pass: a third of two substring searches).
_SIGN = re.compile("á[º»]")


def repair(text: str) -> str | None:
    """The text with its garbled runs restored, or None when it has none."""
    if _SIGN.search(text) is None:
        return None
    restored = _RUN.sub(_restore, text)
    return restored if restored != text else None


def _restore(run: re.Match[str]) -> str:
    """The run read back as UTF-8; a character that forms no UTF-8 with its neighbours (a sound
    no-break space right after a garbled word) stays as it was."""
    garbled = run.group()
    read = bytes(_BYTE_OF[char] for char in garbled).decode("utf-8", errors="surrogateescape")
    if len(read) == len(garbled):
        return garbled  # no multi-byte sequence: nothing was garbled here
    return _STRAY.sub(lambda stray: _CHAR_OF[ord(stray.group()) - 0xDC00], read)
