"""The labels that name an article's section before its link (`Chuyên mục: <a>…</a>`, Drupal's
field label over its items): a meta line's section, no teaser's headline, wherever it stands.
"""

from __future__ import annotations

import re

from newscrawl import vn
from newscrawl.pages.dom import Element, class_id, short_text

_MAX_LABEL_TEXT = 40
_FIELD_LEVELS = 3  # the link, its item, the field's items
_FIELD_LABEL = re.compile(r"field(?:-|__)label")  # (Drupal 7's `field-label`, 10's `field__label`)


def labelled_as_category(link: Element) -> bool:
    """A link right after a label naming it the section (Multiply's `Category: <a>Làng
    nghề</a>`, a portal's `Chuyên mục: <a>…</a>`)."""
    before = link.getprevious()
    parent = link.getparent()
    words = before.tail if before is not None else parent.text if parent is not None else None
    label = (words or "").strip() if words and len(words) <= _MAX_LABEL_TEXT else ""
    if label.endswith(":") and vn.labels_the_category(label[:-1]):
        return True
    return _in_a_byline_clause(label) or _field_label(link)


def _in_a_byline_clause(label: str) -> bool:
    """Do the words before the link close a byline's clause naming the section (Serendipity's
    `Đăng bởi <a>…</a> trong chuyên mục <a>…</a> lúc …`, `Posted by … in category`)?"""
    return bool(label) and vn.closes_a_category_clause(label)


def _field_label(link: Element) -> bool:
    """Drupal's field: the label in an element of its own before the items holding the link
    alone (`<div class="field-label">Chuyên mục:</div><div class="field-items"><div><a>`; in
    Drupal 10 the colon is the theme's, drawn after `div.field__label`)."""
    box: Element | None = link
    for _ in range(_FIELD_LEVELS):
        if box is None:
            return False
        label, box = box.getprevious(), box.getparent()
        if label is not None:
            words = short_text(label, _MAX_LABEL_TEXT) or ""
            if words.endswith(":"):
                return vn.labels_the_category(words[:-1])
            named = _FIELD_LABEL.search(class_id(label)) is not None
            return named and vn.labels_the_category(words)
        if box is None or len(box) > 1 or (box.text or "").strip():
            return False
    return False
