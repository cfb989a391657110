"""Lines that show a time of day and no date: `11:20` heading a live report's entry, and
`Cập nhật lúc 11:20` beside a publication line that gives the day; and a machine's zone-less
time that its writer meant as UTC.

A live report stamps each entry with the hour alone; the day is the article's. Such a stamp is
neither a sentence of the text nor a timestamp of its own, so the page layer needs to tell one
(`is_stamp`) and to read an update line against the day beside it (`parse_time_on`).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timezone

from newscrawl.vn import _patterns as p
from newscrawl.vn._clock import VN_OFFSET, read_clock
from newscrawl.vn.text import clean_text, lower_same_length
from newscrawl.vn.timestamps import VN_TZ, Kind, TimestampResult, parse_timestamp_detailed

# Longer than any stamp or labelled time (`Lần cập nhật cuối lúc 11:20 (GMT+7)`): longer lines
# are sentences, and are not read.
_MAX_CHARS = 48
_DECOR = " ()[]|-–—,.:·•"
# A match's minute heading a live report's entry, added time too: `9'`, `90+5'`, `45 + 1’`.
_MATCH_MINUTE = re.compile(r"[0-9]{1,3}(?: ?\+ ?[0-9]{1,2})? ?['’′]")
_BEFORE_TIME = " :-–|,"
_AT = ("vào lúc", "lúc", "hồi", "at")
_NOTHING = TimestampResult()
_DIGIT = re.compile(r"[0-9]")
_MAX_DAY_LINE_CHARS = 60  # `Thụy Trường, ngày 05 tháng 11 năm 2024`


def is_day_line(text: str) -> bool:
    """Is the line a day and nothing else but its label or its place, as an author signs the
    end of a text (`Ngày 05/11/2024`, `Thụy Trường, ngày 05/11/2024`, `Ngày 5 tháng 11 năm
    2024`)? A labelled publication (`Ngày đăng: …`) or a sentence is not."""
    if len(text) > _MAX_DAY_LINE_CHARS:
        return False
    stamp = parse_timestamp_detailed(text)
    if stamp.span is None or stamp.kind is not None or text[stamp.span[1] :].strip(" ."):
        return False
    before = text[: stamp.span[0]].strip().lower()
    return before in ("", "ngày") or (before.endswith(", ngày") and before.count(" ") <= 5)


# Where and in which month an author wrote, under the signature: `Hồng Châu, tháng 8/2024`,
# `Đông Hưng, tháng 11 năm 2024`, `Vũ Thư, 8/2024`.
_PLACE_AND_MONTH = re.compile(
    r"(?:[^\W\d_][^,\d]{0,40}, *)?(?:tháng +)?\d{1,2}(?:/| +năm +)\d{4}\.?", re.IGNORECASE
)


def is_place_and_date(text: str) -> bool:
    """Is the line where and when the author wrote, and nothing else: a day (`is_day_line`),
    or a month (`Hồng Châu, tháng 8/2024`)? A signature's last line, naming no one."""
    line = clean_text(text[: 2 * _MAX_DAY_LINE_CHARS])
    if len(line) > _MAX_DAY_LINE_CHARS:
        return False
    return _PLACE_AND_MONTH.fullmatch(line) is not None or is_day_line(line)


def is_stamp(text: str) -> bool:
    """Is the whole line a time or a timestamp (`11:20`, `07:45 SA`, `Thứ Bảy, 23/11/2024`), or
    a match's minute (`90+5'`), with no word besides? A labelled line (`Cập nhật lúc 11:20`) is
    not a bare stamp."""
    # Cheap rejections first: most lines asked about are paragraphs of the text.
    if len(text) > 4 * _MAX_CHARS or len(text.strip()) > 2 * _MAX_CHARS or not _DIGIT.search(text):
        return False
    cleaned = clean_text(text).strip(_DECOR)
    if not cleaned or len(cleaned) > _MAX_CHARS:
        return False
    if p.TIME.fullmatch(lower_same_length(cleaned)) is not None:
        return True
    if _MATCH_MINUTE.fullmatch(cleaned) is not None:
        return True
    found = parse_timestamp_detailed(cleaned)
    return found.value is not None and found.span == (0, len(cleaned))


