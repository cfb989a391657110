"""Properties: nothing raises, cleanup is idempotent, NFD and NFC agree, formats round-trip."""

from __future__ import annotations

import random
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl import vn

VN = vn.VN_TZ
REFERENCE = datetime(2025, 11, 26, 10, 0, tzinfo=VN)

FUNCTIONS: dict[str, Callable[[str], Any]] = {
    "clean_text": vn.clean_text,
    "clean_multiline": vn.clean_multiline,
    "fold": vn.fold,
    "parse_timestamp": vn.parse_timestamp_detailed,
    "parse_timestamp_ref": lambda s: vn.parse_timestamp_detailed(s, reference=REFERENCE),
    "parse_view_count": vn.parse_view_count_detailed,
    "parse_number": vn.parse_number,
    "parse_byline": vn.parse_byline,
    "looks_like_byline": vn.looks_like_byline,
    "parse_caption": vn.parse_caption,
}

# Pieces of real timestamps, counters, bylines and captions, so that random texts reach deep
# into the parsers rather than being rejected at the first check.
_PIECES = (
    "Thứ 5, ", "Thứ Năm", "Chủ nhật", "CN", "T5", "thứ", "22/09/2022", "22.09.2022", "2022-09-22",
    "T", "19:44", ":07", "19h44", "giờ", "phút", " | ", " - ", ", ", "(", ")", "[", "]", "GMT+7",
    "GMT", "+07:00", "Z", "PM", "SA", "CH", "chiều", "ngày ", "tháng ", "Năm", "năm ", "2023",
    "Tháng Mười", "lúc ", "Cập nhật", "Ngày đăng:", "13 giờ trước", "hôm qua", "vừa xong",
    "667", "12,636", "1.234", " lượt xem", "Lượt xem:", "triệu", "nghìn", "k", "hơn ",
    "Bình luận", "Lượt tải", "Đào Quyên", "Minh Nguyệt", "Tin, ảnh:", "Thực hiện:", "Theo ",
    "TTXVN", "/", "THĐT", "ThS.", "p/v", "Biên tập:", "admin", "PV", "\n", "Tỉnh đoàn",
    "Ảnh:", "Ảnh ", "Nguồn:", "minh họa", ".", "Múa rồng - lân", "&nbsp;", "&amp;", "&#7921;",
    "\u200b", "\u00ad", "a\u0301", "o\u0302\u0303", "Hoà", "Thủy", "İ", "ß", "\x00", "  ",
)  # fmt: skip
pieces_text = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)
any_text = st.one_of(st.text(), pieces_text)


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@given(text=any_text)
def test_never_raises(name: str, text: str) -> None:
    FUNCTIONS[name](text)


@given(
    text=pieces_text,
    reference=st.datetimes(timezones=st.none() | st.timezones() | st.just(UTC)),
)
def test_timestamps_never_raise_whatever_the_reference(text: str, reference: datetime) -> None:
    result = vn.parse_timestamp_detailed(text, reference=reference)
    if result.value is not None:
        vn.format_timestamp(result.value)


@given(text=any_text)
def test_cleanup_is_idempotent(text: str) -> None:
    once = vn.clean_text(text)
    assert vn.clean_text(once) == once
    lines = vn.clean_multiline(text)
    assert vn.clean_multiline(lines) == lines
    assert vn.fold(vn.fold(text)) == vn.fold(text)


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@given(text=any_text)
def test_nfd_and_nfc_agree(name: str, text: str) -> None:
    function = FUNCTIONS[name]
    assert function(unicodedata.normalize("NFD", text)) == function(
        unicodedata.normalize("NFC", text)
    )


_WEEKDAY_DIGITS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
_WEEKDAY_WORDS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_MONTH_WORDS = (
    "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
)  # fmt: skip


def _h12(moment: datetime) -> int:
    return moment.hour % 12 or 12


def _minutes(moment: datetime) -> datetime:
    return moment.replace(second=0)


def _exact(moment: datetime) -> datetime | date:
    """What a format with seconds gives back: the portal's 00:00:00 is no time at all."""
    return moment.date() if moment.time() == datetime.min.time() else moment


