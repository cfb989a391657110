"""Parsing and querying HTML: bytes or text in, an lxml tree out; CSS selectors compiled once.

Everything here is linear in the size of the page: text is read with lxml's own iterators.
Where an element stands relative to others (ancestors, distances, document order) is
`positions`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TypeAlias, cast

from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from newscrawl import charsets, vn

# Elements of a parsed page: plain lxml elements (no `lxml.html` class lookup, which costs a
# Python call for every element the layers touch); parsel's `HtmlElement`s are elements too.
Element: TypeAlias = etree._Element

# Never text a reader reads as the article. (Not `form`: ASP.NET and DotNetNuke wrap the whole
# page in one.)
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "iframe", "button", "select", "option", "input", "textarea",
     "nav", "svg", "object", "embed", "video", "audio", "map", "template", "head", "link", "meta",
     "title"}
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3",
     "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "table", "tbody",
     "thead", "tfoot", "tr", "td", "th", "figure", "figcaption", "center", "pre", "hr", "address"}
)  # fmt: skip
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The boxes a template nests others in without adding anything of their own.
WRAPPER_TAGS = frozenset({"div", "section"})
# What an icon is drawn with: Font Awesome's and Bootstrap's `<i>`, a theme's sprite `<span>`, an
# SVG or a picture.
ICON_TAGS = frozenset({"i", "svg", "img", "span", "em"})
# `<amp-img>` is how an AMP page writes `<img>`.
IMAGE_TAGS = ("img", "amp-img")
# `<br>` is marked with a character no page text contains, so that line breaks in the HTML source
# (which render as spaces) are never mistaken for the `<br><br>` an editor typed.
BR = "\x1e"

# (A tuple, for lxml to filter the descendants in C.)
_BREAKING = tuple(sorted(BLOCK_TAGS | {"br"}))
_SCRIPTS = ("sup", "sub")
_TRANSLATOR = HTMLTranslator()
# Comments and processing instructions are dropped at parse time, so every node the layers see
# is an element or text; the tree depth stays libxml2's default limit (no `huge_tree`), which
# keeps pathological nesting from reaching Python's recursion limit. No table of `id`s is
# kept (`collect_ids`): nothing looks elements up by id through libxml2, and it costs a hash
# insert per id.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
# The same for bytes known to be UTF-8: the parser's encoding outranks the page's `<meta>` and
# XML declaration, which the decoding has weighed already.
_UTF8_PARSER = etree.HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, encoding="utf-8"
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_STRING_VALUE = etree.XPath("string()")
_EMPTY = "<html><head></head><body></body></html>"


def parse_html(html: str | bytes | Selector | Element, content_type: str | None = None) -> Element:
    """The page as an lxml tree; junk, empty or undecodable input gives an empty document.
    Bytes are decoded the way the crawl decodes them (`charsets.decode_html`)."""
    if isinstance(html, Element):
        return html  # parsed already (pages/reading.py)
    if isinstance(html, Selector):
        root = html.root
        return root if isinstance(root, Element) else _empty()
    if isinstance(html, bytes):
        return parse_decoded(html, charsets.decode_html(html, content_type))
    text = _XML_DECLARATION.sub("", html, count=1)
    root = _parse(text)
    if root is None:  # lone surrogates and other text lxml refuses as str
        root = _parse(text.encode("utf-8", "replace"))
    return root if root is not None else _empty()


def parse_decoded(body: bytes, decoded: charsets.Decoded) -> Element:
    """The tree of page bytes as `charsets.decode_html` read them. Plain UTF-8 goes to libxml2
    as the bytes themselves, which it reads faster than the UTF-16 or UCS-4 buffer of a
    Vietnamese `str`; the tree is the one the decoded text gives."""
    if not decoded.verbatim_utf8:
        return parse_html(decoded.text)
    root = _parse(body, _UTF8_PARSER)
    return root if root is not None else _empty()


def _parse(source: str | bytes, parser: etree.HTMLParser = _PARSER) -> Element | None:
    try:
        root = etree.fromstring(source, parser=parser)
    except (etree.LxmlError, ValueError, TypeError):
        return None
    return root if isinstance(root, Element) and tag_of(root) == "html" else None


def _empty() -> Element:
    return etree.fromstring(_EMPTY, parser=_PARSER)


def body_of(root: Element) -> Element:
    found = root.find("body")
    return found if found is not None else root


# -- CSS selection -----------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def compiled(css: str) -> etree.XPath:
    return etree.XPath(_TRANSLATOR.css_to_xpath(css))


def select(root: Element, css: str) -> list[Element]:
    found = compiled(css)(root)
    return [el for el in found if isinstance(el, etree._Element)] if isinstance(found, list) else []


# -- text --------------------------------------------------------------------------------------


def tag_of(el: object) -> str:
    """The lower-case tag name, or "" for comments, entities and other non-elements."""
    tag = getattr(el, "tag", None)
    return tag if isinstance(tag, str) else ""  # lower case already: the HTML parser folds it


def itertext(el: Element) -> Iterator[str]:
    """The element's text pieces (an HTML tree holds `str`, whatever the stubs allow)."""
    return cast(Iterator[str], el.itertext())


