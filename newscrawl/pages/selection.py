"""CSS selection over one page, fast: a selector starting with a class or id is answered from an
index of the page's class and id attributes instead of an XPath scan of the whole tree.

A profile asks a dozen selectors of every page; evaluated as XPath from the root, each visits
every element (most of the extraction time on a small page). Here the page's elements with a
`class` or `id` are fetched once; `.detail-info .detail-time` then looks up `detail-info`,
checks the rest of its first compound on those few elements, and evaluates the remainder of the
selector inside them. Anything else (groups, sibling combinators, a tag first) falls back to the
plain XPath. Results are in document order, without duplicates, and kept per page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from cssselect import SelectorError
from lxml import etree
from parsel.csstranslator import HTMLTranslator

from newscrawl.pages.dom import Element, select
from newscrawl.pages.memo import memo
from newscrawl.pages.positions import DocumentOrder, contains

_TRANSLATOR = HTMLTranslator()
# Two queries rather than their union, which libxml2 would sort into document order: each one's
# attributes come in document order already, and a `.class` or `#id` key draws on one of them.
_CLASSES = etree.XPath("//@class")
_IDS = etree.XPath("//@id")
_ROLES = etree.XPath("//@role")
_KEY = re.compile(r"([.#])(-?[_a-zA-Z][_a-zA-Z0-9-]*)")
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_TAG_NAME = re.compile(r"[a-z][a-z0-9]*")


class Selection:
    def __init__(self, root: Element) -> None:
        self.root = root
        self._cache: dict[str, list[Element]] = {}
        self._masks: list[tuple[int, list[Element]]] = []
        self._masks_of = -1  # the patterns' generation the masks answer for

    def all(self, css: str) -> list[Element]:
        found = self._cache.get(css)
        if found is None:
            found = self._cache[css] = self._select(css)
        return found

    def first(self, selectors: tuple[str, ...]) -> Element | None:
        for css in selectors:
            found = self.all(css)
            if found:
                return found[0]
        return None

    def first_list(self, selectors: tuple[str, ...]) -> list[Element]:
        for css in selectors:
            found = self.all(css)
            if found:
                return found
        return []

    def within(self, root: Element, css: str) -> list[Element]:
        """`css` matches at or under `root` (what `dom.select(root, css)` finds), answered
        without XPath for a bare tag name or a single compound keyed by a class or an id."""
        if _TAG_NAME.fullmatch(css):
            return list(root.iter(css))
        plan = _plan(css)
        if plan is None or plan[2] is not None:  # several compounds: scoped the XPath way
            return select(root, css)
        return [el for el in self.all(css) if contains(root, el)]

    def marked(self, pattern: re.Pattern[str]) -> list[Element]:
        """Elements with a class or id matching `pattern` (lower-cased), in page order.

        Each distinct class or id name is tested once against every pattern asked, and the
        answers kept as one mask: a site's pages share their template's names, so after its
        first page a lookup replaces a regular expression run on every element. On a page,
        only its names that some pattern matches are looked at again (a fifth of them).
        """
        bit = _bit_of(pattern)
        found: set[Element] = set()
        for mask, elements in self._masked():
            if mask & bit:
                found.update(elements)
        return sorted(found, key=self.order.position) if found else []

    def _masked(self) -> list[tuple[int, list[Element]]]:
        """The page's names that a pattern asked so far matches: (mask, elements bearing it)."""
        if self._masks_of != _patterns.generation:  # (a pattern asked for the first time since)
            masks = [(_mask_of(key), elements) for key, elements in self._index.items()]
            self._masks = [(mask, elements) for mask, elements in masks if mask]
            self._masks_of = _patterns.generation
        return self._masks

    def with_role(self, *roles: str) -> list[Element]:
        """Elements with one of these ARIA roles (`role="dialog"`), in page order."""
        found = {el for role in roles for el in self._roles.get(role, ())}
        return sorted(found, key=self.order.position) if found else []

    @memo
    def order(self) -> DocumentOrder:
        """The page's document order, built on first need (the generic layers share it)."""
        return DocumentOrder(self.root)

    @memo
    def _index(self) -> dict[str, list[Element]]:
        """`.class` and `#id` -> the elements bearing it, in document order."""
        index: dict[str, list[Element]] = {}
        for attr in _attributes(_CLASSES(self.root)):
            el = attr.getparent()
            for token in attr.split():
                index.setdefault("." + token, []).append(el)
        for attr in _attributes(_IDS(self.root)):
            index.setdefault("#" + attr.strip(), []).append(attr.getparent())
        return index

    @memo
    def _roles(self) -> dict[str, list[Element]]:
        """ARIA role -> the elements bearing it (asked only by the generic layers, whose pages
        may have no other name for a dialog or the footer)."""
        roles: dict[str, list[Element]] = {}
        for attr in _attributes(_ROLES(self.root)):
            for role in attr.split():  # a list of fallbacks: `role="alertdialog dialog"`
                roles.setdefault(role.lower(), []).append(attr.getparent())
        return roles

    def _select(self, css: str) -> list[Element]:
        plan = _plan(css)
        if plan is None:
            return select(self.root, css)
        key, first, rest = plan
        found: list[Element] = []
        for el in self._index.get(key, ()):
            if _matches(el, first) if isinstance(first, tuple) else first(el):
                if rest is None:
                    found.append(el)
                elif isinstance(rest, tuple):
                    found.extend(self._under(el, *rest))
                else:
                    found.extend(_elements(rest(el)))
        return list(dict.fromkeys(found)) if rest is not None else found

    def _under(self, el: Element, combinator: str, simple: _Simple) -> list[Element]:
        """Elements matching a simple compound among `el`'s children (`>`) or descendants."""
        key = _key_of(simple)
        if key is None:  # a bare tag: `.detail-tags a`
            tag = simple[0]
            if combinator == ">":
                return [child for child in el if child.tag == tag]
            return list(el.iterdescendants(tag))
        if combinator == ">":
            return [
                c for c in self._index.get(key, ()) if c.getparent() is el and _matches(c, simple)
            ]
        return [
            c
            for c in self._index.get(key, ())
            if _matches(c, simple) and any(a is el for a in c.iterancestors())
        ]


