"""Timestamps in the page's short lines: each trimmed to its own segments of the line (its label
and a short trailer kept, a credit or a counter beside it cut off), with the label its line
prints apart, and an update that gives only its time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

from newscrawl import vn
from newscrawl.pages.dom import Element
from newscrawl.pages.generic.lines import (
    FIELD_LEVELS,
    LABEL_SPACE,
    LEADING_PUNCTUATION,
    MAX_LABEL_CHARS,
    SEPARATOR,
    Line,
)

_MAX_TRAILER_CHARS = 16
# A poster's credit beside the date names one poster: `bởi Thu Hà`, `Posted by admin in Văn hóa`.
_MAX_CREDIT_CHARS = 60


@dataclass(frozen=True, slots=True)
class Stamp:
    """A timestamp line: where it is, its text as shown and what it says."""

    element: Element
    raw: str  # the timestamp's own segment(s), label included
    value: datetime | date
    kind: str | None  # from its label: "published", "modified", "created" or None
    clock: bool  # labelled as the page's "today" clock


def with_label_apart(stamp: Stamp) -> Stamp:
    """The stamp's raw with the label printed just before its element, in an element of its
    own with nothing between them (Twenty Ten's `<span class="meta-prep">Posted on</span>
    <a><span class="entry-date">November 21, 2024</span></a>`): the line as a reader reads
    it. Only a publication label the timestamp parser knows (`Posted on`, `Ngày đăng`) is taken."""
    raw = _labelled_apart(stamp)
    if raw is None or vn.parse_timestamp_detailed(raw).kind not in ("published", "created"):
        return stamp
    return replace(stamp, raw=raw)


def labelled_an_event_apart(stamp: Stamp) -> bool:
    """Is the date labelled apart as an event's, no article's (a forum poster's column,
    Discuz's `<dt>Đăng ký</dt><dd>2019-3-2</dd>`: when the poster registered)?"""
    raw = _labelled_apart(stamp)
    return raw is not None and vn.parse_timestamp_detailed(raw).kind == "event"


def _labelled_apart(stamp: Stamp) -> str | None:
    """The stamp's raw after the label printed just before its element, or None."""
    if stamp.kind is not None:
        return None  # labelled in its own text already
    el = stamp.element
    for _ in range(FIELD_LEVELS):
        label = el.getprevious()
        if label is not None:
            break
        parent = el.getparent()
        if parent is None:
            return None
        el = parent
    else:
        return None
    words = (label.text or "").strip(LABEL_SPACE)
    if len(label) or not words or len(words) > MAX_LABEL_CHARS or (label.tail or "").strip():
        return None
    if any(c.isdigit() for c in words):
        return None  # a headline over its date line (Multiply's `Khai mạc Hội Lim 2008`), no label
    return f"{words} {stamp.raw}"


def stamps_in(line: Line) -> list[Stamp]:
    """The timestamps of a line, each with its text trimmed to the timestamp's segments."""
    return list(_stamps_in(line.element, line.text))


def _stamps_in(element: Element, text: str) -> Iterator[Stamp]:
    segments = [part for segment in SEPARATOR.split(text) for part in vn.split_at_update(segment)]
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
    clock = vn.labels_the_clock(shown[: result.span[0]])
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
    cut = _after_counter(raw[: span[0]]) or _bracket_opening(raw[: span[0]])
    if cut:
        return _timestamp_text(raw[cut:], (span[0] - cut, span[1] - cut))
    label = raw[: span[0]].strip(LEADING_PUNCTUATION + "([")
    trailer = raw[span[1] :].strip(" )].,;-–")
    if vn.opens_with_poster(label) and len(label) <= _MAX_CREDIT_CHARS and not trailer:
        return raw[span[0] :]  # Moodle's `bởi <a>Name</a> - Thứ Năm, 21 tháng 11 2024, 8:30 AM`
    if vn.names_its_editor(label) and (not trailer or vn.gives_the_edits_reason(trailer)):
        # An edit note naming its editor, whole (vBulletin's reason after it, `Lý do: Bổ sung
        # ảnh`, cut off).
        return raw[: span[1]].rstrip() if trailer else raw
    if len(label) > MAX_LABEL_CHARS or any(c.isdigit() for c in label):
        return None
    counter = vn.parse_view_count_detailed(trailer.lstrip("(["))  # (`… 08:05 (1234 lượt)`)
    if counter.start == 0 or _bracketed_update(trailer):
        return raw[: span[1]].rstrip()  # the line's view counter, or its update, beside it
    if len(trailer) <= _MAX_CREDIT_CHARS and vn.opens_with_poster(trailer):
        # (PHP-Nuke's `… 08:15:42 bởi: admin`, however short; SMF's `gửi bởi songxanh88`)
        return raw[: span[1]].rstrip()
    if any(c.isdigit() for c in trailer):
        return None
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


def _bracket_opening(head: str) -> int:
    """Where a labelled timestamp in brackets opens after another field (FrontPage's
    `Chuyên mục: <a>Tin hoạt động</a> (Đăng ngày 05/07/2016)`): the stamp is the bracket's. 0
    for none, or for a bracket without a publication's label (a sentence's `(ngày …)`)."""
    at = head.rfind("(")
    if at <= 0 or ")" in head[at:] or len(head[at + 1 :].strip()) > MAX_LABEL_CHARS:
        return 0
    label = vn.parse_timestamp_detailed(head[at:] + "01/01/2000").kind
    return at if label in ("published", "modified", "created") else 0


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
