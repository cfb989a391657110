"""Pull quotes: a quotation set apart in the text (`<blockquote>`, `<aside>`, or a box its class
names a quote) that repeats the text's own words is laid out to catch the eye, not read twice; a
quotation said only there (a letter, a decree) is a paragraph of the text.
"""

from __future__ import annotations

import re
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.blocks import TextBlock
from newscrawl.pages.dom import Element, itertext
from newscrawl.pages.positions import contains

# A pull quote's marks, and its full stop, which it may set inside the marks where the text
# sets it outside (`…trước mắt.”` against `…trước mắt”.`).
_QUOTED_ENDS = " “”\"'‘’«».,;:!?…"
# A box its class names a quotation (`pull-quote`, `c-quote`, `trich-dan`), found in C (by its
# class attributes, not its elements: a quarter of the time).
_CLASSED_QUOTE = etree.XPath(".//@class[contains(., 'quote') or contains(., 'trich')]/..")
_QUOTE_CLASS = re.compile(r"(?<![a-z])(?:pull-?quote|quote|trich-?dan)(?![a-z])", re.IGNORECASE)
_MAX_SPEAKER_CHARS = 120  # a pull quote's speaker: a name and a title
_MIN_PULLED_CHARS = 24  # a pull quote's words: a clause
_WORD = re.compile(r"\w+")
_MIN_ABRIDGED_WORDS = 8  # a shortened pull quote: a sentence's words, in at most three runs
_MAX_CUTS = 2
_SPEAKER_TAGS = frozenset({"cite", "footer"})
_SPEAKER_CLASS = re.compile(r"(?<![a-z])(?:author|speaker|name|by)(?![a-z])", re.IGNORECASE)


def without_pull_quotes(texts: list[TextBlock], root: Element) -> list[TextBlock]:
    """A quotation set apart (`<blockquote>`, or a box its class names a quote: a Vue
    component's `div.c-quote`) that repeats words of the text is a pull quote, laid out to catch
    the eye, not a paragraph; a quoted letter or decree, said only there, stays."""
    quoted = {el: quote for quote in _quotations(root) for el in quote.iter()}
    if not quoted:
        return texts
    # (Case aside: a pull quote capitalises the words it takes from the middle of a sentence.)
    others = "\n".join(b.text for b in texts if b.element not in quoted).casefold()
    pulled = {
        quoted[b.element]
        for b in texts
        if b.element in quoted and (_repeats(b.text, others) or _repeats(_said(b.element), others))
    }
    # The speaker's line under a pull quote (`<cite>`, `<footer>`) goes with it.
    return [
        b
        for b in texts
        if quoted.get(b.element) not in pulled
        or (
            len(b.text) > _MAX_SPEAKER_CHARS and b.text.strip(_QUOTED_ENDS).casefold() not in others
        )
    ]


def _repeats(words: str, text: str) -> bool:
    """Does the (case-folded) text repeat the quotation's words, a clause at least (a quoted
    post's title, `Xã Đông Xá:`, is no pull quote for a text naming the commune), whole or
    shortened?"""
    words = words.strip(_QUOTED_ENDS)
    if len(words) < _MIN_PULLED_CHARS:
        return False
    return words.casefold() in text or _abridges(words.casefold(), text)


def _abridges(quote: str, text: str) -> bool:
    """Does a paragraph of the text hold the quotation's words in order, in a few runs (an
    editor's pull quote leaving out a clause: `…điểm gom đầu tiên[, thường chỉ vài chục cây
    số,] lại là…`)?"""
    wanted = _WORD.findall(quote)
    if len(wanted) < _MIN_ABRIDGED_WORDS:
        return False
    for paragraph in text.split("\n"):
        found, cuts, skipping = 0, 0, False
        for word in _WORD.findall(paragraph):
            if found == len(wanted):
                break
            if word == wanted[found]:
                found, skipping = found + 1, False
            elif found and not skipping:
                cuts, skipping = cuts + 1, True
        if found == len(wanted) and cuts <= _MAX_CUTS:
            return True
    return False


def _said(block: Element) -> str:
    """The block's words without its speaker's (`<aside>…<cite>Name</cite></aside>`, the
    speaker inline after the words)."""
    words = [block.text or ""]
    for child in block:
        if child.tag not in _SPEAKER_TAGS:
            words += itertext(child)
        words.append(child.tail or "")
    # (An empty quotation is found in any text: it is given a word no text holds.)
    return vn.clean_text("".join(words)).strip(_QUOTED_ENDS) or "\0"


def _quotations(root: Element) -> list[Element]:
    """The quotations set apart in the text, outermost only: `<blockquote>`, `<aside>` (set
    apart from the flow), and boxes their class names a quote."""
    found = list(root.iter("blockquote", "aside"))
    for box in cast(list[Element], _CLASSED_QUOTE(root)):
        if _QUOTE_CLASS.search(box.get("class") or "") and not any(
            contains(quote, box) for quote in found
        ):
            found.append(_with_speaker(box, root))
    return found


def _with_speaker(quote: Element, root: Element) -> Element:
    """The quote's box with its speaker's line beside it, where the two stand alone in one box
    (VCCorp's `SimpleQuote`: `<div class="quote">…</div><div class="author">…</div>`)."""
    box = quote.getparent()
    if box is None or box is root or len(box) != 2 or (box.text or "").strip():
        return quote
    speaker = box[1] if box[0] is quote else box[0]
    named = _SPEAKER_CLASS.search(speaker.get("class") or "") is not None
    return box if named or speaker.tag in _SPEAKER_TAGS else quote
