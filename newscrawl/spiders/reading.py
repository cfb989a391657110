"""A response as the page layer reads it (`pages/reading.py`), or why it cannot be read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scrapy.http import HtmlResponse, Response, TextResponse

from newscrawl.charsets import DEFAULT_FALLBACKS
from newscrawl.items import RawArticle
from newscrawl.pages.reading import PARSER_MAX_DEPTH, ParsedPage, is_headline, parse_page

_HTML_SNIFF = (b"<html", b"<!doctype html", b"<head", b"<body")


@dataclass(frozen=True, slots=True)
class Unreadable:
    reason: str  # a failures reason (`not_html`, `parse_error`)
    detail: str


def media_type(response: Response) -> str:
    """The response's declared media type, lower case, without parameters (`text/css`)."""
    raw = response.headers.get(b"Content-Type") or b""
    return raw.decode("latin-1").split(";", 1)[0].strip().lower()


def read_page(
    response: Response, fallbacks: Sequence[str] = DEFAULT_FALLBACKS
) -> ParsedPage | Unreadable:
    header = response.headers.get("Content-Type")
    content_type = header.decode("latin-1") if header else None
    if not _is_html(response):
        return Unreadable("not_html", f"Content-Type: {content_type or 'none'}")
    try:
        return parse_page(response.body, content_type, fallbacks)
    except Exception as exc:  # the parser must cost one page, never the crawl
        return Unreadable("parse_error", f"{type(exc).__name__}: {exc}")


def not_an_article(raw: RawArticle, read: ParsedPage) -> tuple[str, str]:
    """(failure reason, detail) for an HTML page the page layer found no article on."""
    if read.truncated:
        return "parse_error", (
            f"markup nested {PARSER_MAX_DEPTH} deep: the parser dropped the rest of the page"
        )
    if raw.title and not is_headline(raw.title):
        return "error_page", f"the server's error notice, with status 200: {raw.title!r}"
    if raw.title:
        return "empty_body", "a headline but no text"
    return "not_article", "no headline or no text"


def _is_html(response: Response) -> bool:
    if isinstance(response, HtmlResponse):
        return True
    # A page served as text/plain or octet-stream is still a page if it says so.
    head = response.body[:512].lstrip().lower()
    return isinstance(response, TextResponse) and head.startswith(_HTML_SNIFF)
