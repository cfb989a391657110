"""Site modifiers: traps that change the replica's pages and URL space rather than break an answer.

- The calendar trap answers `/xem-tin-theo-ngay/{dd-mm-yyyy}` for every date a `date` can
  hold (0001 to 9999), and gives every archive page links to the neighbouring days, months and
  years, so a crawler that follows every link walks for ever.
- Tracking links append `?utm_*&fbclid=`, `?ref=home` or `#comments` to a seeded share of
  the article links of a page; the static server already ignores the query.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date, timedelta

from newscrawl.server.faults.exchange import HTML, Exchange, Modifier, Page, Params
from newscrawl.server.faults.select import draw
from newscrawl.server.faults.spec import FaultRule

ARCHIVE = "/xem-tin-theo-ngay"
_ARCHIVE_PATH = re.compile(
    r"^/xem-tin-theo-ngay/(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>\d{4})(?P<page>/trang-\d+)?/?$"
)
_TITLE_END = re.compile(rb'<h1 class="archive-title">.*?</h1>', re.DOTALL)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
_WEEK_HEAD = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))


def day_path(day: date) -> str:
    # Formatted by hand: strftime("%Y") does not pad years before 1000 on every platform.
    return f"{ARCHIVE}/{day.day:02d}-{day.month:02d}-{day.year:04d}"


def _shift(day: date, months: int) -> date | None:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _step(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _link(css: str, day: date | None, label: str) -> str:
    return f'<a class="{css}" href="{day_path(day)}">{label}</a>' if day else ""


def trap_nav(day: date) -> str:
    links = [
        _link("prev-year", _shift(day, -12), "« Năm trước"),
        _link("prev-day", _step(day, -1), "« Ngày trước"),
        _link("next-day", _step(day, 1), "Ngày sau »"),
        _link("next-year", _shift(day, 12), "Năm sau »"),
    ]
    return f'<div class="archive-nav">{" ".join(link for link in links if link)}</div>'


def trap_page(day: date) -> bytes:
    """An empty archive day, shaped like the replica's, whose calendar links every day."""
    title = f"Tin ngày {day.day:02d}/{day.month:02d}/{day.year:04d}"
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(day.year, day.month):
        cells = [
            f'<td><a href="{day_path(day.replace(day=n))}">{n}</a></td>' if n else "<td></td>"
            for n in week
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    lines = [
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
        f"<title>{title} - Báo Thái Bình</title></head><body>",
        '<div id="wrapper"><div id="header"><a class="logo" href="/">Báo Thái Bình</a></div>',
        f'<div id="main"><h1 class="archive-title">{title}</h1>',
        trap_nav(day),
        '<div class="box-calendar">',
        _link("prev-month", _shift(day, -1), "« Tháng trước"),
        f'<span class="month-title">Tháng {day.month:02d}/{day.year:04d}</span>',
        _link("next-month", _shift(day, 1), "Tháng sau »"),
        f'<table class="calendar"><tr>{_WEEK_HEAD}</tr>{"".join(rows)}</table></div>',
        '<p class="empty">Không có tin bài nào trong ngày này.</p>',
        "</div></div></body></html>",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def calendar_trap(exchange: Exchange, rule: FaultRule, page: Page) -> Page:
    match = _ARCHIVE_PATH.match(exchange.path)
    if not match:
        return page
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return page
    if page.status == 404 and not match["page"]:
        return Page(200, trap_page(day), HTML)
    if page.status != 200 or not page.is_html:
        return page
    nav = trap_nav(day).encode("utf-8")
    title = _TITLE_END.search(page.body)
    end = _BODY_END.search(page.body)
    at = title.end() if title else end.start() if end else len(page.body)
    return Page(page.status, page.body[:at] + nav + page.body[at:], page.content_type)


_ARTICLE_HREF = re.compile(rb'href="((?:https?://[^/"]+)?/(?:tin-tuc|news)/[^"?#]+)"')
# Entity-escaped ampersands: the links are written into HTML attributes.
_VARIANTS = (
    "?utm_source=facebook&amp;utm_medium=social&amp;utm_campaign=chia-se&amp;fbclid=IwAR{token}",
    "?ref=home",
    "#comments",
    "?utm_source=zalo&amp;utm_medium=share#comments",
)


def tracking_links(exchange: Exchange, rule: FaultRule, page: Page) -> Page:
    if page.status != 200 or not page.is_html:
        return page
    share = Params(rule.params).number("share")
    seed, count = exchange.seed, 0

    def variant(match: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        key = f"{exchange.path}#{count}"
        if draw(seed, rule.name, key) >= share:
            return match.group(0)
        pick = _VARIANTS[int(draw(seed, rule.name + "/variant", key) * len(_VARIANTS))]
        token = hashlib.blake2b(key.encode(), digest_size=12).hexdigest()
        suffix = pick.replace("{token}", token).encode("ascii")
        return b'href="' + match.group(1) + suffix + b'"'

    return Page(page.status, _ARTICLE_HREF.sub(variant, page.body), page.content_type)


MODIFIERS: dict[str, Modifier] = {
    "calendar-trap": calendar_trap,
    "tracking-links": tracking_links,
}
