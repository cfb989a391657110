"""View counters among a page's short lines: a number labelled as views in words (`Lượt xem:
1.508`, `667 lượt xem`, `(Đã xem 1832 lần)`) or by an eye icon alone (`<i class="fa fa-eye"></i>
1.234`), each with its own segment as shown."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from newscrawl import vn
from newscrawl.pages.dom import (
    ICON_TAGS,
    SKIP_TAGS,
    Element,
    itertext,
    short_text,
    text_content,
    text_of,
)
from newscrawl.pages.generic.lines import (
    LEADING_PUNCTUATION,
    MAX_LINE_CHARS,
    SEPARATOR,
    Line,
    exact_count,
)
from newscrawl.pages.positions import block_of, contains

_BRACKETED = re.compile(r"\(([^()]*)\)")
_BARE_NUMBER = re.compile(r"[\d.,\s]+[kK]?")  # (`1,2K`: thousands, as themes abbreviate)
# After a count that closes the text, no more than a button's or a tag list's words.
_MAX_TEXT_AFTER_CHARS = 80
# A label alone (`Lượt xem`, a table's column) heads something; one that holds a value has its
# colon or a placeholder (`Lượt xem: --`).
_HOLDS_A_VALUE = re.compile(r"[:：]|--|[–—]")
# A file's size beside its count (`bao-cao.pdf (245.6 KiB) Đã xem 312 lần`): a forum post's or a
# document list's attachment, viewed or downloaded so often, not the article.
_FILE_SIZE = re.compile(r"\d\s*(?:[KMG]i?B|bytes?)\b", re.IGNORECASE)
# (`View comments (3)`, `View replies`: "view" the verb, naming what the button opens.)
_VIEW_ICON = re.compile(
    r"(?<![a-z])(?:eye|views?(?! (?:comments?|replies|more|all)\b)|luot-?xem|luotxem|lượt xem)"
    r"(?![a-z])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ViewLine:
    element: Element
    raw: str  # the counter's own segment, label included


def view_lines(lines: list[Line]) -> list[ViewLine]:
    """Lines holding a number labelled as views (`Lượt xem: 1.508`, `667 lượt xem`), in words or
    by an eye icon."""
    found: list[ViewLine] = []
    for element, text, by_icon in _with_labels(lines):
        if _beside_visitors_online(element):
            continue  # the site's statistics box: its page views, not the article's
        if _FILE_SIZE.search(text):
            continue
        if by_icon:
            if vn.parse_view_count(text) is not None:
                found.append(ViewLine(element, text.strip()))
            continue
        for segment in SEPARATOR.split(text):
            result = vn.parse_view_count_detailed(segment)
            if result.labelled and result.value is not None:
                found.append(ViewLine(element, _own_part(segment, result.value)))
                break
    return found


_STATS_LINES = 3  # (a statistics box's lines: online now, today, in all, page views)


def _beside_visitors_online(el: Element) -> bool:
    """Is the line beside one counting the visitors online (Joomla 1.0's statistics module:
    `Hiện có 4 khách trực tuyến`, then `Lượt xem: 1.238.754`)? Its nearest siblings only: a
    page of thousands of paragraphs would have each compared with all."""
    near = chain(
        islice(el.itersiblings(preceding=True), _STATS_LINES),
        islice(el.itersiblings(), _STATS_LINES),
    )
    return any(vn.counts_visitors_online(text_of(other) or "") for other in near)


def unread_view_lines(lines: list[Line]) -> list[ViewLine]:
    """Lines labelled as views whose number cannot be read (`Lượt xem: --`, `Lượt xem:` before
    the box a script was to fill in), none of their segments a readable count: what the export's
    `views_unparsed` reports, as shown."""
    found: list[ViewLine] = []
    for element, text, by_icon in _with_labels(lines):
        if by_icon:
            continue
        results = [(s, vn.parse_view_count_detailed(s)) for s in SEPARATOR.split(text)]
        if any(result.value is not None for _, result in results):
            continue
        label = next((s for s, r in results if r.labelled and _HOLDS_A_VALUE.search(s)), None)
        if label is not None:
            found.append(ViewLine(element, label.lstrip(LEADING_PUNCTUATION).rstrip()))
    return found


def _own_part(segment: str, views: int) -> str:
    """The counter's own words where it stands in brackets after others (SMF's topic bar:
    `Chủ đề: … (Đã xem 1832 lần)`); a counter bracketed alone keeps its brackets. A time or a
    date before it, and after it anything but its bracket, with no `|` between, are not the
    counter's (`07:45 Lượt xem: 612`, `1.234 lượt xem Bình luận: 3 In bài`)."""
    text = segment.strip(LEADING_PUNCTUATION)
    for bracketed in _BRACKETED.finditer(text):
        if bracketed.start() > 0:
            inner = vn.parse_view_count_detailed(bracketed.group(1))
            if inner.labelled and inner.value == views:
                return bracketed.group(1).strip()
    counter = vn.parse_view_count_detailed(text)
    start, end = counter.start or 0, counter.end or len(text)
    if not any(c.isdigit() for c in text[:start]):
        start = 0
    if not text[end:].strip(" )]"):  # only its bracket closing: `( Đã đọc: 1,302 lần )`
        end = len(text)
    return text[start:end].strip()


