"""The labels that name an article's section before its link (`Chuyên mục: <a>…</a>`, Drupal's
field label over its items): a meta line's section, no teaser's headline, wherever it stands.
"""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages.dom import Element, short_text

# What labels the section's link beside the headline, folded.
_CATEGORY_LABELS = frozenset({"category", "categories", "chuyên mục", "danh mục", "thể loại"})
_MAX_LABEL_TEXT = 40
# ... or closes a clause naming it (`trong chuyên mục`), a byline's sentence before it.
_IN_THE_CATEGORY = tuple(
    f"{word} {label}" for word in ("trong", "thuộc", "in") for label in sorted(_CATEGORY_LABELS)
)
_FIELD_LEVELS = 3  # the link, its item, the field's items


def labelled_as_category(link: Element) -> bool:
    """A link right after a label naming it the section (Multiply's `Category: <a>Làng
    nghề</a>`, a portal's `Chuyên mục: <a>…</a>`)."""
    before = link.getprevious()
    parent = link.getparent()
    words = before.tail if before is not None else parent.text if parent is not None else None
    label = (words or "").strip() if words and len(words) <= _MAX_LABEL_TEXT else ""
    if label.endswith(":") and labels_category(label[:-1]):
        return True
    return _in_a_byline_clause(label) or _field_label(link)


def _in_a_byline_clause(label: str) -> bool:
    """Do the words before the link close a byline's clause naming the section (Serendipity's
    `Đăng bởi <a>…</a> trong chuyên mục <a>…</a> lúc …`, `Posted by … in category`)?"""
    return bool(label) and vn.fold(label).endswith(_IN_THE_CATEGORY)


def _field_label(link: Element) -> bool:
    """Drupal's field: the label in an element of its own before the items holding the link
    alone (`<div class="field-label">Chuyên mục:</div><div class="field-items"><div><a>`)."""
    box: Element | None = link
    for _ in range(_FIELD_LEVELS):
        if box is None:
            return False
        label, box = box.getprevious(), box.getparent()
        if label is not None:
            words = short_text(label, _MAX_LABEL_TEXT) or ""
            return words.endswith(":") and labels_category(words[:-1])
        if box is None or len(box) > 1 or (box.text or "").strip():
            return False
    return False


def labels_category(label: str) -> bool:
    """Is the text before a colon a label naming the section (`Chuyên mục`, `Category`)?"""
    return len(label) <= _MAX_LABEL_TEXT and vn.fold(label).strip() in _CATEGORY_LABELS
