"""Text cleanup shared by every layer: NFC, HTML entities, invisible characters, whitespace.

Every other parser in `newscrawl.vn` starts with `clean_text`, which normalises to NFC before
anything else, so decomposed (NFD) input always gives the same results as composed input.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Characters a browser does not render but that break matching: zero-width spaces and joiners,
# the BOM, soft hyphens, bidi marks and controls, the combining grapheme joiner, and C0/C1
# control characters other than the whitespace ones (which `str.split` already handles).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
)

# Whitespace other than the space: what `str.split` (and `\s`) also split on
# (tests/vn/test_text.py checks the list against `str.isspace` over all of Unicode).
WHITESPACE_BUT_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
_OTHER_WHITESPACE = re.compile(f"[{WHITESPACE_BUT_SPACE}]")
# A character `clean_text` removes or turns into a space: one class, so one fast scan.
_NOT_CLEAN = re.compile("[" + _INVISIBLE.pattern[1:-1] + WHITESPACE_BUT_SPACE + "]")
# The one such character `str.isprintable` accepts (a combining mark, not a format character):
# printable text without it holds none of the others, which `isprintable` tells in a fraction
# of the regex scan's time (tests/vn/test_text.py checks this over all of Unicode).
PRINTABLE_BUT_NOT_CLEAN = "\u034f"

# An entity as an editor's CMS may leave it in visible text, including double encoding
# (`&amp;agrave;`). Named entities need their semicolon: without it `&not` inside prose such
# as "&notes" would be decoded, which a browser only does for a few legacy names.
_ENTITY = re.compile(
    r"&(?:amp;|#0*38;|#[xX]0*26;)*"
    r"(?P<core>#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
_ENTITY_MAX_PASSES = 4

# Old and new tone placement differ only in open syllables ending in oa, oe, uy: "hòa"/"hoà",
# "khỏe"/"khoẻ", "thủy"/"thuỷ". `fold` puts the tone on the second vowel.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_PLACEMENT = {
    unicodedata.normalize("NFC", first + tone + second): unicodedata.normalize(
        "NFC", first + second + tone
    )
    for tone in _TONES
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
}
_OLD_TONE = re.compile(f"(?:{'|'.join(_OLD_PLACEMENT)})" + r"(?![^\W\d_])")


def clean_text(text: str) -> str:
    """NFC, entities decoded, invisible characters removed, whitespace collapsed, stripped."""
    if _is_clean(text):
        return text
    return " ".join(_normalise(text).split())


def _is_clean(text: str) -> bool:
    """Would `clean_text` give the text back unchanged? Most text nodes of a page already are
    clean (one space between words, composed, no entity): one scan tells, where the cleanup
    itself splits and joins every word."""
    if not text or text[0] == " " or text[-1] == " " or "  " in text or "&" in text:
        return not text
    printable = text.isprintable() and PRINTABLE_BUT_NOT_CLEAN not in text
    if not printable and _NOT_CLEAN.search(text) is not None:
        return False
    return text.isascii() or unicodedata.is_normalized("NFC", text)


def is_single_spaced(text: str) -> bool:
    """Is `text` what `" ".join(text.split())` gives? One scan tells, where splitting and
    joining build a string for every word."""
    return (
        text[:1] != " "
        and text[-1:] != " "
        and "  " not in text
        # Every whitespace character but the space is unprintable.
        and (text.isprintable() or _OTHER_WHITESPACE.search(text) is None)
    )


def clean_multiline(text: str) -> str:
    """Like `clean_text`, but keeps line breaks: each line cleaned, blank lines dropped."""
    lines = (" ".join(line.split()) for line in _normalise(text).splitlines())
    return "\n".join(line for line in lines if line)


def clean_tag(text: str) -> str:
    """A tag as a keyword: cleaned, without the `#` that hashtag-style tag lists print before
    each (`#nhãn lồng`); empty when nothing is left."""
    return clean_text(text).lstrip("#＃ ")


# Typographic quotes and guillemets as the straight ones a `<title>` or a CMS's plain field
# types for them (`“Cây cầu mơ ước”` in the headline, `"Cây cầu mơ ước"` in the title).
_ONE_QUOTE = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                            "‘": "'", "’": "'", "‚": "'", "‛": "'"})  # fmt: skip


def fold(text: str) -> str:
    """A matching key: cleaned, case-folded, one quote of each kind, with one tone placement
    for old and new spelling.

    `Hoà`/`Hòa` and `Thuỷ`/`Thủy` differ only in which vowel carries the tone; the key always
    puts it on the second one. For comparisons only, never for output.
    """
    return fold_cleaned(clean_text(text))


# A page's labels, menu items and short lines are folded again by each rule that compares
# them (about three times each on the saved pages), and a site's chrome repeats on every page:
# short keys are kept. Longer text rarely recurs and would make the cache heavy.
_FOLD_CACHE_SIZE = 16384
_FOLD_CACHED_CHARS = 200


def fold_cleaned(text: str) -> str:
    """`fold` for text that `clean_text` has already been through."""
    if len(text) > _FOLD_CACHED_CHARS:
        return _fold(text)
    return _fold_short(text)


def _fold(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _OLD_TONE.sub(_new_placement, folded.translate(_ONE_QUOTE))


_fold_short = lru_cache(maxsize=_FOLD_CACHE_SIZE)(_fold)


def _new_placement(match: re.Match[str]) -> str:
    return _OLD_PLACEMENT[match.group()]


def without_marks(text: str) -> str:
    """The text without its diacritics (`Tin liên quan` -> `Tin lien quan`, `đ` -> `d`): how
    templates of the 2000s print their labels, for building the keys that match them."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def lower_same_length(text: str) -> str:
    """`text.lower()` with every position kept, for matching without IGNORECASE.

    The few characters whose lower case is longer (`İ`) stay as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _normalise(text: str) -> str:
    """Everything `clean_text` does except the whitespace, which the callers treat differently."""
    text = _INVISIBLE.sub("", text if text.isascii() else _nfc(text))
    if "&" in text:
        text = _decode_entities(text)
    return text if text.isascii() else _nfc(text)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _decode_entities(text: str) -> str:
    # Decoding can bring an entity together with the text after it ("&amp;&#108;t;", or an
    # entity for a zero-width space); a few passes reach the fixed point on any real text and
    # keep the cleanup idempotent.
    for _ in range(_ENTITY_MAX_PASSES):
        decoded = _ENTITY.sub(_decode_entity, text)
        if decoded == text:
            break
        text = _INVISIBLE.sub("", decoded)
    return text


def _decode_entity(match: re.Match[str]) -> str:
    # An unknown name comes back as written, without its extra levels of encoding.
    return html.unescape("&" + match.group("core"))
