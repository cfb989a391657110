"""Markup a browser reads otherwise than libxml2 builds it, mended before any layer reads the
tree: what the reader sees is what is read.
"""

from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.dom import Element, settable

# What needs mending, in one pass over the tree (each pass costs a page about 25 µs): the
# paragraphs inside another, the preformatted boxes, superscripts, icon fonts' ligatures. (A
# path per name: testing every element's name, `//*[self::pre or self::sup]`, costs a page 40 µs
# more.)
_TO_MEND = etree.XPath("//p//p | //pre | //sup | //mat-icon")
# A Material icon is drawn from its ligature's name (`visibility`, an eye): no word of its line.
# Angular's `<mat-icon>` is told by its name; a class (`span.material-icons`) by the page's
# class index (`icon_fonts`), which tests each name once for many pages.
ICON_FONTS = re.compile(r"^material-(?:icons|symbols)")
# A power written after a number (`10<sup>6</sup>`): read as text it would be another number.
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NUMBER_BEFORE = re.compile(r"[0-9]$")


def repair_markup(root: Element) -> None:
    found = _TO_MEND(root)
    elements = [el for el in found if isinstance(el, Element)] if isinstance(found, list) else []
    if elements:
        _unnest_paragraphs([el for el in elements if el.tag == "p"])
        _break_preformatted_lines([el for el in elements if el.tag == "pre"])
        _write_powers([el for el in elements if el.tag == "sup"])
        blank_ligatures([el for el in elements if el.tag == "mat-icon"])


def blank_ligatures(icons: list[Element]) -> None:
    """Drop the icons' ligature names, keeping what follows them."""
    for el in icons:
        el.text = None


def _write_powers(superscripts: list[Element]) -> None:
    """A power of a number as the reader sees it, `10⁶`: read as text, `10<sup>6</sup>` would
    be a hundred and six. A unit's power stays plain, as Vietnamese papers type it (`m2`, `m3`),
    and so does a number set up after words (an author's affiliation, `Việt<sup>1</sup>`)."""
    for script in superscripts:
        digits = script.text
        if len(script) or not digits or not (digits.isascii() and digits.isdigit()):
            continue
        if _NUMBER_BEFORE.search(_text_before(script)):
            script.text = digits.translate(_SUPERSCRIPT)


def _text_before(el: Element) -> str:
    previous = el.getprevious()
    if previous is not None:
        return previous.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def _unnest_paragraphs(nested: list[Element]) -> None:
    """Close a paragraph where the next one opens, as a browser does. A legacy CMS leaves its
    `<p><font>` open paragraph after paragraph; libxml2 nests each new `<p>` in the open `<font>`
    of the one before, so that the text becomes one paragraph holding the rest, twenty deep."""
    for inner in nested:  # (in page order: an outer one is out before its inner ones)
        outer = next(inner.iterancestors("p"), None)
        if outer is not None:
            _move_after(outer, _what_follows(inner, outer))


def _what_follows(inner: Element, outer: Element) -> list[Element | str]:
    """`inner` and what comes after it inside `outer`, in order: the siblings after it at each
    level up, and the text after each element it sits in (a tail)."""
    found: list[Element | str] = []
    node = inner
    while node is not outer:
        parent = node.getparent()
        if parent is None:
            break
        if node is inner:
            found.append(node)
        found.extend(node.itersiblings())
        if parent is not outer and parent.tail:
            found.append(parent.tail)
            parent.tail = None
        node = parent
    return found


def _move_after(outer: Element, moving: list[Element | str]) -> None:
    tail, outer.tail = outer.tail, None
    last = outer
    for item in [*moving, tail or ""]:
        if isinstance(item, str):
            last.tail = settable((last.tail or "") + item)
        else:
            last.addnext(item)  # (its tail goes with it)
            last = item


def _break_preformatted_lines(boxes: list[Element]) -> None:
    """A `<pre>` shows its line ends: an old CMS prints a whole article as typed text in one,
    its paragraphs parted by blank lines. Each line end becomes the `<br>` it looks like, so
    that the text is read as lines and paragraphs, as anywhere else."""
    for pre in boxes:
        for child in list(pre):
            _break(child.tail, child, at_tail=True)
        _break(pre.text, pre, at_tail=False)


def _break(text: str | None, el: Element, *, at_tail: bool) -> None:
    """`el`'s text (or tail) cut at its line ends, a `<br>` standing at each."""
    if not text or "\n" not in text:
        return
    first, *rest = settable(text).split("\n")
    if at_tail:
        el.tail = first
    else:
        el.text = first
    for line in reversed(rest):
        br = etree.Element("br")
        br.tail = line
        if at_tail:
            el.addnext(br)
        else:
            el.insert(0, br)
