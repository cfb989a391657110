"""Timestamps printed apart from the article's header line: a print edition's date in the
issue bar above the page (`Số 4321 · Thứ Năm, 21/11/2024`), and an update that gives only its
time beside the publication line (`Cập nhật lúc 11:20`), or under the post's text (a forum's edit
note); and an update leading a paragraph of the text, which is the text's."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newscrawl import vn
from newscrawl.pages.dom import Element, short_text, text_of
from newscrawl.pages.generic.lines import MAX_LINE_CHARS, SEPARATOR, Line
from newscrawl.pages.generic.place import Place
from newscrawl.pages.generic.stamps import Stamp, stamps_in, time_only_update
from newscrawl.pages.positions import block_of, contains, next_words_owner, tree_distance

_MAX_BESIDE = 2  # an update line beside the publication line: in its line, or a sibling
_MAX_HOLDING_BESIDE = 6  # ... or beside a box holding the publication's, a few levels down
# What a paragraph says after an update's label leading it: a clause at least.
_MIN_NEWS_CHARS = 24


def edition_stamp(lines: Sequence[Line]) -> Stamp | None:
    """The date of the print edition the page belongs to (an e-paper reader's issue bar, `Số
    4321 · Thứ Năm, 21/11/2024`, above the page's tabs; a newsletter's under its name, `Số
    11/2024 · Thứ Sáu, 15/11/2024`): the article's, where no line near its headline dates it.
    The number and the date may stand in elements of their own."""
    for line in lines:
        block = block_of(line.element)
        text = short_text(block, MAX_LINE_CHARS) if block is not None else None
        # (Or a part of the line that a `<br>` sets under the newsletter's name.)
        parts = SEPARATOR.split(line.text)[1:]
        if (text and vn.names_an_edition(text)) or any(map(vn.names_an_edition, parts)):
            found = next((s for s in stamps_in(line) if not s.clock), None) or _issue_date(line)
            if found is not None:
                return found  # (else the date is the next line's: `<span>Số 4321</span>`)
    return None


def _issue_date(line: Line) -> Stamp | None:
    """The date after the issue's number in one element (`Số 4321 · Thứ Năm, 21/11/2024`): a
    number before a date is no label the stamp reader takes (a licence's `số 215/GP`)."""
    found = vn.parse_timestamp_detailed(line.text)
    if found.value is None or found.span is None:
        return None
    start, end = found.span
    return Stamp(line.element, line.text[start:end], found.value, found.kind, False)


def update_beside(published: Stamp, undated: Sequence[Line]) -> Stamp | None:
    """An update line with a time and no date (`Cập nhật lúc 11:20`, as a live report prints
    it) beside the publication line: the update comes later on the publication's day. (A
    publication line showing the day alone tells no time to compare with: WordPress's block
    theme's `<time datetime="…T19:30:00+07:00">26/07/2024</time>`.)"""
    shown = published.value
    day = shown.date() if isinstance(shown, datetime) else shown
    for line in undated:
        if not vn.mentions_update(line.text):
            continue
        if not _beside(line.element, published.element):
            continue
        update = time_only_update(line, day)
        if update is not None and (not isinstance(shown, datetime) or update.value > shown):
            return update
    return None


def _beside(update: Element, published: Element) -> bool:
    """In the publication's line or a sibling of it, or in the box right after or before the
    line's (a live report's `div.live-status` under its `div.time`), or the box holding it
    (WordPress's block theme: the post's date in its template part's row, `Cập nhật lúc 22:15`
    right under the part)."""
    distance = tree_distance(update, published)
    if distance <= _MAX_BESIDE:
        return True
    ours, theirs = block_of(update), block_of(published)
    if ours is None or theirs is None or distance > _MAX_HOLDING_BESIDE:
        return False
    return any(
        box is not None and contains(box, theirs) for box in (ours.getprevious(), ours.getnext())
    )


def edit_note(lines: Sequence[Line], place: Place) -> Stamp | None:
    """An update labelled under the text in the post's own item, however far from the headline
    (a forum's `Lần sửa cuối bởi admin; 25-10-2017 lúc 09:10 AM.` under the first post), or
    closing the text's own box (FluxBB's `<p class="postedit">` in its `postmsg`), or opening
    it (Discuz's `<i class="pstatus">Bài này được sửa lần cuối bởi … vào …</i>`)."""
    box, content = place.post_box, place.content
    if content is None:
        return None
    for line in lines:
        el = line.element
        if contains(content, el):
            if not _closes(content, el) and not place.opens_the_text(el):
                continue  # (a sentence's date: the text's)
        elif box is None or not contains(box, el) or not place.order.after(el, content):
            continue
        # (vBulletin 4 sets the date apart from its label: `Sửa lần cuối bởi X; <span>date`.)
        labelled = line if vn.mentions_update(line.text) else _with_label(line)
        if labelled is None:
            continue
        stamp = next((s for s in stamps_in(labelled) if s.kind == "modified"), None)
        if stamp is not None and contains(content, el) and update_in_the_text(stamp, place):
            continue  # (an appeal's `Cập nhật 16h20 ngày 5/11/2024: Tính đến …`: the text's)
        if stamp is not None:  # (its own box may be named as the text's: `postcontent`)
            return stamp
    return None


def _closes(content: Element, el: Element) -> bool:
    """Is `el`, inside the text's box, its last words?"""
    owner = next_words_owner(el)
    return owner is None or not contains(content, owner)


def _with_label(line: Line) -> Line | None:
    """The line's whole block, where its words label the date as an update."""
    block = block_of(line.element)
    if block is None or block is line.element:
        return None
    said = short_text(block, MAX_LINE_CHARS)
    return Line(block, said) if said and vn.mentions_update(said) else None


def update_in_the_text(stamp: Stamp, place: Place) -> bool:
    """An update's label leading a paragraph of the text, the paragraph going on with what was
    updated (an appeal's follow-ups: `<p><strong>Cập nhật 16h20 ngày 5/11/2024:</strong> Quỹ đã
    tiếp nhận …</p>`): the text's news, not the header's update line."""
    content, el = place.content, stamp.element
    if stamp.kind != "modified" or content is None or not contains(content, el):
        return False
    block = block_of(el)
    if block is None or block is el or not contains(content, block):
        return False
    if _paragraph_break_after(el):
        return False  # a line of its own (Discuz's edit note over the post, `<br><br>` after it)
    said = text_of(block) or ""
    label = short_text(el, MAX_LINE_CHARS) or "\0"
    return said.startswith(label) and len(said) - len(label) >= _MIN_NEWS_CHARS


def _paragraph_break_after(el: Element) -> bool:
    first = el.getnext()
    if (el.tail or "").strip() or first is None or first.tag != "br" or (first.tail or "").strip():
        return False
    second = first.getnext()
    return second is not None and second.tag == "br"