def _at(moment: datetime, hours: int) -> datetime:
    return moment.astimezone(timezone(timedelta(hours=hours)))


# Each format: how a page writes a moment, and what `parse_timestamp` must give back.
FORMATS: dict[str, Callable[[datetime], tuple[str, datetime | date]]] = {
    "portal": lambda t: (
        f"{_WEEKDAY_DIGITS[t.weekday()]}, {t:%d/%m/%Y | %H:%M:%S}",
        _exact(t),
    ),
    "portal-header": lambda t: (
        f"{_WEEKDAY_DIGITS[t.weekday()]}, {t:%d/%m/%Y, %H:%M}[GMT+7]",
        _minutes(t),
    ),
    "portal-related": lambda t: (
        f"{t:%d.%m.%Y | %H:%M} {'PM' if t.hour >= 12 else 'AM'}",
        _minutes(t),
    ),
    "vnexpress": lambda t: (
        f"{_WEEKDAY_WORDS[t.weekday()]}, {t.day}/{t.month}/{t.year}, {t:%H:%M} (GMT+7)",
        _minutes(t),
    ),
    "time-first": lambda t: (f"{t:%H:%M %d/%m/%Y}", _minutes(t)),
    "time-first-ngay": lambda t: (f"{t:%H:%M} ngày {t.day}/{t.month}/{t.year}", _minutes(t)),
    "label-time-first": lambda t: (f"Cập nhật lúc {t:%H:%M} ngày {t:%d/%m/%Y}", _minutes(t)),
    "dashes": lambda t: (f"{t:%d-%m-%Y %H:%M}", _minutes(t)),
    "dots-date": lambda t: (f"{t:%d.%m.%Y}", t.date()),
    "year-first": lambda t: (f"{t:%Y/%m/%d %H:%M}", _minutes(t)),
    "two-digit-year": lambda t: (f"{t:%d/%m/%y %H:%M}", _minutes(t)),
    "dotnet-vi": lambda t: (
        f"{t:%d/%m/%Y} {_h12(t)}:{t:%M:%S} {'SA' if t.hour < 12 else 'CH'}",
        _exact(t),
    ),
    "english": lambda t: (
        f"{t:%B} {t.day}, {t.year} {_h12(t)}:{t:%M} {'AM' if t.hour < 12 else 'PM'}",
        _minutes(t),
    ),
    "iso-offset": lambda t: (_at(t, t.minute % 27 - 12).isoformat(), _iso_expected(t)),
    "iso-zulu": lambda t: (f"{t.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}", t),
    "gmt-offset": lambda t: (
        f"{_at(t, t.hour % 12 - 5):%d/%m/%Y %H:%M} GMT{t.hour % 12 - 5:+d}",
        _minutes(t),
    ),
    "long": lambda t: (f"ngày {t.day} tháng {t.month} năm {t.year}", t.date()),
    "long-month-word": lambda t: (
        f"{t.day} Tháng {_MONTH_WORDS[t.month - 1]} {t.year} {t:%H:%M}",
        _minutes(t),
    ),
    "wordpress": lambda t: (f"Tháng {_MONTH_WORDS[t.month - 1]} {t.day}, {t.year}", t.date()),
    "joomla": lambda t: (
        f"{_WEEKDAY_WORDS[t.weekday()].lower()}, {t.day} Tháng {t.month} {t.year} {t:%H:%M}",
        _minutes(t),
    ),
    "gio-phut": lambda t: (
        f"{t.hour} giờ {t.minute} phút ngày {t.day}/{t.month}/{t.year}",
        _minutes(t),
    ),
    "h-notation": lambda t: (f"{t.hour}h{t:%M} ngày {t:%d/%m/%Y}", _minutes(t)),
    "time-first-12h": lambda t: (
        f"{_h12(t):02}:{t:%M} {'AM' if t.hour < 12 else 'PM'}, {t:%d/%m/%Y}",
        _minutes(t),
    ),
    "glued": lambda t: (f"Tiêu đề bài viết{t:%d/%m/%Y%H:%M}", _minutes(t)),
    "gmt-alone": lambda t: (f"{t.astimezone(UTC):%d/%m/%Y %H:%M} GMT", _minutes(t)),
    "iso-date": lambda t: (f"{t:%Y-%m-%d}", t.date()),
    "google": lambda t: (f"{t.day} thg {t.month}, {t.year}", t.date()),
    "month-first-digits": lambda t: (f"tháng {t.month} {t.day}, {t.year}", t.date()),
    "weekday-after": lambda t: (f"{t:%d/%m/%Y} ({_WEEKDAY_WORDS[t.weekday()]})", t.date()),
}