# Each pattern `marked` was asked, as a bit of the names' masks; and `.class` or `#id` -> the
# bits of the patterns its name matches. Bounded: a crawl of many sites meets ever new names
# (and per-page ids, `#post-1532`), and a mask is cheap to compute again. The bound is wide
# enough for a re-parse of many portals at once: 220 pages of 150 markups carry some 5,400
# names, and 4,096 cleared the answers before a second pass over them could use one (a tenth
# of the instructions of such a pass went to testing them again). At most a few MB: the names
# are the pages' own strings. The patterns are the layers' own, a dozen.
class _Patterns:
    def __init__(self) -> None:
        self.bits: dict[re.Pattern[str], int] = {}
        self.generation = 0  # one more whenever the bits change: each mask answers for one


_patterns = _Patterns()
_MASKS: dict[str, int] = {}
_MAX_MASKS = 16384
_MAX_PATTERNS = 60


def _bit_of(pattern: re.Pattern[str]) -> int:
    bit = _patterns.bits.get(pattern)
    if bit is None:
        if len(_patterns.bits) >= _MAX_PATTERNS:
            _patterns.bits.clear()
        bit = _patterns.bits[pattern] = 1 << len(_patterns.bits)
        _patterns.generation += 1
        _MASKS.clear()
    return bit


def _mask_of(key: str) -> int:
    mask = _MASKS.get(key)
    if mask is None:
        if len(_MASKS) >= _MAX_MASKS:
            _MASKS.clear()
        name = key[1:].lower()
        mask = _MASKS[key] = sum(bit for p, bit in _patterns.bits.items() if p.search(name))
    return mask


class _Attribute(Protocol):
    """An attribute value an XPath returns (`lxml.etree._ElementUnicodeResult`): a `str` that
    knows the element bearing it, which an attribute always has."""

    def getparent(self) -> Element: ...
    def split(self) -> list[str]: ...
    def strip(self) -> str: ...


def _attributes(result: object) -> list[_Attribute]:
    """The attribute values an XPath found (each knows its element: `getparent()`)."""
    return result if isinstance(result, list) else []


def _elements(result: object) -> list[Element]:
    return [el for el in result if isinstance(el, Element)] if isinstance(result, list) else []


# A compound made of a tag, an id and classes only (`h1.detail-title`, `#header`, `a`), matched
# without XPath: (tag or "", id or None, classes).
_Simple = tuple[str, str | None, frozenset[str]]
_SIMPLE = re.compile(
    r"(?P<tag>[a-zA-Z][a-zA-Z0-9]*)?(?P<id>#-?[_a-zA-Z][_a-zA-Z0-9-]*)?"
    r"(?P<classes>(?:\.-?[_a-zA-Z][_a-zA-Z0-9-]*)*)"
)
_Check = etree.XPath | _Simple
_Rest = etree.XPath | tuple[str, _Simple]


def _simple(compound: str) -> _Simple | None:
    match = _SIMPLE.fullmatch(compound)
    if match is None or not compound:
        return None
    classes = match.group("classes")
    return (
        (match.group("tag") or "").lower(),
        match.group("id")[1:] if match.group("id") else None,
        frozenset(classes[1:].split(".")) if classes else frozenset(),
    )


def _key_of(simple: _Simple) -> str | None:
    _, id_, classes = simple
    if id_ is not None:
        return "#" + id_
    return "." + min(classes) if classes else None


def _matches(el: Element, simple: _Simple) -> bool:
    tag, id_, classes = simple
    if (tag and el.tag != tag) or (id_ is not None and el.get("id") != id_):
        return False
    return not classes or classes <= set((el.get("class") or "").split())


@lru_cache(maxsize=512)
def _plan(css: str) -> tuple[str, _Check, _Rest | None] | None:
    """(index key, check of the first compound, the rest) or None to fall back to XPath. The
    rest is a combinator and a simple compound when it is one, else its XPath."""
    split = _split_first(css.strip())
    if split is None:
        return None
    head, combinator, tail = split
    key = _KEY.search(_BRACKETED.sub("", head))
    if key is None or combinator in ("+", "~"):
        return None
    try:
        first: _Check = _simple(head) or etree.XPath(
            _TRANSLATOR.css_to_xpath(head, prefix="self::")
        )
        if not tail:
            return key.group(0), first, None
        if _split_first(tail) == (tail, " ", "") and (simple := _simple(tail)) is not None:
            return key.group(0), first, (combinator, simple)
        prefix = "child::" if combinator == ">" else "descendant::"
        return key.group(0), first, etree.XPath(_TRANSLATOR.css_to_xpath(tail, prefix=prefix))
    except (SelectorError, etree.XPathSyntaxError):  # evaluated the plain way, which reports it
        return None


def _split_first(css: str) -> tuple[str, str, str] | None:
    """Split `css` after its first compound selector: (compound, combinator, rest)."""
    depth = 0
    quote = ""
    for i, ch in enumerate(css):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif depth == 0 and ch == ",":
            return None  # a group of selectors
        elif depth == 0 and (ch.isspace() or ch in ">+~"):
            rest = css[i:].strip()
            combinator = rest[0] if rest[:1] in (">", "+", "~") else " "
            rest = rest[1:].strip() if combinator != " " else rest
            if "," in rest:
                return None
            return css[:i], combinator, rest
    return css, " ", ""
