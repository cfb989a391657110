"""Page chrome shared by every page: header, menu, archive form, footer (docs/replica.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from newscrawl.replica import requisites
from newscrawl.replica.model import Content
from newscrawl.replica.text import attr, esc, header_clock

# The form only exists to be turned into a URL by this script; crawlers see the selects.
_FORM_SCRIPT = """<script>
document.getElementById('frmArchive').onsubmit = function () {
  var f = this;
  window.location = '/xem-tin-theo-ngay/' + f.ngay.value + '-' + f.thang.value + '-' + f.nam.value;
  return false;
};
</script>"""


@dataclass(frozen=True, slots=True)
class Chrome:
    site_name: str
    # (href, label) of the sections in menu order.
    menu: tuple[tuple[str, str], ...]
    first_year: int
    last_year: int
    footer_lines: tuple[str, ...]
    footer_links: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, content: Content) -> Chrome:
        site = content.site
        return cls(
            site_name=site.name,
            menu=tuple((s.path, s.name) for s in content.sections),
            first_year=site.first_year,
            last_year=site.last_year,
            footer_lines=site.footer_lines,
            footer_links=tuple((link.href, link.text) for link in site.footer_links),
        )


def _options(values: Sequence[str]) -> str:
    return "".join(f'<option value="{v}">{v}</option>' for v in values)


def _header(chrome: Chrome, clock: datetime | None, active: str | None) -> list[str]:
    lines = ['<div id="header">']
    if clock is not None:
        lines.append(f'  <div class="header-date">{esc(header_clock(clock))}</div>')
    lines.append(f'  <a class="logo" href="/">{esc(chrome.site_name)}</a>')
    items = ['<li><a href="/">Trang chủ</a></li>']
    for href, label in chrome.menu:
        css = ' class="active"' if href == active else ""
        items.append(f'<li{css}><a href="{attr(href)}">{esc(label)}</a></li>')
    lines.append(f'  <ul class="main-menu">{"".join(items)}</ul>')
    lines.append("</div>")
    return lines


def _sidebar(chrome: Chrome) -> list[str]:
    days = _options([f"{d:02d}" for d in range(1, 32)])
    months = _options([f"{m:02d}" for m in range(1, 13)])
    years = _options([str(y) for y in range(chrome.first_year, chrome.last_year + 1)])
    return [
        '<div id="sidebar">',
        '  <div class="box-archive"><div class="box-title">Xem tin theo ngày</div>',
        '    <form id="frmArchive" action="/xem-tin-theo-ngay/" method="get"'
        ' data-pattern="dd-mm-yyyy">',
        f'      <select name="ngay">{days}</select>',
        f'      <select name="thang">{months}</select>',
        f'      <select name="nam">{years}</select>',
        '      <button type="submit">Xem</button>',
        "    </form>",
        "  </div>",
        "</div>",
    ]


def _footer(chrome: Chrome) -> list[str]:
    lines = ['<div id="footer">']
    lines.extend(f"  <p>{esc(line)}</p>" for line in chrome.footer_lines)
    links = " | ".join(
        f'<a href="{attr(href)}">{esc(text)}</a>' for href, text in chrome.footer_links
    )
    lines.append(f'  <p class="footer-links">{links}</p>')
    lines.append("</div>")
    return lines


def page(
    chrome: Chrome,
    *,
    title: str,
    main: Sequence[str],
    clock: datetime | None,
    head: Sequence[str] = (),
    active: str | None = None,
) -> str:
    """A whole HTML document; `clock` is None on old-layout articles (no header line)."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        *requisites.head_tags(),
        *head,
        "</head>",
        "<body>",
        '<div id="wrapper">',
        *_header(chrome, clock, active),
        '<div id="main">',
        *main,
        "</div>",
        *_sidebar(chrome),
        *_footer(chrome),
        "</div>",
        _FORM_SCRIPT,
        *requisites.body_end_tags(),
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)