def _iso_expected(moment: datetime) -> datetime | date:
    offset = moment.minute % 27 - 12
    return _exact(moment) if offset == 7 else moment


moments = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2069, 12, 31)).map(
    lambda t: t.replace(microsecond=0, tzinfo=VN)
)


@pytest.mark.parametrize("name", sorted(FORMATS))
@given(moment=moments)
def test_formats_round_trip(name: str, moment: datetime) -> None:
    text, expected = FORMATS[name](moment)
    result = vn.parse_timestamp_detailed(text)
    assert result.value == expected, text
    assert type(result.value) is type(expected)
    assert "weekday_mismatch" not in result.warnings


@pytest.mark.parametrize(
    ("unit", "delta"),
    [
        ("giây", timedelta(seconds=1)),
        ("phút", timedelta(minutes=1)),
        ("giờ", timedelta(hours=1)),
        ("tiếng", timedelta(hours=1)),
    ],
)
@given(count=st.integers(min_value=0, max_value=9999))
def test_relative_clock_units_round_trip(unit: str, delta: timedelta, count: int) -> None:
    assert vn.parse_timestamp(f"{count} {unit} trước", reference=REFERENCE) == (
        REFERENCE - count * delta
    )


@given(count=st.integers(min_value=0, max_value=9999))
def test_relative_days_round_trip(count: int) -> None:
    assert vn.parse_timestamp(f"{count} ngày trước", reference=REFERENCE) == (
        REFERENCE.date() - timedelta(days=count)
    )


@given(number=st.integers(min_value=0, max_value=10**12))
def test_view_counts_round_trip(number: int) -> None:
    dotted = f"{number:,}".replace(",", ".")
    assert vn.parse_view_count(f"{dotted} lượt xem") == number
    assert vn.parse_view_count(f"Lượt xem: {number:,}") == number
    assert vn.parse_number(dotted) == number


def _random_text(seed: int, alphabet: str, size: int) -> str:
    return "".join(random.Random(seed).choices(alphabet, k=size))


_ADVERSARIAL = {
    "random-vietnamese": _random_text(1, "aăâđêôơưáàảãạ0123456789/.:-|, ()[]+&;#\n", 1_000_000),
    "random-unicode": _random_text(2, "".join(map(chr, range(32, 0x2FF))), 1_000_000),
    "digits": "1" * 1_000_000,
    "dates": "22/09/2022 " * 90_000,
    "separators": "1/" * 500_000,
    "clock": "0:" * 500_000,
    "entities": "&amp;" * 200_000,
    "credits": "Ảnh: " * 200_000,
    "weekdays": "Thứ 5, " * 140_000,
    "views": "lượt xem 1," * 100_000,
    "names": "Minh Nguyệt - " * 70_000,
    "parentheses": "(" * 500_000 + ")" * 500_000,
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@pytest.mark.parametrize("kind", sorted(_ADVERSARIAL))
def test_a_megabyte_of_junk_is_handled_in_linear_time(name: str, kind: str) -> None:
    started = time.perf_counter()
    FUNCTIONS[name](_ADVERSARIAL[kind])
    assert time.perf_counter() - started < 2.0


@settings(max_examples=25)
@given(text=any_text)
def test_span_is_within_the_cleaned_text(text: str) -> None:
    result = vn.parse_timestamp_detailed(text, reference=REFERENCE)
    if result.span is not None:
        start, end = result.span
        assert 0 <= start < end <= len(vn.clean_text(text))
