"""A picture as the page shows it: its element, its source and its caption box.

Lazy loaders move the source to a data attribute, AMP pages and lazy loaders keep a
`<noscript>` copy of each picture, and icons, bullets and spacers are pictures too. A theme may
set the photo credit apart inside the caption; `vn.parse_caption` reads its label.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newscrawl import vn
from newscrawl.pages.dom import IMAGE_TAGS, Element, itertext
from newscrawl.pages.positions import contains
from newscrawl.pages.srcset import largest_candidate
from newscrawl.pages.urls import split_url

# A photo credit set in an element of its own inside a caption.
_CREDIT_CLASS = re.compile(
    r"(?<![A-Za-z])(?i:credits?|photo-?credit|tac-?gia-?anh|photographer)(?![A-Za-z])"
    r"|(?<=[a-z])Credits?(?![a-z])"  # a word of a name in camel case: K2's `itemImageCredits`
)
_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_PLONE_SCALE = "/@@images/"  # (Plone names a picture's scales by field, not by file)
# A declared width or height below this is an icon or a button, not a picture.
_MIN_PIXELS = 100
# A forum's icons: vBulletin's `images/statusicon/`, `images/attach/pdf.gif`, smilies.
_ICON_FOLDER = re.compile(
    r"(?:^|/)(?:statusicon|smilies|smileys|emoticons?)/|(?:^|/)images/(?:misc|buttons|attach)/",
    re.IGNORECASE,
)


def images_in(el: Element) -> list[Element]:
    """The images under `el`, without the `<noscript>` copies that AMP pages and lazy loaders
    keep for readers without scripts, nor the `<img>` that AMP's optimizer renders inside an
    `<amp-img>` (the same picture, drawn before the AMP runtime loads)."""
    copies = {
        img for box in el.iter("noscript", "amp-img") for img in box.iterdescendants(*IMAGE_TAGS)
    }
    return [img for img in el.iter(*IMAGE_TAGS) if img not in copies]


def opens_its_enlargement(link: Element) -> bool:
    """Does the link open the picture itself, larger (a lightbox's `_XL.jpg`, Plone's view of
    it at a scale, `…/@@images/image/large`)?"""
    path = split_url((link.get("href") or "").strip()).path.lower()
    return path.endswith(_PICTURE_FILES) or _PLONE_SCALE in path


def scripted_caption(img: Element) -> str | None:
    """The caption a script writes under the picture from its `title` (Joomla's `caption.js`,
    for an `<img class="caption">`), as a reader sees it."""
    if "caption" not in (img.get("class") or "").split():
        return None
    return (img.get("title") or "").strip() or None


def credits_someone(caption: str | None) -> bool:
    """Does a picture's caption name its photographer (`… Ảnh: Thu Hằng`)?"""
    return caption is not None and vn.parse_caption(caption).credit is not None


def too_small(img: Element) -> bool:
    """Does the picture declare a width or a height too small for a picture of the article: an
    icon, a bullet, a spacer, a divider? Or is it a forum's icon, which declares none (its
    class, `inlineimg`, or its folder says so)?"""
    if any(0 <= declared_pixels(img, attr) < _MIN_PIXELS for attr in ("width", "height")):
        return True
    if "inlineimg" in (img.get("class") or ""):
        return True
    return _ICON_FOLDER.search(img.get("src") or "") is not None


def declared_pixels(img: Element, attr: str) -> int:
    """The picture's `width` or `height` in pixels as its attribute gives it; -1 without."""
    value = (img.get(attr) or "").strip().removesuffix("px")
    return int(value) if value.isdigit() else -1


# A button's picture: its file named for an action or for a button (Joomla's `printButton.png`,
# Mambo's `pdf_button.png`, `icon_print.gif`), or its text saying the action.
_BUTTON_FILE = re.compile(
    r"(?:^|[/_-])(?:print|email|e-mail|mail|pdf)(?:[_-]?(?:button|btn|icon))?\.\w+$"
    r"|(?:^|[/_-])(?:icon|btn|button)[_-]?(?:print|email|mail|pdf|share)\.\w+$"
    r"|(?:print|email|mail|pdf|share)[_-]?(?:button|btn)\.\w+$",
    re.IGNORECASE,
)


