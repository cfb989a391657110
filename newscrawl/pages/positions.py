"""Where elements stand: ancestors, blocks, distances in the tree and in reading, document order.

Each helper walks an element's ancestors or siblings, never the whole tree (`DocumentOrder`
numbers it once).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import cast

from lxml import etree

from newscrawl.pages.dom import BLOCK_TAGS, Element, tag_of


def ancestors_and_self(el: Element) -> list[Element]:
    """The element and its ancestors, nearest first."""
    return [el, *el.iterancestors()]


def block_of(el: Element) -> Element | None:
    """The block the element belongs to: itself when it is one, else its nearest block
    ancestor (a `<span>` of a date line -> the line's `<div>`); None above every block. A
    component's own element holding others is one (Angular's `<mat-toolbar>` of a clock and a
    link), not its icons (`<mat-icon>home</mat-icon>`)."""
    if _is_block(el):
        return el
    return next((a for a in el.iterancestors() if _is_block(a)), None)


def _is_block(el: Element) -> bool:
    tag = tag_of(el)
    return tag in BLOCK_TAGS or ("-" in tag and len(el) > 0)


def tree_distance(a: Element, b: Element) -> int:
    """Steps from `a` up to the nearest common ancestor and down to `b` (0 when a is b)."""
    up = {el: i for i, el in enumerate(ancestors_and_self(a))}
    for j, el in enumerate(ancestors_and_self(b)):
        if el in up:
            return up[el] + j
    return len(up) + j + 1


def steps_up(el: Element, step: Callable[[Element], int] | None = None) -> dict[Element, int]:
    """`el` and each ancestor -> the steps up to it, a wrapper (a parent holding nothing else)
    counting for none: page builders wrap every widget twice or more, which puts a line no
    further from its neighbours to a reader. (`step` counts the step up from an element
    otherwise.)"""
    counted = step or _branches
    steps: dict[Element, int] = {}
    count = 0
    for ancestor in ancestors_and_self(el):
        steps[ancestor] = count
        count += counted(ancestor)
    return steps


def reading_distance(
    el: Element, up: dict[Element, int], beyond: int, step: Callable[[Element], int] | None = None
) -> int:
    """Steps from `el` to the element whose `steps_up` is `up`, wrappers counting for none (or
    as `step` counts them); `beyond` when they share no ancestor."""
    counted = step or _branches
    count = 0
    for ancestor in ancestors_and_self(el):
        if ancestor in up:
            return up[ancestor] + count
        count += counted(ancestor)
    return beyond


def _branches(el: Element) -> int:
    """1 when the step up from `el` is a step (its parent holds more), 0 for a wrapper."""
    parent = el.getparent()
    return int(parent is not None and len(parent) > 1)


class DocumentOrder:
    """Positions of a tree's elements in document order, for constant-time comparisons.

    (Comparing by walking ancestors and sibling indexes costs the number of siblings per call,
    which a page with thousands of sibling paragraphs turns quadratic.)
    """

    def __init__(self, root: Element) -> None:
        self._position = {el: i for i, el in enumerate(root.iter())}

    def position(self, el: Element) -> int:
        return self._position.get(el, -1)

    def before(self, a: Element, b: Element) -> bool:
        """Does `a` start before `b`? (An ancestor starts before its descendants.)"""
        return self.position(a) < self.position(b)

    def after(self, el: Element, box: Element) -> bool:
        """Does `el` stand after `box`, outside it (a line under the text, not in it)?"""
        return self.before(box, el) and not contains(box, el)


def same_kind(a: Element, b: Element) -> bool:
    """Boxes of one kind: the same tag and the same class list (a template repeats both for each
    of its like boxes: an article's parts, the paragraphs a component renders), but for the
    instance numbers a page builder adds to a name it also gives plain (Avada's `fusion-text
    fusion-text-1`, `fusion-text fusion-text-2`)."""
    if a.tag != b.tag:
        return False
    first, second = a.get("class"), b.get("class")
    if first == second:
        return True
    return first is not None and second is not None and _kind(first) == _kind(second)


@lru_cache(maxsize=4096)  # (a template repeats its class lists: each is read once)
def _kind(classes: str) -> tuple[str, ...]:
    tokens = classes.split()
    names = set(tokens)
    return tuple(t for t in tokens if not ((m := _NUMBERED.fullmatch(t)) and m.group(1) in names))


_NUMBERED = re.compile(r"(.+?)[-_]\d+")


def common_ancestor(a: Element, b: Element) -> Element:
    """The nearest element holding both (`a` itself when it holds `b`)."""
    above_a = set(ancestors_and_self(a))
    return next(el for el in ancestors_and_self(b) if el in above_a)


def preceding_in(root: Element, el: Element) -> list[Element]:
    """The outermost elements of `root` that end before `el` starts: the preceding siblings of
    `el` and of each of its ancestors up to `root`."""
    found: list[Element] = []
    node: Element | None = el
    while node is not None and node is not root:
        found.extend(node.itersiblings(preceding=True))
        node = node.getparent()
    return found


def contains(outer: Element, inner: Element) -> bool:
    # (`in` compares by identity, as elements have no equality of their own, and runs in C.)
    return outer is inner or outer in inner.iterancestors()


# The first words after an element, in reading order (not its own).
_NEXT_WORDS = etree.XPath("following::text()[normalize-space()][1]")


def next_words_owner(el: Element) -> Element | None:
    """The element whose words follow `el`'s in reading order (a tail's is the element it
    follows' parent), or None at the page's end."""
    words = cast(list[etree._ElementUnicodeResult], _NEXT_WORDS(el))
    owner = words[0].getparent() if words else None
    if owner is not None and words[0].is_tail:
        owner = owner.getparent()
    return owner
