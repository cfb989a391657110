"""Ads inside the article's text: paid links, banners under an ad's label, and an ad network's
slots, each with the box around it that says nothing but the ad's label. None is the article's."""

from __future__ import annotations

from itertools import islice
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import Element, rel_values, text_content

# (An ad slot's box holds the network's scripts: their code is no label.)
_SHOWN_TEXT = etree.XPath(".//text()[not(parent::script or parent::style)]")
_AD_LEVELS = 3  # how far up an ad's box may be from its paid link


def sponsored(root: Element) -> list[Element]:
    """Paid links (`rel="sponsored"`, as search engines ask ads to be marked), and banners (a
    linked picture) under an ad's label, each with the box around it that holds nothing else but
    that label (tagDiv's `- Quảng cáo -` over a paid link, Jannah's `<span>Quảng cáo</span><a>
    <img></a>` in the text), and an ad network's slot a script fills in under its label
    (AdSense's `<ins data-ad-client>`, AMP's `<amp-ad>`)."""
    found: list[Element] = []
    for link in root.iter("a"):
        paid = "sponsored" in rel_values(link)
        if paid or next(link.iter("img"), None) is not None:
            box = _ad_box(link, root, labelled=not paid)
            if box is not None:
                found.append(box)
    slots = [slot for slot in root.iter("ins") if slot.get("data-ad-client") is not None]
    for slot in slots + list(root.iter("amp-ad")):
        box = _ad_box(slot, root, labelled=False)
        if box is not None:
            found.append(box)
            found += _label_before(box)
    return found


def _label_before(box: Element) -> list[Element]:
    """The ad's label in a box of its own right before the slot's (an AMP page's `<div
    class="ad-label">Quảng cáo</div><amp-ad …>`, loose among the paragraphs)."""
    before = box.getprevious()
    if before is None or not isinstance(before.tag, str) or len(before):
        return []
    return [before] if vn.labels_an_ad(text_content(before)) else []


def _ad_box(link: Element, root: Element, labelled: bool) -> Element | None:
    """The box up to which the link's surroundings say only an ad's label; None when `labelled`
    and nothing says it (a picture linked to its enlargement)."""
    box, own, said = link, text_content(link), False
    for up in islice(link.iterancestors(), _AD_LEVELS):
        if up is root:
            break
        rest = "".join(cast(list[str], _SHOWN_TEXT(up))).replace(own, "")
        worded = any(c.isalnum() for c in rest)  # (spaces and dashes around a label say nothing)
        if worded and not vn.labels_an_ad(rest):
            break
        said, box = said or worded, up
    return box if said or not labelled else None
