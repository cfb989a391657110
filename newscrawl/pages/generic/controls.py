"""Forms and controls inside an article's text block: a form with its short label, a poll's
results, and the boxes of buttons, fields and elements with ARIA's button role that say little
besides them (a reaction widget, a follow button, a builder's share buttons), and what a
control announces (`Đã sao chép`). None is the article's text; an accordion's toggle, which
holds its question, is no such control."""

from __future__ import annotations

from itertools import chain
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.blocks import accordion_question
from newscrawl.pages.dom import IMAGE_TAGS, Element, text_of
from newscrawl.pages.figures import is_button_or_ad, too_small
from newscrawl.pages.positions import block_of

CONTROL_TAGS = ("button", "input", "select", "textarea")
_BUTTON_ROLE = etree.XPath(".//*[@role='button']")
# (Found by their attributes, not by every element: few have these.)
_LIVE_REGIONS = etree.XPath(
    ".//@aria-live/.. | .//@role[. = 'status' or . = 'alert' or . = 'tooltip']/.."
)
# A live report's countdown to its next reload, which its script keeps current (`Trang tự động
# cập nhật sau 60 giây`): the page's words, when its line says nothing else. (Its texts are
# found by a word first, in C: few pages have it.)
_RELOAD_WORDS = etree.XPath(".//text()[contains(., 'tự động') or contains(., 'Tự động')]")
# A box of buttons says little besides them: `Bài viết hữu ích?` over 👍 and 👎.
_MAX_CONTROL_LABEL_CHARS = 40
# A newsletter's call over its e-mail field, its heading and a sentence of pitch: longer.
_MAX_SIGN_UP_CHARS = 160


def forms_in(root: Element) -> list[Element]:
    """Each form in the text block, with its label's box, and a poll's results after it."""
    found: list[Element] = []
    for form in root.iter("form"):
        if form is not root:
            found.append(_labelled_form(form, root))
            found += _poll_results(form)
    return found


def _labelled_form(form: Element, root: Element) -> Element:
    """The form with the box around it when that box says no more than a short label besides
    (`Đăng ký để nhận bài mới` over Substack's e-mail field): the label goes with the form."""
    box = form.getparent()
    if box is None or box is root:
        return form
    said = text_of(box) or ""
    label = len(said) - len(text_of(form) or "")
    if label <= _MAX_CONTROL_LABEL_CHARS:
        return box
    return box if label <= _MAX_SIGN_UP_CHARS and vn.offers_a_newsletter(said) else form


def _poll_results(form: Element) -> list[Element]:
    """The box after a poll's form that counts its votes: its lines open with the form's own
    choices (`Đồng ý: 62% (1.248 phiếu)` after the choice `Đồng ý`)."""
    results = form.getnext()
    choices = {text for label in form.iter("label", "option") if (text := text_of(label))}
    if results is None or len(choices) < 2:
        return []
    lines = [text_of(item) or "" for item in results.iter("li", "tr", "p")]
    counted = sum(1 for line in lines if any(line.startswith(choice) for choice in choices))
    return [results] if counted >= 2 else []


def control_boxes(root: Element) -> list[Element]:
    """The boxes holding buttons or fields with little text of their own: a reaction widget,
    a poll's options, a follow button's box; not an accordion's question."""
    found: list[Element] = []
    # (ARIA's button role: a builder's share buttons are `div`s and `span`s so marked.)
    for control in chain(root.iter(*CONTROL_TAGS), cast(list[Element], _BUTTON_ROLE(root))):
        box = control.getparent()
        if box is None or box is root or box in found or accordion_question(control):
            continue
        # (Medium's `<div role="button">` around a picture, which it enlarges; Flatsome's toggle
        # button inside the accordion's question, a link that opens its answer.)
        if _zooms_a_picture(control) or accordion_question(box):
            continue
        controls = sum(len(text_of(c) or "") for c in box.iter() if _is_control(c))
        if len(text_of(box) or "") - controls <= _MAX_CONTROL_LABEL_CHARS:
            found.append(box)
    return found


def status_messages(root: Element) -> list[Element]:
    """What a control announces to screen readers in a live region (Google Sites' `Đã sao chép
    đường liên kết của tiêu đề` in a heading, after its copy-link button) or shows in its
    tooltip (`Sao chép đường liên kết của tiêu đề`): a few words of the page's, none of the
    writer's, and a live report's countdown to its reload. A live region of a sentence's length
    (a live report's feed) is text."""
    found = [
        el
        for el in cast(list[Element], _LIVE_REGIONS(root))
        if len(text_of(el) or "") <= _MAX_CONTROL_LABEL_CHARS
    ]
    return found + _reload_countdowns(root)


def _reload_countdowns(root: Element) -> list[Element]:
    found: list[Element] = []
    for text in cast(list[etree._ElementUnicodeResult], _RELOAD_WORDS(root)):
        owner = text.getparent()
        line = block_of(owner) if owner is not None else None
        if line is not None and line not in found and vn.announces_reloads(text_of(line) or ""):
            found.append(line)
    return found


def _zooms_a_picture(control: Element) -> bool:
    """Does the control hold a picture of the article (no icon, no button's picture)?"""
    return any(not too_small(img) and not is_button_or_ad(img) for img in control.iter(*IMAGE_TAGS))


def _is_control(el: Element) -> bool:
    return el.tag in CONTROL_TAGS or el.get("role") == "button"