# How long the article takes to read, a line of the page's (Medium's `6 min read`).
_READING_TIME = re.compile(
    r"(?:[0-9]{1,3} ?(?:min read|minutes? read|phút đọc)|(?:thời gian đọc|đọc trong) ?:? ?"
    r"[0-9]{1,3} ?phút)",
    re.IGNORECASE,
)
_MAX_READING_TIME_CHARS = 32


def is_reading_time(text: str) -> bool:
    """Is the line only how long the article takes to read (`6 min read`, `5 phút đọc`,
    `Thời gian đọc: 7 phút`)?"""
    line = text.strip()
    return len(line) <= _MAX_READING_TIME_CHARS and _READING_TIME.fullmatch(line) is not None


# A label and its colon, no longer (`Ngày xuất bản :`, `Lần cập nhật cuối:`).
_MAX_LABEL_CHARS = 24
_LABELLED_KINDS: tuple[Kind, ...] = ("modified", "created")
_LABEL_ENDS = ("", "on", "at", "lúc", "vào", "vào lúc", "ngày")  # (`Posted on`)


def timestamp_label(text: str) -> Kind | None:
    """Which timestamp the line labels when it is the label alone, its timestamp printed in a
    box of its own (Notion's page property `Ngày đăng` over `3 tháng 12, 2024`): published,
    modified or created. An event's label (`Thời gian`) dates no article, and is None."""
    line = text.strip().rstrip(":").rstrip().lower()
    if not line or len(line) > _MAX_LABEL_CHARS:
        return None
    label = p.LABEL.match(line)
    if label is None or label.group("event") or line[label.end() :].strip() not in _LABEL_ENDS:
        return None
    return next((kind for kind in _LABELLED_KINDS if label.group(kind)), "published")


