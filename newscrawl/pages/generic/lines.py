"""Short lines of visible text, which carry timestamps (`stamps`) and view counters (`counters`).

A reader finds the publication line and the view counter by their look: a short line that is
mostly a date, or a number labelled as views. Each text node of the page belongs to an element
(its "owner"); an owner whose whole text is short is a line. A line may hold several fields
split by `|` (`08:39 AM 25/10/2017 | Lượt xem: 4395 | In bài viết`): each value keeps only its
own segments, while a `|` inside a timestamp (`Thứ 3, 01/10/2024 | 09:08:18`) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

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
    text_of,
)
from newscrawl.pages.positions import block_of, common_ancestor, contains

MAX_LINE_CHARS = 120
# How far above a value its labelled field may hold it (Drupal: field > items > item > value).
FIELD_LEVELS = 3
LABEL_SPACE = " \t\n\r\xa0"
MAX_LABEL_CHARS = 30
SEPARATOR = re.compile(r"\s*\|\s*")
_YEAR = re.compile(
    r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[/.\-]\d{1,2}[/.\-]\d\d(?!\d)|'\d\d(?!\d)"
)  # (Multiply's `Mar 12, '10`)
LEADING_PUNCTUATION = " -–—•·:|"
# The boxes a date closes: Elementor's `<time>` in its text's span, in its link, in its item.
_CLOSED_BOXES = 4
_MAX_TIME_CHARS = 24  # `08:30`, `8 giờ 30 phút`, `07:45:12 SA`
# What may stand beside a date or a view count in one line: counters and buttons.
_MAX_BUTTON_WORDS = 5

# The words around a relative time's element that make it one: `cách đây`, `trước`, `ago`.
_AROUND_CHARS = 16
_AROUND_WORDS = 2


@dataclass(frozen=True, slots=True)
class Line:
    """A short line of the page: the element owning it and its cleaned text."""

    element: Element
    text: str
    # A blog's posting sentence (`_posting_line`): it dates "this post" wherever it stands,
    # even closing the text, where a date is otherwise a sentence's.
    posting: bool = False


# A rounded count is within a tenth of the exact one (`2,1 nghìn` for 2.137, `12K` for 12.480).
_ROUNDING = 10


def digit_lines(owners: list[Element]) -> list[Line]:
    """The short lines among the elements owning text with a digit. Lines that `<br>` breaks
    (a legacy cell holding the headline, then the date under it) are its segments, as `|`
    makes them; a value printed apart from its label is read with it (`labelled_field`)."""
    found: list[Line] = []
    for el in owners:
        text = short_text(el, MAX_LINE_CHARS)
        if not text:
            posting = _posting_line(el)
            if posting is not None:
                found.append(Line(el, posting, posting=True))
            continue
        if el.find("br") is not None:
            text = " | ".join(lines_of(el).splitlines())
        elif len(el):
            text = _icon_divided(el) or text
        field = labelled_field(el)
        if field is None:
            field = _labelled_holder(el)
        if field is not None and (whole := short_text(field, MAX_LINE_CHARS)):
            # (The value's exact time, kept in its `title`, read with the label: XenForo's
            # `Chỉnh sửa lần cuối: <time title="22/2/24 lúc 09:15">22/2/24</time>`.)
            kept = _exact_time(el, text)
            el, text = field, whole.replace(text, kept) if kept else whole
        elif (label := cell_label(el)) is not None:
            text = f"{label} {text}"
        exact = _exact_time(el, text) or exact_count(el, text)
        found.append(Line(el, exact or _with_its_time(el, text) or text))
    return found


def _with_its_time(el: Element, text: str) -> str | None:
    """A date and its time printed in elements of their own, side by side (an ASP.NET
    portal's `lblNgayDang` and `lblGioDang`: `Thứ Sáu, ngày 18 tháng 10 năm 2024`, then
    `8 giờ 30 phút`), or each the last of its boxes (Elementor's post info: the date's `<li>`,
    then the time's): the two as one line. None where the next element is no bare time."""
    after = _next_box(el)
    if after is None:
        return None
    shown = short_text(after, _MAX_TIME_CHARS)
    if not shown or not vn.is_stamp(shown) or vn.parse_timestamp(shown) is not None:
        return None  # (a bare time parses to nothing by itself)
    dated = vn.parse_timestamp(text)
    if dated is None or isinstance(dated, datetime):
        return None
    joined = f"{text} {shown}"
    return joined if isinstance(vn.parse_timestamp(joined), datetime) else None


def _next_box(el: Element) -> Element | None:
    """The element right after `el`, or after the boxes it closes with nothing after it; None
    when words come first."""
    for _ in range(_CLOSED_BOXES):
        if (el.tail or "").strip():
            return None
        after = el.getnext()
        parent = el.getparent()
        if after is not None or parent is None:
            return after
        el = parent
    return None


def _posting_line(el: Element) -> str | None:
    """A blog's posting sentence (`Bài viết này được đăng vào lúc 8:47 sáng Thứ Sáu, … 2008 và
    được lưu dưới chuyên mục …`), longer than a line: its words up to the date, as a line."""
    if not vn.opens_with_posting(el.text or ""):
        return None
    return vn.posting_clause(text_of(el) or "")


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
    for _ in range(FIELD_LEVELS):
        holder = el.getparent()
        label, after = el.getprevious(), el.getnext()
        if holder is None or after is not None:
            return None  # the value shares its box: no field of one label and one value
        if label is not None:
            if label.getprevious() is not None:
                return None
            text = (label.text or "").strip(LABEL_SPACE) if len(label) == 0 else ""
            return holder if text.endswith(":") and len(text) <= MAX_LABEL_CHARS else None
        el = holder  # a wrapper around the value alone
    return None


_CELLS = ("td", "th")


def cell_label(value: Element) -> str | None:
    """The label of a value cell in a row of label and value pairs (a print view's `<td>Ngày
    đăng:</td><td>19/11/2024 08:45</td><td>Tác giả:</td><td>Lan Anh</td>`), where
    `labelled_field` finds none: the row holds more than the pair."""
    label = value.getprevious()
    if value.tag not in _CELLS or label is None or label.tag not in _CELLS or len(label):
        return None
    text = (label.text or "").strip(LABEL_SPACE)
    return text if text.endswith(":") and len(text) <= MAX_LABEL_CHARS else None


def _labelled_holder(value: Element) -> Element | None:
    """The element whose own text labels the value it holds alone (`<p>Cập nhật: <time>09
    tháng 12 2024</time></p>`): the line as a reader reads it, label and value."""
    holder = value.getparent()
    if holder is None or not only_child(value) or (value.tail or "").strip(LABEL_SPACE):
        return None
    label = (holder.text or "").strip(LABEL_SPACE)
    return holder if label.endswith(":") and len(label) <= MAX_LABEL_CHARS else None


def _with_words_around(el: Element, shown: str) -> str:
    """The relative time with the words around its element that make it one: Redmine's `cách
    đây <a title="16-09-2024 21:15">hơn 2 năm</a>`, its English `<a>about 2 years</a> ago`."""
    before = el.getprevious()
    holder = el.getparent()
    words = before.tail if before is not None else holder.text if holder is not None else None
    opening = " ".join((words or "")[-_AROUND_CHARS:].split()[-_AROUND_WORDS:])
    closing = " ".join((el.tail or "")[:_AROUND_CHARS].split()[:1])
    return f"{opening} {shown} {closing}"


def _exact_time(el: Element, shown: str) -> str | None:
    """The exact time behind a relative one: themes that print `2 giờ trước` keep the time it
    stands for in the element's `title` (`<span title="22/11/2024 08:30">2 giờ trước</span>`),
    as a reader sees it on hovering; and the time of a date shown alone, kept in its own
    `title` with the date (XenForo's `<span title="12/3/16 lúc 07:42">12/3/16</span>`) or in the
    title of the permalink around it (WordPress's Twenty Twelve: `<a title="8:30 sáng"><time>
    14/09/2012</time></a>`)."""
    title = el.get("title")
    if title and (vn.is_relative(shown) or vn.is_relative(_with_words_around(el, shown))):
        exact = vn.clean_text(title)
        return exact if vn.parse_timestamp(exact) is not None else None
    link = el if el.tag == "a" else el.getparent()
    clock = link.get("title") if link is not None and link.tag == "a" else None
    if not title and not clock:
        return None  # (most lines: nothing kept for hovering)
    day = vn.parse_timestamp(shown)
    if day is None or isinstance(day, datetime):
        return None  # no date, or a time of its own
    if title and len(title) <= MAX_LINE_CHARS:  # XenForo's `<span title="12/3/16 lúc 07:42">`
        exact = vn.clean_text(title)
        found = vn.parse_timestamp_detailed(exact)
        moment, whole = found.value, found.span == (0, len(exact))  # (not Hugo's `… +0700 +07`)
        if whole and isinstance(moment, datetime) and moment.date() == day:
            return exact
    if not clock or len(clock) > MAX_LABEL_CHARS or not vn.is_stamp(clock):
        return None
    timed = f"{shown} {vn.clean_text(clock)}"
    return timed if isinstance(vn.parse_timestamp(timed), datetime) else None


def exact_count(el: Element, shown: str) -> str | None:
    """The exact count behind a rounded one (`2,1 nghìn lượt xem`, `12K`), kept in the
    element's `title` as a reader sees it on hovering (`2.137 lượt xem`), where it rounds to the
    shown one."""
    title = el.get("title")
    if not title or len(title) > MAX_LINE_CHARS:
        return None
    rounded = vn.parse_view_count(shown)
    exact_text = vn.clean_text(title)
    exact = vn.parse_view_count(exact_text) if rounded else None
    if not rounded or exact is None or exact == rounded:
        return None
    return exact_text if abs(exact - rounded) * _ROUNDING < rounded else None


def whole_line(el: Element, within: Element, header: Sequence[Element] = ()) -> Element:
    """The short line that `el` is part of: its block, when that block holds inline parts only
    (`<div class="meta"><span>date</span> <span>views</span> <a>Bình luận (0)</a></div>`).
    Beside a date or a view count (and the header's other lines, `header`), a line's other
    parts are counters and buttons, not text."""
    block = block_of(el)
    if block is el:
        return el
    if block is None or block is within or any(tag_of(c) in BLOCK_TAGS for c in block):
        return el
    lines = [el, *(line for line in header if line is not el and contains(block, line))]
    if not _beside_only_counters(lines, block):
        return el
    # An item of a list set in one line (a page builder's post info: date, section, comments).
    items = block.getparent()
    if (
        block.tag == "li"
        and items is not None
        and items is not within
        and all(_beside_only_counters([el], item) for item in items if item is not block)
    ):
        return items
    return block


def _beside_only_counters(lines: list[Element], block: Element) -> bool:
    """Does `block` hold, beside the lines, counters and buttons only?"""
    rest = short_text(block, MAX_LINE_CHARS)
    if rest is None:
        return False
    for line in lines:
        own = short_text(line, MAX_LINE_CHARS)
        if own is None:
            return False
        rest = rest.replace(own, " | ", 1)
    parts = [part.strip(" -–•·") for part in SEPARATOR.split(rest)]
    return all(_counter_or_button(part) for part in parts if part)


def _counter_or_button(part: str) -> bool:
    """`Bình luận (0)`, `In bài`, `Lượt xem: 1.234`, a section's link: a few words, no sentence,
    no credit (`Tác giả: Thu Hà`, `Theo TTXVN`; a bare name such as `Tin tức` is a link)."""
    if len(part.split()) > _MAX_BUTTON_WORDS or part.endswith("."):
        return False
    if not vn.looks_like_byline(part):
        return True
    if vn.credits_the_poster(part):
        return True  # the poster beside the date (Contao's `12.02.2025 07:30 bởi Phan Văn Thiện`)
    byline = vn.parse_byline(part)
    return not byline.authors and byline.source == part


def dated(lines: list[Line]) -> list[Line]:
    """The lines worth reading for a timestamp: with a year, or a date with a two-digit year
    (a cheap test; the reading itself is `vn`'s)."""
    return [line for line in lines if _YEAR.search(line.text)]


# A box of the header's lines holds a few short ones: a label, the credit, the section.
_MAX_META_LINES = 10


def meta_box(header_lines: list[Element], root: Element) -> Element | None:
    """The box inside `root` that holds two of the header's lines (its date, update, views) and
    only short lines besides (Joomla's `dl.article-info`: `Chi tiết`, `Chuyên mục: …`, `Viết
    bởi …`), no picture: none of it is text. None where the lines share a box of paragraphs."""
    if len(header_lines) < 2:
        return None
    box = header_lines[0]
    for el in header_lines[1:]:
        box = common_ancestor(box, el)
    if box is root or not contains(root, box) or next(box.iter("img"), None) is not None:
        return None
    shown = lines_of(box).splitlines()
    if len(shown) > _MAX_META_LINES or any(len(line) > MAX_LINE_CHARS for line in shown):
        return None
    return box