def text_content(el: Element) -> str:
    """All the element's text, as written (no cleanup, no separators between blocks): one call
    into libxml2, four times quicker than joining `itertext` in Python."""
    return cast(str, _STRING_VALUE(el))


def mostly_links(el: Element, text: str) -> bool:
    """Are the element's words (`text`, as read) mostly its links' (a trail, a menu, a list of
    other articles' links)?"""
    linked = sum(len(text_content(a).strip()) for a in el.iter("a"))
    return 2 * linked > len(text)


def text_of(el: Element | None) -> str | None:
    """The element's visible text, cleaned; None when empty."""
    if el is None:
        return None
    text = vn.clean_text(_joined(list(itertext(el)), el))
    return text or None


def _joined(pieces: list[str], el: Element) -> str:
    """Inline markup joins text as written (`<b>Như Tâm</b> (Theo <em>Reuters</em>)`); in a box
    of blocks (`<td>`, `<p>`, `<br>`) each piece of text stands apart, as a template's boxes set
    them apart whatever their markup, but a superscript or subscript keeps to its word (`Triệu
    m<sup>3</sup>`)."""
    if len(pieces) <= 1:
        return pieces[0] if pieces else ""
    if next(el.iterdescendants(*_BREAKING), None) is None:
        return "".join(pieces)
    if next(el.iterdescendants(*_SCRIPTS), None) is None:
        return " ".join(pieces)
    parts: list[str] = []
    scripted = 0  # (how many superscripts or subscripts the walk is inside)
    for event, node in etree.iterwalk(el, events=("start", "end")):
        inside = node.tag in _SCRIPTS
        if event == "start":
            scripted += inside
            if node.text:
                parts += [node.text] if scripted else [" ", node.text]
        else:
            scripted -= inside
            if node is not el and node.tail:
                parts += [node.tail] if scripted or inside else [" ", node.tail]
    return "".join(parts)


def short_text(el: Element, limit: int) -> str | None:
    """The element's cleaned text if its raw text is at most `limit` characters, else None.

    Reading stops as soon as the limit is passed, so asking every element of a deep chain
    stays linear in the page size times the limit, never quadratic.
    """
    parts: list[str] = []
    size = 0
    for piece in itertext(el):
        size += len(piece.strip())
        # Twice the limit: decomposed (NFD) text and entities shrink when cleaned.
        if size > 2 * limit:
            return None
        parts.append(piece)
    text = vn.clean_text(_joined(parts, el))
    return text if text and len(text) <= limit else None


def lines_of(el: Element) -> str:
    """The element's text, `<br>` and block boundaries as line breaks, source breaks as spaces."""
    parts: list[str] = []
    _collect_lines(el, parts, 0)
    text = " ".join(parts)
    lines = (" ".join(line.split()) for line in text.split(BR))
    return vn.clean_multiline("\n".join(line for line in lines if line))


_MAX_DEPTH = 400  # a parsel tree (`huge_tree`) may nest deeper than Python's recursion limit


def _collect_lines(node: Element, parts: list[str], depth: int) -> None:
    text = node.text
    if text:
        parts.append(text.replace("\n", " "))
    for child in node:
        tag = tag_of(child)
        if tag and tag not in SKIP_TAGS and depth < _MAX_DEPTH:
            breaks = tag == "br" or tag in BLOCK_TAGS
            if breaks:
                parts.append(BR)
            _collect_lines(child, parts, depth + 1)
            if breaks:
                parts.append(BR)
        tail = child.tail
        if tail:
            parts.append(tail.replace("\n", " "))


# -- an element's attributes -------------------------------------------------------------------


# The control characters lxml refuses in a text it is given (`\x01` typed in a `<pre>`), though
# its parser keeps them in the texts it reads: a text moved from one node to another must lose
# them, or the move raises.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def settable(text: str) -> str:
    """The text as lxml takes it in a node: without the control characters it refuses."""
    return _CONTROLS.sub("", text) if not text.isprintable() else text


def rel_values(link: Element) -> frozenset[str]:
    """The link's `rel` values, lower-cased (`rel="category tag"`, `rel="sponsored nofollow"`)."""
    return frozenset((link.get("rel") or "").lower().split())


def in_page_footer(el: Element) -> bool:
    """Inside the page's `<footer>`, not an article's own (which may credit its author)."""
    footer = next(el.iterancestors("footer"), None)
    return footer is not None and next(footer.iterancestors("article"), None) is None


def only_child(el: Element) -> bool:
    """Is the element its parent's only child? (Asked of its siblings: lxml's `len` of the
    parent walks all its children.)"""
    return el.getprevious() is None and el.getnext() is None


def class_id(el: Element) -> str:
    """The element's class and id attributes, lower-cased, for matching layout words."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()
