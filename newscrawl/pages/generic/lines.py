"""Short lines of visible text and the timestamps they carry (their view counters: `counters`).

A reader finds the publication line and the view counter by their look: a short line that is
mostly a date, or a number labelled as views. Each text node of the page belongs to an element
(its "owner"); an owner whose whole text is short is a line. A line may hold several fields
split by `|` (`08:39 AM 25/10/2017 | Lượt xem: 4395 | In bài viết`): each value keeps only its
own segments, while a `|` inside a timestamp (`Thứ 3, 01/10/2024 | 09:08:18`) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

from newscrawl import vn
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    ICON_TAGS,
    Element,
    itertext,
    lines_of,
    only_child,
    short_text,
    tag_of,
)
from newscrawl.pages.positions import block_of

MAX_LINE_CHARS = 120
# How far above a value its labelled field may hold it (Drupal: field > items > item > value).
_FIELD_LEVELS = 3
_LABEL_SPACE = " \t\n\r\xa0"
_MAX_LABEL_CHARS = 30
_MAX_TRAILER_CHARS = 16
# A post-meta line names who posted after the date: `Posted on November 21, 2024 by admin in
# Văn hóa`, `21/11/2024 bởi Thu Hà`, `Ngày đăng: 04/12/2024 - Người đăng: admin`.
_CREDIT = re.compile(r"(?:by|bởi|posted by|đăng bởi|người đăng)\s*:?\s", re.IGNORECASE)
_MAX_CREDIT_CHARS = 60
SEPARATOR = re.compile(r"\s*\|\s*")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[/.\-]\d{1,2}[/.\-]\d\d(?!\d)")
# The page's own clock is labelled as "today"; a publication line never is.
_CLOCK_LABEL = re.compile(r"(?:^|\W)(?:hôm nay|today|bây giờ)\b", re.IGNORECASE)
LEADING_PUNCTUATION = " -–—•·:|"
# What may stand beside a date or a view count in one line: counters and buttons.
_MAX_BUTTON_WORDS = 5


@dataclass(frozen=True, slots=True)
class Line:
    """A short line of the page: the element owning it and its cleaned text."""

    element: Element
    text: str


@dataclass(frozen=True, slots=True)
class Stamp:
    """A timestamp line: where it is, its text as shown and what it says."""

    element: Element
    raw: str  # the timestamp's own segment(s), label included
    value: datetime | date
    kind: str | None  # from its label: "published", "modified" or None
    clock: bool  # labelled as the page's "today" clock


def digit_lines(owners: list[Element]) -> list[Line]:
    """The short lines among the elements owning text with a digit. Lines that `<br>` breaks
    (a legacy cell holding the headline, then the date under it) are its segments, as `|`
    makes them; a value printed apart from its label is read with it (`labelled_field`)."""
    found: list[Line] = []
    for el in owners:
        text = short_text(el, MAX_LINE_CHARS)
        if not text:
            continue
        if el.find("br") is not None:
            text = " | ".join(lines_of(el).splitlines())
        elif len(el):
            text = _icon_divided(el) or text
        field = labelled_field(el)
        if field is None:
            field = _labelled_holder(el)
        if field is not None and (whole := short_text(field, MAX_LINE_CHARS)):
            el, text = field, whole
        found.append(Line(el, _exact_time(el, text) or text))
    return found


def _icon_divided(el: Element) -> str | None:
    """The line's fields as segments where icons set them apart (`<i class="fa fa-clock"></i>
    04/12/2024 <i class="fa fa-eye"></i> 1.234`): a reader sees an icon between them, not a
    space. None when no icon stands after text."""
    segments = [el.text or ""]
    divided = False
    for child in el:
        if tag_of(child) in ICON_TAGS and not "".join(itertext(child)).strip():
            divided = divided or bool(segments[-1].strip())
            segments.append(child.tail or "")
        else:
            segments[-1] += "".join(itertext(child)) + (child.tail or "")
    if not divided:
        return None
    return " | ".join(text for part in segments if (text := vn.clean_text(part).strip(" |")))


def labelled_field(value: Element) -> Element | None:
    """The element holding a value and, in a sibling of its own, the value's label: Drupal's
    `<div class="field-label">Lượt xem:</div><div class="field-items">...1.204...</div>`,
    `<dt>Ngày đăng:</dt><dd>...</dd>`, a table row of a label cell and a value cell."""
    # (Siblings are asked, not `len(holder)`: lxml counts a box's children one by one, and a
    # page of thousands of paragraphs in one box would be counted once for each.)
    el = value
    for _ in range(_FIELD_LEVELS):
        holder = el.getparent()
        label, after = el.getprevious(), el.getnext()
        if holder is None or after is not None:
            return None  # the value shares its box: no field of one label and one value
        if label is not None:
            if label.getprevious() is not None:
                return None
            text = (label.text or "").strip(_LABEL_SPACE) if len(label) == 0 else ""
            return holder if text.endswith(":") and len(text) <= _MAX_LABEL_CHARS else None
        el = holder  # a wrapper around the value alone
    return None


def _labelled_holder(value: Element) -> Element | None:
    """The element whose own text labels the value it holds alone (`<p>Cập nhật: <time>09
    tháng 12 2024</time></p>`): the line as a reader reads it, label and value."""
    holder = value.getparent()
    if holder is None or not only_child(value) or (value.tail or "").strip(_LABEL_SPACE):
        return None
    label = (holder.text or "").strip(_LABEL_SPACE)
    return holder if label.endswith(":") and len(label) <= _MAX_LABEL_CHARS else None


def with_label_apart(stamp: Stamp) -> Stamp:
    """The stamp's raw with the label printed just before its element, in an element of its
    own with nothing between them (Twenty Ten's `<span class="meta-prep">Posted on</span>
    <a><span class="entry-date">November 21, 2024</span></a>`): the line as a reader reads
    it. Only a publication label the timestamp parser knows (`Posted on`, `Ngày đăng`) is taken."""
    if stamp.kind is not None:
        return stamp  # labelled in its own text already
    el = stamp.element
    for _ in range(_FIELD_LEVELS):
        label = el.getprevious()
        if label is not None:
            break
        parent = el.getparent()
        if parent is None:
            return stamp
        el = parent
    else:
        return stamp
    words = (label.text or "").strip(_LABEL_SPACE)
    if len(label) or not words or len(words) > _MAX_LABEL_CHARS or (label.tail or "").strip():
        return stamp
    raw = f"{words} {stamp.raw}"
    if vn.parse_timestamp_detailed(raw).kind != "published":
        return stamp
    return replace(stamp, raw=raw)


def _exact_time(el: Element, shown: str) -> str | None:
    """The exact time behind a relative one: themes that print `2 giờ trước` keep the time it
    stands for in the element's `title` (`<span title="22/11/2024 08:30">2 giờ trước</span>`),
    as a reader sees it on hovering."""
    title = el.get("title")
    if not title or not vn.is_relative(shown):
        return None
    exact = vn.clean_text(title)
    return exact if vn.parse_timestamp(exact) is not None else None


def whole_line(el: Element, within: Element) -> Element:
    """The short line that `el` is part of: its block, when that block holds inline parts only
    (`<div class="meta"><span>date</span> <span>views</span> <a>Bình luận (0)</a></div>`).
    Beside a date or a view count, a line's other parts are counters and buttons, not text."""
    block = block_of(el)
    if block is el:
        return el
    if block is None or block is within or any(tag_of(c) in BLOCK_TAGS for c in block):
        return el
    if not _beside_only_counters(el, block):
        return el
    # An item of a list set in one line (a page builder's post info: date, section, comments).
    items = block.getparent()
    if (
        block.tag == "li"
        and items is not None
        and items is not within
        and all(_beside_only_counters(el, item) for item in items if item is not block)
    ):
        return items
    return block


def _beside_only_counters(el: Element, block: Element) -> bool:
    """Does `block` hold, beside `el`, counters and buttons only?"""
    line, own = short_text(block, MAX_LINE_CHARS), short_text(el, MAX_LINE_CHARS)
    if line is None or own is None:
        return False
    rest = [part.strip(" -–•·") for part in SEPARATOR.split(line.replace(own, " | ", 1))]
    return all(_counter_or_button(part) for part in rest if part)


def _counter_or_button(part: str) -> bool:
    """`Bình luận (0)`, `In bài`, `Lượt xem: 1.234`, a section's link: a few words, no sentence,
    no credit (`Tác giả: Thu Hà`, `Theo TTXVN`; a bare name such as `Tin tức` is a link)."""
    if len(part.split()) > _MAX_BUTTON_WORDS or part.endswith("."):
        return False
    if not vn.looks_like_byline(part):
        return True
    byline = vn.parse_byline(part)
    return not byline.authors and byline.source == part


def dated(lines: list[Line]) -> list[Line]:
    """The lines worth reading for a timestamp: with a year, or a date with a two-digit year
    (a cheap test; the reading itself is `vn`'s)."""
    return [line for line in lines if _YEAR.search(line.text)]


def stamps_in(line: Line) -> list[Stamp]:
    """The timestamps of a line, each with its text trimmed to the timestamp's segments."""
    return list(_stamps_in(line.element, line.text))


def _stamps_in(element: Element, text: str) -> Iterator[Stamp]:
    segments = SEPARATOR.split(text)
    i = 0
    while i < len(segments):
        taken, stamp = _stamp_at(element, segments, i)
        if stamp is not None:
            yield stamp
        elif taken == 2:
            taken = 1  # not one timestamp over two segments: the second may be one of its own
        i += taken


def _stamp_at(element: Element, segments: list[str], i: int) -> tuple[int, Stamp | None]:
    """The timestamp starting at segment `i`, and how many segments it was read from."""
    taken, result = _read_segments(segments, i)
    if result is None or result.value is None or result.span is None:
        return taken, None
    shown = _timestamp_text(" | ".join(segments[i : i + taken]), result.span)
    if shown is None:
        return taken, None
    clock = bool(_CLOCK_LABEL.search(shown[: result.span[0]]))
    return taken, Stamp(element, shown, result.value, result.kind, clock)


def time_only_update(line: Line, day: date) -> Stamp | None:
    """An update segment that gives only the time (`Cập nhật lúc 11:20`), read on `day`: the
    day of the publication line it stands beside."""
    for segment in SEPARATOR.split(line.text):
        result = vn.parse_time_on(segment, day)
        if result.value is not None and result.kind == "modified":
            return Stamp(line.element, segment.strip(LEADING_PUNCTUATION), result.value,
                         result.kind, clock=False)  # fmt: skip
    return None


def _read_segments(segments: list[str], i: int) -> tuple[int, vn.TimestampResult | None]:
    """How many segments from `i` one timestamp spans (1 or 2), and its reading."""
    first = vn.parse_timestamp_detailed(segments[i])
    if i + 1 < len(segments) and not isinstance(first.value, datetime):
        joined = f"{segments[i]} | {segments[i + 1]}"
        both = vn.parse_timestamp_detailed(joined)
        # (One timestamp over both starts in the first. One that starts in the second is the
        # second's own, after a segment of another field: `Tác giả: X | 04/12/2024 08:15`.)
        if (
            both.value is not None
            and both.span
            and both.span[0] < len(segments[i])
            and both.span[1] > len(segments[i]) + 3
        ):
            return 2, both
    return 1, first if first.value is not None else None


def _timestamp_text(raw: str, span: tuple[int, int]) -> str | None:
    """The timestamp's text when the segment is mostly the timestamp: at most a short label
    before it and a short trailer after it, or a credit before or after it (`by admin`, `bởi
    Thu Hà`), which is cut off. None for anything else.

    This keeps `Giấy phép số 215/GP-BTTTT ngày 10/5/2022` (a licence line in the footer) and
    body sentences that merely contain a date from being read as publication lines.
    """
    cut = _after_counter(raw[: span[0]])
    if cut:
        return _timestamp_text(raw[cut:], (span[0] - cut, span[1] - cut))
    label = raw[: span[0]].strip(LEADING_PUNCTUATION + "([")
    trailer = raw[span[1] :].strip(" )].,;-–")
    if _CREDIT.match(label) and len(label) <= _MAX_CREDIT_CHARS and not trailer:
        return raw[span[0] :]  # Moodle's `bởi <a>Name</a> - Thứ Năm, 21 tháng 11 2024, 8:30 AM`
    if len(label) > _MAX_LABEL_CHARS or any(c.isdigit() for c in label):
        return None
    if vn.parse_view_count_detailed(trailer).start == 0 or _bracketed_update(trailer):
        return raw[: span[1]].rstrip()  # the line's view counter, or its update, beside it
    if any(c.isdigit() for c in trailer):
        return None
    if len(trailer) <= _MAX_CREDIT_CHARS and _CREDIT.match(trailer):
        return raw[: span[1]].rstrip()  # (PHP-Nuke's `… 08:15:42 bởi: admin`, however short)
    if len(trailer) <= _MAX_TRAILER_CHARS:
        return raw
    if len(trailer) <= _MAX_CREDIT_CHARS and _credited(raw, span):
        return raw[: span[1]].rstrip()
    return None


def _after_counter(head: str) -> int:
    """Where a view counter that opens the line before its timestamp ends (`Lượt xem: 2.345 -
    Ngày đăng: 04/12/2024`): the counter is the view line's, the rest the timestamp's. 0 for
    none."""
    label = head.lstrip(LEADING_PUNCTUATION + "([")
    counter = vn.parse_view_count_detailed(label)
    if not counter.labelled or counter.start != 0 or counter.end is None:
        return 0
    end = len(head) - len(label) + counter.end
    return len(head) - len(head[end:].lstrip(LEADING_PUNCTUATION))


def _bracketed_update(trailer: str) -> bool:
    """`(Cập nhật 10:15)` after the publication: its update, read on its day by the timeline."""
    return trailer.startswith("(") and vn.mentions_update(trailer)


def _credited(raw: str, span: tuple[int, int]) -> bool:
    """Does a dash after the date set off who posted it (`Đăng ngày 22/11/2024 - Ban Truyền
    thông HTX`): a name, an outlet or an office, nothing else?"""
    rest = raw[span[1] :].lstrip(" )]")
    if not rest.startswith(("-", "–")):
        return False
    byline = vn.parse_byline(rest.strip(" -–"))
    return bool(byline.authors or byline.source or byline.affiliation)