# A print edition's number: opening the line (`Số 4321 · Thứ Năm, 21/11/2024`) or after the
# print edition's name (`Bài đăng trên Báo in số 4321 ngày …`); a document's number has a slash
# after it (`Số 123/QĐ-UBND`), an address a street.
# (An issue may be numbered by its month, a newsletter's `Số 11/2024`.)
_EDITION = re.compile(
    r"(?:^|(?:báo in|ấn phẩm|bản in) )số (?:báo ?: ?)?[0-9]{1,6}(?:/[0-9]{4})?(?![0-9/.,])"
)
_EDITION_DATE = re.compile(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")
_NON_WORD = re.compile(r"\W+")
# What may stand between the edition's number and its date.
_EDITION_GLUE = frozenset(
    {"ra", "ngày", "phát", "hành", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật"}
)


def names_an_edition(text: str) -> bool:
    """Does the line give a print edition's number and its date (`Số 4321 · Thứ Năm,
    21/11/2024`, `Số 4321 ra ngày 21/11/2024`)? That date is the article's where the page is the
    print edition's (an e-paper reader prints no other)."""
    low = clean_text(text[: 4 * _MAX_CHARS]).lower()
    issue = _EDITION.search(low)
    if issue is None:
        return False
    day = _EDITION_DATE.search(low, issue.end())
    if day is None:
        return False
    between = _NON_WORD.sub(" ", low[issue.end() : day.start()]).split()
    return all(word in _EDITION_GLUE for word in between)


def mentions_update(text: str) -> bool:
    """Does the line carry an update's label (`Cập nhật`, `Updated`)? A cheap look before
    `parse_time_on` reads it."""
    low = text.lower()
    return any(word in low for word in p.MODIFIED_WORDS)


def parse_time_on(text: str, day: date) -> TimestampResult:
    """A labelled time with no date (`Cập nhật lúc 11:20`) read on `day`, with the label's kind;
    nothing when the line has a date of its own or words besides its label and its time."""
    cleaned = clean_text(text[: 4 * _MAX_CHARS]).strip(_DECOR)
    if not cleaned or len(cleaned) > _MAX_CHARS or parse_timestamp_detailed(cleaned).value:
        return _NOTHING
    low = lower_same_length(cleaned)
    time = p.TIME.search(low)
    if time is None or low[time.end() :].strip(_DECOR):
        return _NOTHING
    before = low[: time.start()].rstrip(_BEFORE_TIME)
    label = p.LABEL.fullmatch(before) or p.LABEL.fullmatch(_without_at(before))
    clock = read_clock(time)
    if label is None or clock is None or clock.is_placeholder:
        return _NOTHING
    zone = timezone(clock.offset if clock.offset is not None else VN_OFFSET)
    value = datetime(day.year, day.month, day.day, *clock[:3], tzinfo=zone).astimezone(VN_TZ)
    kind: Kind = "modified" if label.group("modified") else "published"
    return TimestampResult(value, (), kind, (0, time.end()))


def _without_at(before: str) -> str:
    for word in _AT:
        if before.endswith(" " + word):
            return before[: -len(word)].rstrip(_BEFORE_TIME)
    return before


# A time as a machine writes it, without a zone: `2024-11-21 03:15:42`, `2024-11-21T03:15`.
_MACHINE_TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?")


def as_utc_if_zoneless(value: datetime | date | None, text: str) -> datetime | date | None:
    """The moment a zone-less machine time means when its writer wrote UTC without saying so
    (Odoo's `post_date`): `parse_timestamp` reads a time without a zone as +07:00; the same
    digits in UTC are seven hours later. A time that states its zone, or one written for
    readers, is returned as it was read."""
    if not isinstance(value, datetime) or _MACHINE_TIME.fullmatch(clean_text(text)) is None:
        return value
    return value.replace(tzinfo=UTC).astimezone(VN_TZ)


# A blog's posting sentence after the post (WordPress's Kubrick, `p.postmetadata`): `Bài viết
# này được đăng vào lúc 8:47 sáng Thứ Sáu, … 2008 và được lưu dưới chuyên mục …`, `This entry
# was posted on Friday, November 21st, 2008 at 8:47 am and is filed under …`. It opens the line;
# the same words inside a sentence of the text (`Theo ông Hùng, bài viết này được đăng …`) are
# the text's.
_POSTING = re.compile(
    r"(?:bài viết|bài|this entry|this post|entry)(?: này)? (?:đã )?(?:được |was |has been )?"
    r"(?:đăng|posted|viết)(?![^\W\d_])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?] (?=[^\W\d_])")
_MAX_POSTING_CHARS = 4 * _MAX_CHARS


def opens_with_posting(text: str) -> bool:
    """Does the text open with a posting sentence's words (`Bài viết này được đăng`)? A cheap
    look before `posting_clause` reads the date."""
    return _POSTING.match(text.lstrip()) is not None


def posting_clause(text: str) -> str | None:
    """The posting sentence's words up to the date and time it gives, the line as a date line
    (`Bài viết này được đăng vào lúc 8:47 sáng Thứ Sáu, Tháng Mười Một 21, 2008`); None when the
    text does not open with one, or it gives no date."""
    if not opens_with_posting(text):
        return None
    cleaned = clean_text(text[: 2 * _MAX_POSTING_CHARS])
    end = _SENTENCE_END.search(cleaned)
    sentence = cleaned[: end.start() if end is not None else _MAX_POSTING_CHARS]
    found = parse_timestamp_detailed(sentence[:_MAX_POSTING_CHARS])
    if found.value is None or found.span is None:
        return None
    return sentence[: found.span[1]]
