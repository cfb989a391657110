"""Listing templates: the news list, pagination and the archive's month calendar."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date

from newscrawl.replica.text import attr, esc

_WEEK_HEAD = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))


@dataclass(frozen=True, slots=True)
class ListItem:
    href: str
    title: str
    time: str
    sapo: str
    thumb: str


def news_list(items: Sequence[ListItem]) -> list[str]:
    lines = ['<div class="list-news">']
    for item in items:
        href = attr(item.href)
        lines += [
            '  <div class="news-item">',
            f'    <a class="thumb" href="{href}"><img src="{attr(item.thumb)}" alt=""></a>',
            f'    <h3 class="news-title"><a href="{href}">{esc(item.title)}</a></h3>',
            f'    <span class="news-time">{esc(item.time)}</span>',
            f'    <p class="news-sapo">{esc(item.sapo)}</p>',
            "  </div>",
        ]
    lines.append("</div>")
    return lines


# Up to this many pages every number is shown; a longer listing shows the first and last
# pages and PAGING_WINDOW either side of the current one, with "…" between, as CMSs do.
PAGING_ALL = 10
PAGING_WINDOW = 2


def page_numbers(current: int, pages: int) -> list[int]:
    if pages <= PAGING_ALL:
        return list(range(1, pages + 1))
    window = range(max(1, current - PAGING_WINDOW), min(pages, current + PAGING_WINDOW) + 1)
    return sorted({1, pages, *window})


def paging(current: int, pages: int, href: Callable[[int], str]) -> list[str]:
    """Numbered pages with previous/next links; nothing when everything fits one page."""
    if pages <= 1:
        return []
    parts: list[str] = []
    if current > 1:
        parts.append(f'<a class="prev" href="{attr(href(current - 1))}">« Trang trước</a>')
    shown = 0
    for number in page_numbers(current, pages):
        if number > shown + 1:
            parts.append('<span class="dots">…</span>')
        shown = number
        if number == current:
            parts.append(f'<a class="active">{number}</a>')
        else:
            parts.append(f'<a href="{attr(href(number))}">{number}</a>')
    if current < pages:
        parts.append(f'<a class="next" href="{attr(href(current + 1))}">Trang sau »</a>')
    return [f'<div class="paging">{" ".join(parts)}</div>']


def month_calendar(
    day: date,
    linked: Collection[int],
    href: Callable[[date], str],
    prev_month: date,
    next_month: date,
) -> list[str]:
    """The month of `day`, Monday first; days in `linked` are links to their archive page."""
    lines = [
        '<div class="box-calendar">',
        f'  <a class="prev-month" href="{attr(href(prev_month))}">« Tháng trước</a>',
        f'  <span class="month-title">Tháng {day:%m/%Y}</span>',
        f'  <a class="next-month" href="{attr(href(next_month))}">Tháng sau »</a>',
        '  <table class="calendar">',
        f"    <tr>{_WEEK_HEAD}</tr>",
    ]
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(day.year, day.month):
        cells: list[str] = []
        for number in week:
            css = ' class="current"' if number == day.day else ""
            if number == 0:
                cells.append("<td></td>")
            elif number in linked:
                link = href(day.replace(day=number))
                cells.append(f'<td{css}><a href="{attr(link)}">{number}</a></td>')
            else:
                cells.append(f"<td{css}>{number}</td>")
        lines.append(f"    <tr>{''.join(cells)}</tr>")
    lines += ["  </table>", "</div>"]
    return lines
