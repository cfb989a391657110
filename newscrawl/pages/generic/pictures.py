"""The article's pictures that stand above the text block: its lead picture (those under it
are read in `trailing_pictures.py`).

CMSs print an article's main picture between the headline and the text, in its own field rather
than in the text: WordPress's featured image (`.post-thumbnail`, which themes also put above the
headline inside the `<article>`), Drupal's image field, Joomla's full-text image. A reader takes
it for the article's first picture. Other images in that stretch
are not pictures of the article: icons beside the date, the author's avatar, share buttons, ads
(linked), and whatever is marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.items import RawImage
from newscrawl.pages.binding import MAX_CAPTION_CHARS
from newscrawl.pages.dom import Element, class_id, itertext, tag_of, text_of
from newscrawl.pages.figures import (
    caption_and_credit,
    declared_pixels,
    file_name,
    image_src,
    images_in,
    is_button_or_ad,
    marks_credit,
    opens_its_enlargement,
    scripted_caption,
    too_small,
)
from newscrawl.pages.generic.hidden import hidden_itself, shown_text
from newscrawl.pages.positions import (
    DocumentOrder,
    ancestors_and_self,
    block_of,
    common_ancestor,
    contains,
)

_MIN_COVER_PIXELS = 300  # wider than any icon a title line shows
# A cover's overlay beside its headline: the section's name, the time, perhaps the authors.
_MAX_COVER_OVERLAY_CHARS = 200
# (or the picture's title, EasyDNNnews's `p.edn_mediaTitle`, an `image-desc`)
_CAPTION_BOX = re.compile(
    r"caption|credit|chu-?thich|(?:media|image|img|photo|picture)[-_]?(?:title|desc)", re.I
)
# (`loading` names a spinner's box; a slider still loading its script, Avada's
# `fusion-flexslider-loading`, holds the article's pictures.)
_NOT_A_PICTURE = re.compile(
    r"avatar|author|logo|icon|share|social|banner|advert|(?<![a-z0-9])ads?(?![a-z0-9])|print|rating|"
    r"emoji|(?<!slider-)loading|spinner|qr-?code"
)


def lead_pictures(
    headline: Element | None,
    text: Element | None,
    order: DocumentOrder,
    skip: set[Element],
    this_page: Callable[[str], bool],
) -> list[RawImage]:
    """Pictures after the headline (or anywhere above the text in an `<article>`) and before
    the article's text block, in their common container, that are none of the `skip`
    elements' (the header's date and view lines). `this_page` tells a link to the article
    itself (a theme linking its featured picture to the post) from a link away."""
    if headline is None or text is None or contains(headline, text):
        return []
    if contains(text, headline):
        return _above_the_text_box(text, headline, order, skip, this_page)
    container = common_ancestor(headline, text)
    # Inside an <article>, a featured picture may also stand above the headline: in the header,
    # in a layout box of the article's own (Astra), or before the box holding the headline and
    # the text (Sahifa's `single-post-thumb`).
    article = _article_of(container)
    container = article if article is not None else container
    cover = _cover_over(headline, text, order) if article is None else None
    above = container if article is not None else headline if cover is None else cover
    if above is headline and _opens_with_a_picture(container, headline):
        above = container
    start, end = order.position(above), order.position(text)
    if order.position(headline) >= end:
        return []
    found = _featured_above(above, this_page)
    for img in images_in(container):
        if not start < order.position(img) < end:
            continue  # most of a page's pictures: not in the stretch above the text
        src = image_src(img)
        if not src or not _a_picture(img, container, headline, skip, this_page):
            continue
        if file_name(src) in {file_name(image.url) for image in found} and _hidden_in(
            img, container
        ):
            continue  # its full-size copy in a preview hidden until it is clicked (NukeViet's)
        found.append(RawImage(src, *_caption(img, container)))
    return found


def _above_the_text_box(
    text: Element,
    headline: Element,
    order: DocumentOrder,
    skip: set[Element],
    this_page: Callable[[str], bool],
) -> list[RawImage]:
    """Pictures in the `<article>` before the text's box, where that box holds the headline
    too (Astro's `div.hero-image` over `div.prose`, whose title block opens the text)."""
    article = next(text.iterancestors("article"), None)
    if article is None:
        return []
    start, end = order.position(article), order.position(text)
    found: list[RawImage] = []
    for img in images_in(article):
        if not start < order.position(img) < end:
            continue
        if (src := image_src(img)) and _a_picture(img, article, headline, skip, this_page):
            found.append(RawImage(src, *_caption(img, article)))
    return found


# WordPress's class for a post's featured picture (`the_post_thumbnail`), found in C.
_WORDPRESS_FEATURED = etree.XPath(
    "preceding::img[contains(concat(' ', normalize-space(@class), ' '), ' wp-post-image ')]"
)


def _featured_above(above: Element, this_page: Callable[[str], bool]) -> list[RawImage]:
    """WordPress's featured picture set above the box holding the headline and the text (Twenty
    Seventeen's `single-featured-image-header`, under the site's header); not a picture linked
    to another page (a menu's or a widget's thumbnail of another post)."""
    for img in reversed(cast(list[Element], _WORDPRESS_FEATURED(above))):
        links = (a.get("href") or "" for a in img.iterancestors("a"))
        if all(this_page(href) for href in links) and (src := image_src(img)):
            return [RawImage(src)]
    return []


def _opens_with_a_picture(container: Element, headline: Element) -> bool:
    """Does the box holding the headline and the text open with a large picture, with no word or
    link before the headline (Bitrix's news.detail: `div.bx-newsdetail-img` over its `h3`
    title; not a forum post's icon before its subject, SMF's `div.messageicon`)?"""
    if (container.text or "").strip():
        return False
    pictured = False
    for el in container.iterdescendants():
        if el is headline:
            return pictured
        worded = isinstance(el.tag, str) and ((el.text or "").strip() or el.tag == "a")
        if worded and not _in_a_caption(el):  # (the picture's own: Joomla 4's `figure`)
            return False
        if (el.tail or "").strip() and not contains(el, headline):
            return False
        pictured = pictured or (el.tag == "img" and _declares_itself_large(el))
    return False


def _in_a_caption(el: Element) -> bool:
    return el.tag == "figcaption" or next(el.iterancestors("figcaption"), None) is not None


def _cover_over(headline: Element, text: Element, order: DocumentOrder) -> Element | None:
    """An e-magazine's cover outside any `<article>`: the smallest box holding the headline
    and a large picture before it, with no more words beside the headline than its overlay's
    section and time (a box of the page's chrome holding the headline has its menus too)."""
    start = order.position(headline)
    for box in headline.iterancestors():
        if contains(box, text):
            return None
        if any(
            order.position(img) < start and _declares_itself_large(img) for img in images_in(box)
        ):
            beside = sum(map(len, itertext(box))) - sum(map(len, itertext(headline)))
            return box if beside <= _MAX_COVER_OVERLAY_CHARS else None
    return None


def _hidden_in(img: Element, container: Element) -> bool:
    """Is the picture in a box the page hides, inside `container`?"""
    for el in ancestors_and_self(img):
        if el is container:
            return False
        if hidden_itself(el):
            return True
    return False


def _article_of(el: Element) -> Element | None:
    return el if tag_of(el) == "article" else next(el.iterancestors("article"), None)


_PUBLISHERS_PROPS = frozenset({"publisher", "logo"})
_BADGE = re.compile(r"(?<![a-z])(?:cat-?label|category|badge)(?![a-z])")


def _a_picture(
    img: Element,
    container: Element,
    headline: Element,
    skip: set[Element],
    this_page: Callable[[str], bool],
) -> bool:
    if too_small(img) or is_button_or_ad(img) or _in_a_title_line(img, headline):
        return False
    if img.get("aria-hidden") == "true":
        return False  # decoration, screen readers are told: a poster's picture by their name
    for el in ancestors_and_self(img):
        if el is container:
            return True
        if el is headline or el in skip or _not_a_picture_box(el):
            return False
        if el.get("itemprop") in _PUBLISHERS_PROPS:
            return False  # the publisher's logo its microdata names, shown or not
        if (
            tag_of(el) == "a"
            and not opens_its_enlargement(el)
            and not this_page(el.get("href") or "")
        ):
            return False  # a link away: an ad, a teaser
    return False


def _not_a_picture_box(box: Element) -> bool:
    """Is the box named for what is no picture of the article? A Vietnamese CMS calls the
    article's own picture its avatar (`ảnh đại diện`, `figure.detail-avatar`): a box named so
    that captions its picture holds the article's, where an author's avatar has no caption."""
    name = class_id(box)
    if _NOT_A_PICTURE.search(name) is None:
        return False
    if "avatar" not in name or _NOT_A_PICTURE.search(name.replace("avatar", "")) is not None:
        return True
    return next(box.iter("figcaption"), None) is None


def _in_a_title_line(img: Element, headline: Element) -> bool:
    """Is the picture set in a line that repeats the headline (a forum post's title line with
    its post icon: vBulletin 3's `<img src=icon1.gif> <strong>Title</strong>`)? An icon, unless
    it declares itself large: an e-magazine's cover, the headline laid over it."""
    if _declares_itself_large(img):
        return False
    line = block_of(img)
    shown = text_of(line) if line is not None else None
    return shown is not None and shown == text_of(headline)


def _declares_itself_large(img: Element) -> bool:
    """A picture given sources for the screen's width, or a width no icon has. (libxml2 knows
    no `<source>`, and holds the `<img>` after one inside it.)"""
    parent = img.getparent()
    in_picture = parent is not None and tag_of(parent) in ("picture", "source")
    return (
        bool(img.get("srcset")) or in_picture or declared_pixels(img, "width") >= _MIN_COVER_PIXELS
    )


def _caption(img: Element, container: Element) -> tuple[str | None, str | None]:
    """The figure's caption (`figcaption`, and a credit set apart inside it), or the caption and
    credit boxes beside the picture in its own block (K2's `itemImageCaption` and
    `itemImageCredits`); failing those, a line ending in a photo credit right after one of the
    picture's own boxes."""
    if (scripted := scripted_caption(img)) is not None:
        parsed = vn.parse_caption(scripted)
        return parsed.text, parsed.credit
    branch = img
    credited: str | None = None
    for el in ancestors_and_self(img):
        if el is container:
            if tag_of(el) == "article" and credited is None:
                return _caption_after(branch)
            break
        branch = el
        if tag_of(el) == "figure":
            figcaption = next(el.iter("figcaption"), None)
            if figcaption is None:  # WordPress's `[caption]`: `<p class="wp-caption-text">`
                figcaption = next((c for c in el if _words_beside(c)), None)
            if figcaption is None:
                return None, None
            caption, credit = caption_and_credit(figcaption)
            return vn.clean_text(caption) or None, credit or _credit_after(el)
        beside = [c for c in el if _CAPTION_BOX.search(class_id(c)) and not images_in(c)]
        if beside:
            return _caption_and_credit_boxes(beside)
        credited = credited or _credited_line_after(el)
    if credited is None:
        return None, None
    parsed = vn.parse_caption(credited)
    return parsed.text, parsed.credit


def _caption_and_credit_boxes(boxes: list[Element]) -> tuple[str | None, str | None]:
    """The caption boxes' text, and the credit boxes' apart (K2's `itemImageCredits` names the
    photographer without a label: `Thanh Tâm`)."""
    credits = [box for box in boxes if marks_credit(box)]
    caption = " ".join(filter(None, (shown_text(b) for b in boxes if b not in credits)))
    return caption or None, " ".join(filter(None, map(shown_text, credits))) or None


def _credited_line_after(box: Element) -> str | None:
    """The line right after the picture's own box that ends in a photo credit (`... . Ảnh: Thu
    Trang`), or in italics closing the box: its caption, however it is named (a build that
    hashes class names, a theme's `<p class="wp-caption-text">` under a featured picture's
    link), as under a picture in the text."""
    after = box.getnext()
    if (
        after is not None
        and after.tag == "br"
        and not f"{box.tail or ''}{after.tail or ''}".strip()
    ):
        after = after.getnext()  # (NukeViet 4: `<img><br><em>note</em>`)
    if after is None or not isinstance(after.tag, str) or images_in(after):
        return None
    text = text_of(after)
    if text is None or len(text) > MAX_CAPTION_CHARS:
        return None
    return text if vn.ends_with_photo_credit(text) or _italic_note_closing(after) else None


def _italic_note_closing(line: Element) -> bool:
    """A line wholly in italics closing the picture's own box (NukeViet 3's `div#imghome`: the
    picture's link, then `<p><em>note</em></p>`): the picture's note, credited or not."""
    if line.getnext() is not None or (line.text or "").strip() or len(line) != 1:
        return False
    italic = line[0]
    return italic.tag in ("em", "i") and not (italic.tail or "").strip()


def _credit_after(figure: Element) -> str | None:
    """The photo credit in a box of its own right after the figure (Publisher's featured
    picture: `<figure>…<figcaption>…</figcaption></figure><span class="image-credit">Ảnh: Mạnh
    Cường</span>`)."""
    after = figure.getnext()
    if after is None or not isinstance(after.tag, str) or not marks_credit(after):
        return None
    return None if images_in(after) else text_of(after)


def _words_beside(el: Element) -> bool:
    """A figure's child of words and no picture: its caption, whatever its tag, but for the
    section's badge a theme lays over the picture (Cocoon's `span.cat-label`)."""
    if not isinstance(el.tag, str) or _BADGE.search(class_id(el)) is not None:
        return False
    return not images_in(el) and text_of(el) is not None


def _caption_after(box: Element) -> tuple[str | None, str | None]:
    """In the article's own box, the caption box right after the featured picture's (Sahifa's
    `single-post-caption`): its caption and credit. (A line there ending in a photo credit
    `_caption` has read already, climbing.)"""
    after = box.getnext()
    if after is None or not _CAPTION_BOX.search(class_id(after)) or images_in(after):
        return None, None
    caption = vn.parse_caption(text_of(after) or "")
    return caption.text, caption.credit
