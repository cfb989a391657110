"""A response as the page layer reads it: HTML decoded (charsets.py) and parsed once.

The spider hands `pages/` a tree built here rather than Scrapy's `response.selector`: the text
comes from `charsets.decode_html` (declarations checked against the bytes, mismatches flagged)
instead of the plain precedence that turns a mislabelled page into mojibake, and the tree is
parsed with libxml2's default depth limit rather than parsel's `huge_tree`, which lets
pathological nesting reach Python's recursion limit in recursive page code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree
from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse

from newscrawl.charsets import DEFAULT_FALLBACKS, decode_html
from newscrawl.items import RawArticle
from newscrawl.pages.dom import Element, parse_html

# libxml2 keeps no element nested deeper than this (without XML_PARSE_HUGE) and drops the
# rest of the document: a tree that reaches it has lost content.
PARSER_MAX_DEPTH = 256
# The warning an article read off such a page carries: some of its text may be missing.
TRUNCATED = "markup_truncated"
_HTML_SNIFF = (b"<html", b"<!doctype html", b"<head", b"<body")


@dataclass(frozen=True, slots=True)
class ReadPage:
    selector: Selector
    warnings: tuple[str, ...]  # for the article: charset codes (charsets.py), TRUNCATED
    truncated: bool  # the markup nests deeper than the parser keeps: content was dropped


@dataclass(frozen=True, slots=True)
class Unreadable:
    reason: str  # a failures reason (`not_html`, `parse_error`)
    detail: str


def read_page(
    response: Response, fallbacks: Sequence[str] = DEFAULT_FALLBACKS
) -> ReadPage | Unreadable:
    header = response.headers.get("Content-Type")
    content_type = header.decode("latin-1") if header else None
    if not _is_html(response):
        return Unreadable("not_html", f"Content-Type: {content_type or 'none'}")
    decoded = decode_html(response.body, content_type)
    try:
        root = parse_html(decoded.text)
    except Exception as exc:  # the parser must cost one page, never the crawl
        return Unreadable("parse_error", f"{type(exc).__name__}: {exc}")
    truncated = depth(root) >= PARSER_MAX_DEPTH
    warnings = (*decoded.warnings, TRUNCATED) if truncated else decoded.warnings
    return ReadPage(Selector(root=root, type="html"), warnings, truncated)


def not_an_article(raw: RawArticle, read: ReadPage) -> tuple[str, str]:
    """(failure reason, detail) for an HTML page the page layer found no article on."""
    if read.truncated:
        return "parse_error", (
            f"markup nested {PARSER_MAX_DEPTH} deep: the parser dropped the rest of the page"
        )
    if raw.title:
        return "empty_body", "a headline but no text"
    return "not_article", "no headline or no text"


def depth(root: Element) -> int:
    """How deep the tree nests (the root is 1), in one pass without recursion."""
    level = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    return deepest


def _is_html(response: Response) -> bool:
    if isinstance(response, HtmlResponse):
        return True
    # A page served as text/plain or octet-stream is still a page if it says so.
    head = response.body[:512].lstrip().lower()
    return isinstance(response, TextResponse) and head.startswith(_HTML_SNIFF)
