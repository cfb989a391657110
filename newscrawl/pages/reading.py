"""Page bytes to the tree the page layer reads, and an article off that tree: the one way both
the crawl and `extract_article` read a page, so that the two can never disagree.

The text comes from `charsets.decode_html` (declarations checked against the bytes, mismatches
flagged) rather than the plain precedence that turns a mislabelled page into mojibake, text
stored double-encoded is restored (`mojibake.py`), and the tree keeps libxml2's default depth
limit rather than parsel's `huge_tree`, which would let pathological nesting reach Python's
recursion limit in recursive page code. A tree that reached the limit has lost the rest of
the page: the article read off it says so (`markup_truncated`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from newscrawl import mojibake, vn
from newscrawl.charsets import DEFAULT_FALLBACKS, decode_html
from newscrawl.items import RawArticle
from newscrawl.pages.article import ArticlePage
from newscrawl.pages.dom import Element, parse_decoded, parse_html
from newscrawl.pages.profile import Profile
from newscrawl.pages.repairs import repair_markup

# libxml2 keeps no element nested deeper than this (without XML_PARSE_HUGE) and drops the
# rest of the document.
PARSER_MAX_DEPTH = 256
TRUNCATED = "markup_truncated"
# True when an element sits PARSER_MAX_DEPTH levels down (the root is level 1). One XPath step
# per level, in C: a normal page's node set is empty after twenty steps, where a Python walk
# of the whole tree cost a fifth of a millisecond per page.
_AT_DEPTH_LIMIT = etree.XPath("boolean(self::*" + "/*" * (PARSER_MAX_DEPTH - 1) + ")")
# Real pages nest a few dozen levels: a short query rules most out, as each of the long one's
# steps costs its share even once the node set is empty.
# A frameset and its frames, and the `<noframes>` tags around the page for browsers without.
_FRAMES = re.compile(r"</?(?:frameset|noframes)\b[^>]*>|<frame\b[^>]*>", re.IGNORECASE)
_USUAL_DEPTH = 32
_BEYOND_USUAL = etree.XPath("boolean(self::*" + "/*" * (_USUAL_DEPTH - 1) + ")")


@dataclass(frozen=True, slots=True)
class ParsedPage:
    root: Element
    warnings: tuple[str, ...]  # for the article: charset codes (charsets.py), TRUNCATED
    truncated: bool  # the markup nests deeper than the parser keeps: content was dropped


def parse_page(
    html: str | bytes, content_type: str | None = None, fallbacks: Sequence[str] = DEFAULT_FALLBACKS
) -> ParsedPage:
    """Decode (bytes only) and parse; never raises on junk, which gives an empty document."""
    if isinstance(html, bytes):
        decoded = decode_html(html, content_type, fallbacks)
        text, warnings = decoded.text, decoded.warnings
    else:
        decoded, text, warnings = None, html, ()
    restored = mojibake.repair(text)
    if restored is not None:
        root, warnings = parse_html(restored), (*warnings, mojibake.REPAIRED)
    elif isinstance(html, bytes) and decoded is not None:
        root = parse_decoded(html, decoded)  # UTF-8 bytes go to the parser as they are
    else:
        root = parse_html(text)
    root = _without_frames(root, restored or text)
    repair_markup(root)
    truncated = reaches_depth_limit(root)
    return ParsedPage(root, (*warnings, TRUNCATED) if truncated else warnings, truncated)


def _without_frames(root: Element, text: str) -> Element:
    """A frameset page's `<noframes>` markup, which the parser keeps as raw text, read as the
    page: on a legacy portal it holds the article for browsers (and crawlers) without frames."""
    if root.find("frameset") is None:
        return root
    fallback = next(root.iter("noframes"), None)
    if fallback is None or "<" not in (fallback.text or ""):
        return root
    return parse_html(_FRAMES.sub("", text))


def reaches_depth_limit(root: Element) -> bool:
    return bool(_BEYOND_USUAL(root)) and bool(_AT_DEPTH_LIMIT(root))


def read_article(page: ParsedPage, url: str, profile: Profile | None) -> RawArticle:
    """The article on a parsed page, carrying the page's own warnings."""
    raw = ArticlePage(page.root, url, profile=profile).to_raw()
    raw.warnings = sorted({*raw.warnings, *page.warnings})
    return raw


def is_article(raw: RawArticle) -> bool:
    """A page is an article when it has a headline and content of its own: text, a standfirst
    or pictures (a photo story); a server's error notice sent with status 200 is none."""
    return is_headline(raw.title) and bool(raw.body or raw.lead or raw.images)


def is_headline(title: str | None) -> bool:
    """An article's headline, not a server's or a CMS's error notice (`vn.is_error_notice`)."""
    if not title:
        return False
    return not vn.is_error_notice(title)
