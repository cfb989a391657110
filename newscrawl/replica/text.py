"""Strings as the portal prints them, and the plain text a reader should get back.

Formatting is written out here, independently of `newscrawl.vn`, so the replica's expected
values stay a second opinion on the parsers rather than a copy of them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date, datetime
from html.entities import codepoint2name

WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")

# Characters an editor's paste leaves behind that carry no text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"\s+")


def weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def header_clock(moment: datetime) -> str:
    """`Thứ 3, 06/12/2022, 08:43[GMT+7]`: the page's render time."""
    return f"{weekday(moment.date())}, {moment:%d/%m/%Y, %H:%M}[GMT+7]"


def detail_time(moment: datetime, printed_weekday: str | None = None) -> str:
    """`Thứ 5, 22/09/2022 | 19:44:07`; the weekday may be deliberately wrong."""
    return f"{printed_weekday or weekday(moment.date())}, {moment:%d/%m/%Y | %H:%M:%S}"


def related_time(moment: datetime) -> str:
    """`22.09.2022 | 16:46 PM`: a 24-hour clock with an AM/PM suffix stuck on."""
    suffix = "AM" if moment.hour < 12 else "PM"
    return f"{moment:%d.%m.%Y | %H:%M} {suffix}"


def listing_time(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y %H:%M}"


def day_slug(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def views_text(views: int) -> str:
    """The portal groups thousands with a comma: `12,636 lượt xem`."""
    return f"{views:,} lượt xem"


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def esc(text: str) -> str:
    """Text node: escape markup, show non-breaking spaces the way editors store them."""
    return html.escape(text, quote=False).replace("\u00a0", "&nbsp;")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def editor_text(text: str, *, entities: bool = False, nfd: bool = False) -> str:
    """Content text as the CMS editor saved it.

    With `entities`, every non-ASCII character becomes an entity, named where HTML 4 has a
    name (`&aacute;`, `&nbsp;`, `&ldquo;`), numeric otherwise (`&#7921;`), as old WYSIWYG
    editors did for Vietnamese.
    """
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if not entities:
        return esc(text)
    out: list[str] = []
    for char in html.escape(text, quote=True):
        point = ord(char)
        if point < 128:
            out.append(char)
        elif point in codepoint2name:
            out.append(f"&{codepoint2name[point]};")
        else:
            out.append(f"&#{point};")
    return "".join(out)


def clean(text: str) -> str:
    """The reader's view of a text value (docs/fields.md, "Text")."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub(" ", text.replace("\u00a0", " "))
    return _SPACE.sub(" ", text).strip()


def truncate_words(text: str, limit: int) -> str:
    words = clean(text).split(" ")
    return " ".join(words) if len(words) <= limit else " ".join(words[:limit]) + " ..."
