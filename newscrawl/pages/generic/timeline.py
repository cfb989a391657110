"""Which timestamp line is the publication, which the update, which the page's own clock.

A reader takes the timestamp printed with the headline: just above it or in the lines below it.
Nearness is measured in the tree (steps up to the common ancestor and down again), so the
header's "today" widget, sidebar and related-list dates, and the footer's licence date, which
all sit in other branches of the page, are never taken, however the page is laid out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import islice
from typing import TypeVar

from newscrawl import vn
from newscrawl.pages.dom import Element, short_text
from newscrawl.pages.generic.apart import (
    edit_note,
    edition_stamp,
    update_beside,
    update_in_the_text,
)
from newscrawl.pages.generic.counters import ViewLine
from newscrawl.pages.generic.lines import MAX_LINE_CHARS, Line
from newscrawl.pages.generic.place import MAX_DISTANCE_AFTER, MAX_DISTANCE_BEFORE, Place
from newscrawl.pages.generic.stamps import (
    Stamp,
    labelled_an_event_apart,
    stamps_in,
    with_label_apart,
)
from newscrawl.pages.generic.teasers import in_teaser, presents_another_article
from newscrawl.pages.positions import (
    block_of,
    common_ancestor,
    contains,
    next_words_owner,
    tree_distance,
)

_UPDATED_CLASS = ("updated", "modified", "update")
# A publication line printed after the update line (farther from the headline) stands near it.
_MAX_APART = MAX_DISTANCE_BEFORE
# A post's head and its text, in a forum's nested tables (Discuz: eleven steps apart).
_MAX_FROM_THE_TEXT = 12

Placed = TypeVar("Placed", Line, ViewLine)


@dataclass(frozen=True, slots=True)
class Timeline:
    published: Stamp | None = None
    modified: Stamp | None = None
    clock: Stamp | None = None  # the page's own "now", dating its view counter


def read_timeline(lines: Sequence[Line], place: Place, undated: Sequence[Line] = ()) -> Timeline:
    """The timestamps of the article's header and the page's clock, among `lines`; an update
    that gives only its time is looked for among the `undated` lines; a print edition's date
    (`edition_stamp`) dates an article whose header has none.

    Lines are placed before they are read: only the few near the headline (and those above
    it, for the clock) are parsed as timestamps."""
    published: Stamp | None = None
    modified: Stamp | None = None
    created: Stamp | None = None  # (Joomla's `Ngày tạo`, beside its `Ngày đăng`)
    rest: list[Line] = []  # the publication line's words after its timestamp
    for line in nearest_first(lines, place):
        for stamp in stamps_in(line):
            if stamp.clock or stamp.kind == "event" or _clock_above(stamp, place):
                continue  # the page's "now", or an event's date (`Thời gian: 06:30, 08/12/2024`)
            if labelled_an_event_apart(stamp):
                continue  # (`<dt>Đăng ký</dt><dd>2019-3-2</dd>`: when the poster registered)
            if update_in_the_text(stamp, place):
                continue
            if stamp.kind is None and _marked_as_update(stamp.element):
                stamp = replace(stamp, kind="modified")  # GeneratePress's `time.updated` first
            if stamp.kind == "created":
                created = created or stamp
            elif stamp.kind != "modified":
                if published is None and not _apart_from(stamp, modified, place):
                    published, rest = stamp, _after(stamp, line)
            elif not _in_a_box_apart(stamp, place):
                modified = modified or stamp
    if published is None and created is not None:  # created, then published by no line
        published, rest = created, []
    if published is None and modified is None:
        published = _head_of_the_text(lines, place)
    if published is None:  # a page's only timestamp is its publication, however labelled
        published, modified = modified or edition_stamp(lines), None
    elif modified is None:  # (`14:05 25/11/2024 (Cập nhật 16:40)`: its own line's, too)
        modified = update_beside(published, [*rest, *undated]) or edit_note(lines, place)
    if published is not None and not isinstance(published.value, datetime) and undated:
        published = _time_in_own_post(published, undated, place) or published
    if published is not None:
        published = with_label_apart(published)
    return Timeline(published, modified, _clock(lines, place, (published, modified)))


def _head_of_the_text(lines: Sequence[Line], place: Place) -> Stamp | None:
    """The last date line before the text, in a box holding the text but not the headline:
    the first post's own head, under a thread's title printed apart above the posts (Discuz's
    `Đăng lúc <span title="2024-10-14 08:30">3 ngày trước</span>` in the post's table), where
    no line near the headline dates it. A sidebar's dates share no such box with the text."""
    anchor, content = place.anchor, place.content
    if anchor is None or content is None or contains(content, anchor):
        return None
    found: Stamp | None = None
    for line in lines:
        el = line.element
        if not place.order.before(el, content):
            break
        if contains(content, el) or not place.order.after(el, anchor):
            continue
        if tree_distance(el, content) > _MAX_FROM_THE_TEXT:
            continue
        if contains(common_ancestor(el, content), anchor) or in_teaser(el, content):
            continue
        dated = (s for s in stamps_in(line) if s.kind in (None, "published") and not s.clock)
        found = next((s for s in dated if not labelled_an_event_apart(s)), found)
    return found


def _in_a_box_apart(stamp: Stamp, place: Place) -> bool:
    """Is the update line after the text, outside the box holding the headline and the text:
    a sidebar widget's (a price board's `Cập nhật lúc 08:00 14/11/2024`)?"""
    anchor, content, el = place.anchor, place.content, stamp.element
    if anchor is None or content is None or not place.order.after(el, content):
        return False
    return not contains(common_ancestor(anchor, content), el)


def _after(stamp: Stamp, line: Line) -> list[Line]:
    """The line's words after the timestamp; only those in the bracket, when they open with
    one (what follows it is the line's next field: `(Cập nhật 16:40) 856 lượt xem`)."""
    at = line.text.find(stamp.raw)
    rest = line.text[at + len(stamp.raw) :].strip() if at >= 0 else ""
    if rest.startswith("(") and ")" in rest:
        rest = rest[1 : rest.index(")")].strip()
    return [Line(line.element, rest)] if rest else []


def _clock_above(stamp: Stamp, place: Place) -> bool:
    """A date and a time above the headline, outside the box that holds the headline and the
    text and outside the item holding both (a forum post's head): the page's clock, however
    near a bare header puts it (a date alone there may head the day's posts, as Blogger's
    `date-header` does)."""
    anchor, content, el = place.anchor, place.content, stamp.element
    if not isinstance(stamp.value, datetime) or anchor is None or content is None:
        return False
    if not place.order.before(el, anchor) or _in_own_box(el, place):
        return False
    return not contains(common_ancestor(anchor, content), el) and not _right_above(el, anchor)


def _right_above(el: Element, anchor: Element) -> bool:
    """Is the line the last words before the headline (a legacy portal's row of the section
    and the date, in a table of its own over the article's)? A clock has the page's menus and
    banners between."""
    owner = next_words_owner(el)
    return owner is not None and contains(anchor, owner)


def _apart_from(stamp: Stamp, update: Stamp | None, place: Place) -> bool:
    """Is a date found farther from the headline than the update line, and not beside it? Then
    it is some other box's (a sidebar's schedule), and the update line, the only timestamp of
    the article's header, is its publication (legacy CMSs label the posting time `Cập nhật`).
    Not when it is the article's header's: above the headline in the box holding the headline
    and the text, or in the headline's own header box (Wix's date, boxes deep above the
    headline, over `Đã cập nhật` under it)."""
    if update is None or tree_distance(stamp.element, update.element) <= _MAX_APART:
        return False
    return not _in_the_articles_header(stamp.element, place)


def _in_the_articles_header(el: Element, place: Place) -> bool:
    anchor, content = place.anchor, place.content
    if anchor is None or content is None:
        return False
    if not contains(common_ancestor(anchor, el), content):
        return True  # (the headline's own box, apart from the text's)
    return place.order.before(el, anchor) and contains(common_ancestor(anchor, content), el)


def _time_in_own_post(day: Stamp, undated: Sequence[Line], place: Place) -> Stamp | None:
    """The publication's time printed apart from its day, below the text in the post's own box
    (a classic Blogger template heads the day's posts with the date and prints each post's time
    in its footer: `đăng bởi … @ 8:30 CH`): the day at that time."""
    content, anchor = place.content, place.anchor
    if content is None or anchor is None:
        return None
    post = common_ancestor(anchor, content)
    for line in undated:
        el = line.element
        if not vn.is_stamp(line.text) or not contains(post, el) or contains(content, el):
            continue
        if not place.order.before(content, el) or _below_in_another_text(el, place):
            continue
        raw = f"{day.raw} {line.text}"
        value = vn.parse_timestamp(raw)
        if isinstance(value, datetime):
            return replace(day, raw=raw, value=value)
    return None


def nearest_first(lines: Sequence[Placed], place: Place) -> Iterator[Placed]:
    """The lines that belong to the article's header, nearest to the headline first."""
    anchor = place.anchor
    if anchor is None:
        return
    scored: list[tuple[bool, int, int, int, Placed]] = []
    for position, line in enumerate(lines):
        distance = place.distance(line.element)
        if distance > MAX_DISTANCE_AFTER:
            continue
        before = place.order.before(line.element, anchor)
        # A line above the headline must be nearer, unless the headline's own item holds it (a
        # forum post's date in the post's head, above the post's title).
        near_above = before and not _in_own_box(line.element, place)
        if near_above and distance > MAX_DISTANCE_BEFORE and _names_the_headline(line, place):
            near_above = False  # a forum's topic bar over its posts: `Chủ đề: <title> (Đã xem …)`
        if distance <= (MAX_DISTANCE_BEFORE if near_above else MAX_DISTANCE_AFTER):
            scored.append((_after_text(line.element, place), distance, int(before), position, line))
    # (A line after the text, a list's, comes after the header's, however near it stands: a
    # theme printing the headline in a block above the article's makes both far from it.)
    scored.sort(key=lambda t: t[:4])
    # The teaser test looks at the line's block, so it runs on the few nearest lines only.
    for *_, line in scored:
        if (isinstance(line, Line) and line.posting) or not _outside_header(line.element, place):
            yield line


def _after_text(el: Element, place: Place) -> bool:
    content = place.content
    return content is not None and place.order.after(el, content)


def _names_the_headline(line: Placed, place: Place) -> bool:
    """Does the line repeat the headline's words (a thread's title bar above its first post)?"""
    words = place.headline_text
    if words is None:
        return False
    shown = line.text if isinstance(line, Line) else short_text(line.element, MAX_LINE_CHARS)
    return shown is not None and len(shown) >= len(words) and words in vn.fold(shown)


def _in_own_box(el: Element, place: Place) -> bool:
    box = place.own_box
    return box is not None and contains(box, el)


def _outside_header(el: Element, place: Place) -> bool:
    """Inside the article text (a date in a sentence), the headline itself (`Điểm tin ngày
    22/11/2024` names its subject), or beside a headline link (a teaser)."""
    if place.text_apart and place.content is not None and contains(place.content, el):
        return not place.opens_the_text(el)
    anchor = place.anchor
    if anchor is not None and anchor is not place.content and contains(anchor, el):
        return True
    teaser = in_teaser(el, place.content) and not _beside_the_headline(el, anchor)
    if teaser or _in_card(el, place):
        return True
    return _below_in_another_text(el, place) or place.in_headed_box_after(el)


def _in_an_inner_article(el: Element) -> bool:
    """Is the element in an `<article>` that stands in another?"""
    own = next(el.iterancestors("article"), None)
    return own is not None and next(own.iterancestors("article"), None) is not None


def _beside_the_headline(el: Element, anchor: Element | None) -> bool:
    """Is the line in the headline's own box, whose link to the article itself makes no teaser
    of it (Grav's `<div><h2><a href=…>Headline</a></h2><span><time>…</time></span></div>`)?"""
    block = block_of(el)
    return anchor is not None and block is not None and contains(block, anchor)


def _in_card(el: Element, place: Place) -> bool:
    """In a card presenting another article, a line of its own under the card's linked heading
    (`<div><h3><a>…</a></h3><div>22/11/2024 | 5.678 lượt xem</div></div>`, a sidebar's "Xem
    nhiều"): a box holding neither the headline nor the text."""
    block = block_of(el)
    card = block.getparent() if block is not None else None
    if card is None or place.anchor is None or contains(card, place.anchor):
        return False
    if place.content is not None and contains(card, place.content):
        return False
    return presents_another_article(card)


def _below_in_another_text(el: Element, place: Place) -> bool:
    """Below the article's text, in a box holding a text of its own: a reply in a forum
    thread (Discourse's next post, whose date stands nearer the topic's title than the first
    post's), a reader's comment. The date there is that text's."""
    content = place.content
    if content is None or not place.after_texts or not place.order.after(el, content):
        return False
    branch = place.branch_apart(el)
    if branch is None or branch not in place.after_boxes:
        return False
    return any(
        contains(branch, holder) and not contains(holder, el) for holder in place.after_texts
    )


def _clock(lines: Sequence[Line], place: Place, taken: tuple[Stamp | None, ...]) -> Stamp | None:
    """The page's clock: a date with a time printed above the headline, not its own line.

    A line labelled as "today" comes first; without a headline to tell the header from the
    sidebar, only such a line is taken."""
    anchor = place.anchor
    above = [
        s
        for line in lines
        if anchor is None or place.order.before(line.element, anchor)
        for s in stamps_in(line)
        if isinstance(s.value, datetime) and s not in taken
    ]
    labelled = (s for s in above if s.clock and not in_teaser(s.element))
    found = next(labelled, None)
    if found is None and anchor is not None:
        # (A line labelled as an update is no clock: a weather or price widget's `Cập nhật:
        # 15:00 22/11/2024` tells when its figures were read, not when the page was served.)
        found = next((s for s in above if s.kind != "modified" and not in_teaser(s.element)), None)
    return found


def header_times(
    times: Sequence[Element], anchor: Element | None, text: Element | None
) -> tuple[str | None, str | None]:
    """(published, modified) `datetime` values of the `<time>` elements in the article header
    (`text`: the article's, whose box is no teaser's)."""
    published: str | None = None
    modified: str | None = None
    update: Element | None = None
    for el in times:
        if anchor is None or tree_distance(el, anchor) > MAX_DISTANCE_AFTER:
            continue
        if in_teaser(el, text) and not _beside_the_headline(el, anchor):
            continue
        if _in_an_inner_article(el):
            continue  # a live report's entry, an `<article>` in the report's: the entry's time
        value = (el.get("datetime") or "").strip()
        if _marked_as_update(el):
            modified, update = (modified, update) if modified else (value or None, el)
        else:
            published = published or value or None
    if published is None and update is not None and not _labelled_update(update):
        return modified, None  # the header's only time, however classed (tagDiv's `updated`)
    return published, modified


def _marked_as_update(el: Element) -> bool:
    """A time the markup calls the update's (`time.updated`, `itemprop="dateModified"`), or
    the box holding it and its label does (Plone 6's `<span class="documentModified"><span>cập
    nhật lần cuối</span> <time>`)."""
    if el.get("itemprop") == "dateModified" or _classed_as_update(el):
        return True
    box = el.getparent()
    return box is not None and el.tag == "time" and _classed_as_update(box) and _one_time(box)


def _classed_as_update(el: Element) -> bool:
    classes = (el.get("class") or "").lower()
    return any(word in classes for word in _UPDATED_CLASS) and "published" not in classes


def _one_time(box: Element) -> bool:
    return next(islice(box.iter("time"), 1, None), None) is None


def _labelled_update(el: Element) -> bool:
    """Does the time's line say it is an update (`Cập nhật: <time>`)?"""
    line = block_of(el)
    text = short_text(line, MAX_LINE_CHARS) if line is not None else None
    return bool(text) and vn.parse_timestamp_detailed(text or "").kind == "modified"