def _with_labels(lines: list[Line]) -> Iterator[tuple[Element, str, bool]]:
    """The lines that mention views, and whether an icon is their label; a bare number stands
    for its parent's line, which holds its label (`Lượt xem: <span>1206</span>`), unless an eye
    icon labels it (`<i class="fa fa-eye"></i> 1.234`)."""
    seen: set[Element] = set()
    for line in lines:
        element, text = line.element, line.text
        if element not in seen and (count := _count_after_view_icon(element)):
            seen.add(element)
            # (`<span title="3.482 lượt xem"><i class="icon-eye"></i> 3,5K</span>`)
            yield element, exact_count(element, count) or count, True
            continue
        if _BARE_NUMBER.fullmatch(text):
            if _after_view_icon(element):
                yield element, text, True
                continue
            parent = element.getparent()
            if parent is None or parent in seen:
                continue
            element, text = parent, short_text(parent, MAX_LINE_CHARS) or ""
        if element not in seen and vn.mentions_views(text):
            seen.add(element)
            yield element, text, False


def _after_view_icon(number: Element) -> bool:
    """Is the number labelled by an eye icon: the icon as its first child, or just before it?
    Themes bought from theme shops label their counters with icons only."""
    box: Element | None = number  # the element holding the icon and the count
    icon = number[0] if len(number) and not (number.text or "").strip() else None
    if icon is None or icon.tag not in ICON_TAGS:
        icon = number.getprevious()
        if icon is None or icon.tag not in ICON_TAGS or "".join(itertext(icon)).strip():
            return False  # (an element of words before the count is its label: the line's)
        box = number.getparent()
    names = _names(icon)
    # (A bare inline SVG says nothing, nor an icon of another meaning, Jannah's fire for "hot";
    # the box holding it and the count may: `<span aria-label="Lượt xem"><svg>…</svg>2.145</span>`,
    # `<span class="meta-views"><span class="tie-icon-fire"></span> 1.287</span>`, Publisher's
    # `<span class="views"><i class="bsfi-fire-2"></i> <b class="number">1.247</b></span>`.)
    names += [number.get("aria-label"), number.get("class")]
    if box is not None and box is not number:
        names += [box.get("aria-label"), box.get("class")]
    return any(_VIEW_ICON.search(name) for name in names if name)


def _count_after_view_icon(line: Element) -> str | None:
    """The bare number an eye icon labels among the line's parts (`<i class="fa fa-clock"></i>
    04/12/2024 <i class="fa fa-eye"></i> 1.234 <i class="fa fa-comment"></i> 3`)."""
    for icon in line:
        count = (icon.tail or "").strip()
        if (
            count
            and _BARE_NUMBER.fullmatch(count)
            and icon.tag in ICON_TAGS
            and any(_VIEW_ICON.search(name) for name in _names(icon) if name)
            and not "".join(itertext(icon)).strip()
        ):
            return count
    return None


def _names(icon: Element) -> list[str | None]:
    """What an icon is called: its class, its picture, its label, the symbol it uses; those of
    the one icon its box holds (Elementor's `span.elementor-icon-list-icon` around `<i>`)."""
    names = [icon.get(attr) for attr in ("class", "alt", "title", "src", "aria-label")]
    names += [use.get("href") or use.get("xlink:href") for use in icon.iter("use")]
    if len(icon) == 1 and icon.tag == "span" and icon[0].tag in ICON_TAGS:
        names += _names(icon[0])
    return names


def closing_view_line(
    views: list[ViewLine], content: Element | None, lists: Collection[Element] = ()
) -> ViewLine | None:
    """A count of views in words (`Lượt xem: 512`, not an icon's bare number) that closes the
    text's own box, nothing of a paragraph's length after it there: WordPress's Post Views
    Counter prints it under the last paragraph, where no header line is."""
    if content is None:
        return None
    # Only the last count in the text may close it: one walk of what follows, however many
    # counts the text holds (a page of thousands must not be read once for each).
    inside = [view for view in views if contains(content, view.element)]
    last = inside[-1] if inside else None
    if last is None or not any(c.isalpha() for c in last.raw):
        return None
    return last if _closes(last.element, content, lists) else None


def _closes(el: Element, box: Element, lists: Collection[Element]) -> bool:
    """Is nothing of a paragraph's length after `el` in `box`, but the related lists (YARPP's
    `Bài viết liên quan:` under Post Views Counter's line)?"""
    node = el
    while node is not box:
        for after in node.itersiblings():
            if not isinstance(after.tag, str) or after.tag in SKIP_TAGS:
                continue
            size = len(text_content(after).strip())
            size -= sum(len(text_content(b).strip()) for b in lists if contains(after, b))
            if size > _MAX_TEXT_AFTER_CHARS:
                return False
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return True


def hits_beside(date_line: Element, lines: list[Line]) -> ViewLine | None:
    """Joomla's hits as its Vietnamese pack labels them (`<dd class="hits">Lượt truy cập:
    2731</dd>`) in the box of the article's date line (`dd.published` in `dl.article-info`):
    the article's, where the same words elsewhere count the site's visits."""
    line = block_of(date_line)
    box = line.getparent() if line is not None else None
    if box is None:
        return None
    for candidate in lines:
        own = block_of(candidate.element)
        if own is not None and own.getparent() is box and vn.parse_visits(candidate.text):
            return ViewLine(candidate.element, candidate.text.strip())
    return None