def is_button_or_ad(img: Element) -> bool:
    """Is the picture a button's (print, e-mail, PDF, share), whatever its size, or an
    advertisement's banner, as its words say?"""
    src = (img.get("src") or "").split("?", 1)[0]
    if _BUTTON_FILE.search(src) is not None:
        return True
    return vn.names_a_button_or_ad(img.get("alt") or img.get("title") or "")


def distinct_pictures(imgs: list[Element]) -> list[tuple[Element, str]]:
    """The pictures with their addresses, each file once: a progressive loader's blurred
    preview before the picture (Medium's `/freeze/max/60/1*abc.jpeg?q=20`, then
    `/max/800/1*abc.jpeg`) is no picture of its own; the last copy is the picture."""
    found = [(img, src) for img in imgs if (src := image_src(img))]
    names = [file_name(src) for _, src in found]
    return [pair for i, pair in enumerate(found) if names[i] not in names[i + 1 :]]


def file_name(url: str) -> str:
    return url.partition("?")[0].rstrip("/").rpartition("/")[2]


def image_src(img: Element) -> str | None:
    """The address of the picture an `<img>` shows: a lazy loader's, its `src`, else the largest
    of its `srcset` (a lazy loader may set nothing else)."""
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        value = (img.get(attr) or "").strip()
        if value and not _unloadable(value):
            return value
    for attr in ("data-srcset", "srcset"):
        largest = largest_candidate(img.get(attr) or "")
        if largest and not _unloadable(largest):
            return largest
    picture = next(img.iterancestors("picture"), None)
    return _source_of(picture) if picture is not None else None


def _source_of(picture: Element) -> str | None:
    """The picture a `<picture>` shows where its `<img>` has no address (Medium's): the largest
    of the source every browser can show (no `type`), else of its first source. (libxml2 knows
    no void `<source>`: it nests what follows each source in it.)"""
    sources = list(picture.iter("source"))
    untyped = [source for source in sources if not source.get("type")]
    for source in untyped[:1] or sources[:1]:
        largest = largest_candidate(source.get("srcset") or source.get("data-srcset") or "")
        if largest and not _unloadable(largest):
            return largest
    return None


def _unloadable(address: str) -> bool:
    """A placeholder inlined as `data:`, or the writer's own copy of a picture that text pasted
    from Word points at (`file:///C:/…/clip_image002.jpg`), which no reader can load."""
    return address[:5].lower() in ("data:", "file:")


def caption_and_credit(caption: Element) -> tuple[str, str | None]:
    """A caption's text, and the photo credit a theme sets in an element of its own inside it
    (`<span class="photo-credit">TTXVN</span>`, `<cite>`), apart; `vn` reads the credit's label."""
    credit = next((el for el in caption.iterdescendants() if marks_credit(el)), None)
    if credit is None:
        return " ".join(itertext(caption)), None
    return " ".join(pieces_without(caption, (credit,))), " ".join(itertext(credit))


def pieces_without(el: Element, left_out: Collection[Element]) -> list[str]:
    """The element's text pieces, in order, without those of the `left_out` elements (their
    tails stay)."""
    pieces = [el.text or ""]
    for child in el:
        if child not in left_out:
            pieces += pieces_without(child, left_out)
        pieces.append(child.tail or "")
    return pieces


def credit_beside(figure: Element, captions: list[Element]) -> str | None:
    """A credit the figure sets beside its picture, outside its caption (WordPress's Media
    Credit plugin: `<div class="media-credit-container"><img><span class="media-credit">`)."""
    for el in figure.iterdescendants():
        if not marks_credit(el) or next(el.iter(*IMAGE_TAGS), None) is not None:
            continue  # (the plugin's container, named so too, holds the picture)
        if any(contains(caption, el) for caption in captions):
            continue
        return " ".join(itertext(el)).strip() or None
    return None


def marks_credit(el: Element) -> bool:
    """Is the element a photo credit's own (`<cite>`, `span.photo-credit`)?"""
    if el.tag == "cite":
        return True
    classes = el.get("class")
    return classes is not None and _CREDIT_CLASS.search(classes) is not None
