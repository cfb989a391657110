"""A page's requisites: what a browser fetches to show the page as its readers saw it, its
stylesheets, scripts and icon, and what the stylesheets load in turn (fonts, background
pictures, imported stylesheets). A WARC crawl archives them (docs/archive.md, "Page
requisites") so that the archive replays the portal styled, as Heritrix and Browsertrix do.

Pure functions of the parsed page or the stylesheet's text; which addresses are fetched, and
where, is the spider's to decide (`spiders/requisites.py`).
"""

from __future__ import annotations

import re
from typing import cast

from lxml import etree

from newscrawl.pages.dom import Element
from newscrawl.pages.srcset import srcset_candidates
from newscrawl.pages.urls import absolute, declared_base

# `<link rel="stylesheet">`, `<link rel="icon">` (`shortcut icon`, `apple-touch-icon`), a
# preloaded font or stylesheet, and `<script src>`.
_LINKED = etree.XPath(
    "//link[@href][contains(concat(' ', translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
    " 'abcdefghijklmnopqrstuvwxyz'), ' '), ' stylesheet ')"
    " or contains(translate(@rel, 'ICON', 'icon'), 'icon')"
    " or (contains(@rel, 'preload') and (@as = 'style' or @as = 'font'))]/@href"
    " | //script[@src]/@src"
)
# What a stylesheet loads: `url(...)` (quoted or not) and `@import "..."`. Comments first, so
# that a commented-out rule loads nothing.
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_REFERENCE = re.compile(
    r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)"""
    r"""|@import\s+(?:"([^"]*)"|'([^']*)')""",
    re.IGNORECASE,
)


def page_requisites(root: Element, page_url: str) -> list[str]:
    """The absolute addresses of the page's stylesheets, scripts and icons, in page order,
    each once (resolved as a browser resolves them, against `<base href>` when declared)."""
    base = declared_base(root, page_url) or page_url
    found = (absolute(str(href), base) for href in cast(list[str], _LINKED(root)))
    return list(dict.fromkeys(url.split("#", 1)[0] for url in found if url))


def stylesheet_references(css: str, css_url: str) -> list[str]:
    """The absolute addresses a stylesheet at `css_url` loads, in order, each once (a
    `data:` address is inside the stylesheet already)."""
    found: list[str] = []
    for match in _REFERENCE.finditer(_COMMENT.sub("", css)):
        href = next(group for group in match.groups() if group is not None)
        url = absolute(href, css_url)
        if url:
            found.append(url.split("#", 1)[0])
    return list(dict.fromkeys(found))


# Every address a picture element may be shown from: its `src` and the lazy loaders' attributes
# (a script moves them into `src` when the reader scrolls), and each `srcset` candidate (the
# browser picks one by the screen's density; a replay may ask for any).
_PICTURES = etree.XPath(
    "//img/@src | //img/@data-src | //img/@data-original | //img/@data-lazy-src"
    " | //img/@srcset | //img/@data-srcset | //picture/source/@srcset"
    " | //input[translate(@type, 'IMAGE', 'image') = 'image']/@src"
)


def shown_pictures(root: Element, page_url: str) -> list[str]:
    """The absolute addresses of every picture the page shows, in page order, each once: its
    chrome (logo, banners, a placeholder) and its teasers' thumbnails as much as an article's
    own pictures, which are the spider's to tell apart."""
    base = declared_base(root, page_url) or page_url
    found: list[str] = []
    for attribute in cast(list[etree._ElementUnicodeResult], _PICTURES(root)):
        is_srcset = str(attribute.attrname).endswith("srcset")
        for value in srcset_addresses(attribute) if is_srcset else [str(attribute)]:
            url = absolute(value, base)
            if url:
                found.append(url.split("#", 1)[0])
    return list(dict.fromkeys(found))


def srcset_addresses(srcset: str) -> list[str]:
    """The addresses of a `srcset`'s candidates (`a.jpg 1x, b.jpg 2x`)."""
    return [address for address, _ in srcset_candidates(srcset)]
