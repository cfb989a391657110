"""A headline printed as a plain line, where the page sets it in no heading and no document
title names it: the nearest line above the article's text that reads as one, or the bold, large
first line of the text block itself (a hand-written page's `<font size=4><b>`)."""

from __future__ import annotations

import re
from datetime import date

from newscrawl import vn
from newscrawl.pages.dom import Element, mostly_links, short_text
from newscrawl.pages.generic.headline import MIN_TITLE_CHARS
from newscrawl.pages.generic.lines import Line
from newscrawl.pages.generic.stamps import stamps_in
from newscrawl.pages.metadata import Metadata
from newscrawl.pages.positions import (
    DocumentOrder,
    ancestors_and_self,
    block_of,
    contains,
    reading_distance,
    steps_up,
    tree_distance,
)

# A headline printed as a plain line above the text: within a few steps of it, a line's length,
# and no sentence (a standfirst ends with a full stop).
_MAX_LINE_DISTANCE = 6
_MIN_LINE_CHARS = 15
_MAX_LINE_CHARS = 250
_SENTENCE_ENDINGS = (".", ":", ";", ",")
_LARGE_FONT = 4  # `<font size=4>` and up: larger than the text's 2 or 3
_PLAYER_TAGS = ("audio", "video")
# A sentence ending after four words or more, another starting: a paragraph, no headline (`TP.
# Thái Bình: …` ends no sentence).
_SENTENCES = re.compile(r"(?:\S+ ){3}\S+[.!?…] [A-ZĐÀ-Ỹ]")
_ROW_LEVELS = frozenset({"tr", "tbody", "thead", "tfoot"})
_ANY_DAY = date(2000, 1, 1)  # (whether a line is a time alone: any day reads it)


def far_from(found: Element, text: Element) -> bool:
    """Printed further from the article's text than a headline is."""
    return tree_distance(found, text) > _MAX_LINE_DISTANCE


def line_above(
    text: Element,
    own_texts: list[tuple[Element, str]],
    order: DocumentOrder,
    meta: Metadata,
) -> Element | None:
    """Without a heading to go by, or a document title naming the article (`<title>` giving
    only the site's name): the text block's own first line set as its title or over its date,
    else the nearest line above the article's text that reads as a headline, that is none of a
    link, a date or view-count line, a box label, the site's name (as the metadata gives it), a
    sentence."""
    start = order.position(text)
    site_names = {vn.fold(name) for name in meta.site_names}
    found: Element | None = None
    for owner, own in own_texts:
        if order.position(owner) >= start:
            break
        if len(own.strip()) < MIN_TITLE_CHARS or _line_distance(owner, text) > _MAX_LINE_DISTANCE:
            continue
        line = short_text(owner, _MAX_LINE_CHARS)
        if line is not None and _reads_as_headline(owner, line, site_names):
            found = owner
    # (A line the text block opens with, set as its title or over its date, outranks one above
    # it: a sidebar's box label may stand nearer, in a column of its own.)
    atop = _line_atop(text, own_texts, order, site_names)
    return atop if atop is not None else found


def _line_distance(line: Element, text: Element) -> int:
    """`tree_distance`, a table's rows and row groups counting for no step: a legacy table sets
    the headline in a `<font><b>` in a row of its own, over the text's row."""
    up = steps_up(line, _step)
    return reading_distance(text, up, len(up) + _MAX_LINE_DISTANCE + 1, _step)


def _step(el: Element) -> int:
    parent = el.getparent()
    return int(parent is not None and parent.tag not in _ROW_LEVELS)


def _line_atop(
    text: Element, own_texts: list[tuple[Element, str]], order: DocumentOrder, names: set[str]
) -> Element | None:
    """The headline set at the top of the text block itself, in bold and a larger type (a hand-
    written page's `<font size=4><b>` over its date and paragraphs), or over the date line
    however it is set (FrontPage's `<p class="tieude">`, its type in the stylesheet): the
    block's first line."""
    start = order.position(text)
    lines = (
        (owner, own)
        for owner, own in own_texts
        if order.position(owner) > start and contains(text, owner) and own.strip()
    )
    owner, _ = next(lines, (None, ""))
    line = short_text(owner, _MAX_LINE_CHARS) if owner is not None else None
    if owner is None or line is None or not _reads_as_headline(owner, line, names):
        return None
    if _set_large_and_bold(owner, text):
        return owner
    below, _ = next(lines, (None, ""))
    return owner if below is not None and _dates(below) else None


def _dates(owner: Element) -> bool:
    """Is the element's line a date line (`Ngày đăng: Thứ Năm, 15-10-2010`)?"""
    line = short_text(owner, _MAX_LINE_CHARS)
    return line is not None and bool(stamps_in(Line(owner, line)))


def _set_large_and_bold(owner: Element, text: Element) -> bool:
    bold = large = False
    for el in ancestors_and_self(owner):
        if el is text:
            break
        bold = bold or el.tag in ("b", "strong")
        large = large or (el.tag == "font" and _font_size(el) >= _LARGE_FONT)
    return bold and large


def _font_size(font: Element) -> int:
    size = (font.get("size") or "").strip().lstrip("+")
    return int(size) if size.isdigit() else 0


def _labels_a_player(owner: Element) -> bool:
    """Does the line share its box with a player (`<div><span>Nghe đọc bài viết</span><audio>`):
    the player's label, a text-to-speech box set between the headline and the text?"""
    box = block_of(owner)
    return box is not None and next(box.iter(*_PLAYER_TAGS), None) is not None


def _time_only(line: str) -> bool:
    """A time with no date, labelled or not (`17:05`, `Cập nhật lúc 17:05`)."""
    return vn.is_stamp(line) or vn.parse_time_on(line, _ANY_DAY).value is not None


def _with_label(owner: Element, line: str) -> str:
    """The line with the words its box prints before it (`Viết bởi <span>X</span>`: the
    credit's label, the name in an element of its own)."""
    parent = owner.getparent()
    label = (parent.text or "").strip() if parent is not None and parent[0] is owner else ""
    return f"{label} {line}" if label else line


def _reads_as_headline(owner: Element, line: str, site_names: set[str]) -> bool:
    if len(line) < _MIN_LINE_CHARS or line.endswith(_SENTENCE_ENDINGS):
        return False
    if any(el.tag == "a" for el in owner.iterancestors()) or vn.heading_kind(line) is not None:
        return False
    if _labels_a_player(owner) or mostly_links(owner, line):  # (a trail, a menu)
        return False
    if vn.fold(line) in site_names or stamps_in(Line(owner, line)) or vn.looks_like_byline(line):
        return False
    if vn.parse_byline(_with_label(owner, line)).role is not None:
        return False  # a credit, however it names its account (`Người đăng: thptbacduyenha`)
    label, colon, _ = line.partition(":")
    if colon and vn.labels_the_category(label):
        return False  # the section's field (Joomla's `Chuyên mục: Thông báo`)
    if _time_only(line) or _SENTENCES.search(line) or vn.announces_reloads(line):
        return False  # an update's time (`Cập nhật lúc 17:05`), a standfirst's sentences
    return not vn.parse_view_count_detailed(line).labelled
