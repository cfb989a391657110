"""What sits inside an article's text block without being its text: widgets marked as such
(share, print, tags, related, players, advertising, a kicker, a call to action), a photo
carousel's machinery, embedded social posts, the author's `<address>` and the `<article>`'s own
footer, the pager of an article split over pages, footnote numbers and anchors, a members'
prompt to subscribe, text hidden for good; what `controls` finds (forms, polls, boxes of
buttons) and what `pointers` finds (lines and cards that point to another article, a shop's
button, the caption of a video player)."""

from __future__ import annotations

import re
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.binding import names_a_file
from newscrawl.pages.dom import BLOCK_TAGS, Element, class_id, tag_of, text_content, text_of
from newscrawl.pages.figures import images_in, too_small
from newscrawl.pages.generic import ads, controls, pointers
from newscrawl.pages.generic.hidden import hidden_for_good
from newscrawl.pages.generic.region import TextStats
from newscrawl.pages.positions import block_of, contains
from newscrawl.pages.selection import Selection
from newscrawl.pages.targets import (
    to_a_note,
    to_a_share_dialog,
    to_a_social_post,
    to_an_editor,
)

# Inline marks and single paragraphs are never dropped as a box, whatever their class says.
_NEVER_BOXES = frozenset({"a", "img", "br", "p", "li", "span", "strong", "em", "b", "i"})
# Boxes inside an article body that are not the article: share and print widgets, comments,
# related lists, tag lists, video players, attachments (not WordPress's `attachment_123`, the
# id of a captioned picture, nor its caption's `caption-attachment-123`), advertising (`ads`, a
# theme's `ad-box` or `ad-slot`, TieLabs' `e3lan`, Arabic for ads), a site builder's button
# block; a photo carousel's machinery, as its script leaves the page: the slides it clones to
# loop (Swiper, Slick, Owl, Splide, Glide), its arrows, its counter or dots, its strip of
# thumbnails; a social post embedded before its platform's script runs (a player, not the
# article's words); a readers' poll; the pager of an article split over pages; a kicker, the
# section's word over or under the headline (Instant Articles' `op-kicker`); a shop's grid of
# products (WooCommerce's `div.woocommerce` > `div.products`); a video's caption
# box (VCCorp's `VideoCMS_Caption`), named so whatever stands in for its player. (A print
# view names the article's own parts `print_image`, `print_content`: no print widget.)
# The names a pager's box bears: an article's split over pages, or a list's (`related_items`).
PAGER_NAMES = r"pagination|pager|paging|phan-?trang|page-?links|wp-?link-?pages"
# An attachment's box, which may show a picture attached to a forum's post (`boilerplate_in`).
_ATTACHMENT_NAMES = r"attach(?!ment[_-]\d)\w*|dinh-?kem"
_ATTACHMENT = re.compile(rf"(?<![a-z])(?:{_ATTACHMENT_NAMES})(?![a-z])")
_BOILERPLATE = re.compile(
    r"(?<![a-z])(?:share|sharing|sharedaddy|social\w*|bookmarks?|comments?|"
    r"related\w*|lien-?quan|tinlienquan\w*|tags?|tag-?list|keywords?|tukhoa|"
    r"tu-?khoa|video-?box|\w*player|video[\w-]*caption|advert\w*|ads|adv|banners?|quang-?cao|rating|"
    r"print(?![_-](?:image|img|photo|pic|content|body|title|sapo|lead|text|date|author))|"
    r"ad[-_]?(?:box|banner|slot|unit|zone|block|space|container|wrap\w*)|e3lan|button-?block|"
    r"author-box|\w*kicker|"
    r"swiper-slide-duplicate|slick-cloned|cloned|\w+__slide--clone|"
    r"swiper-button-\w+|swiper-pagination|slick-arrow|slick-dots|owl-nav|owl-dots|"
    r"carousel-control-\w+|carousel-indicators|(?:gallery|swiper|slider)-thumbs|thumbs|"
    r"fb-post|fb-video|fb-xfbml-parse-ignore|twitter-tweet|twitter-timeline|tiktok-embed|"
    r"instagram-media|polls?|votes?|voting|binh-?chon|survey|khao-?sat|"
    r"speechify-ignore|"  # (what a page tells read-aloud tools to skip: Medium's header lines)
    # (a shop's grid of products: WooCommerce's shortcode, Magento's `block-products-list`)
    r"woocommerce(?!-)|products(?!-)|products-(?:grid|list)|product-items|"
    + _ATTACHMENT_NAMES
    + "|"
    + PAGER_NAMES
    + r")(?![a-z])"
)
# A call to action, whatever its tag (HubSpot's is a `span.hs-cta-wrapper` in the text's flow;
# an advertorial's `div.box-cta`, a hospital's `div.cta-booking`):
# a promotion's picture or button, no part of the article.
_CALL_TO_ACTION = re.compile(
    r"(?<![a-z])(?:\w*cta-?(?:wrapper|node|box|block)|cta(?![a-z])|call-?to-?action)"
)
_MAX_PROMPT_CHARS = 600
# A table of contents' title and toggle (`Mục lục`, `Nội dung bài viết [Ẩn]`), and the
# numbering and spaces between its entries (`1.`, `2.1`).
_MAX_TOC_TITLE = 40
_MAX_TOC_NUMBERING = 8
# Marks linking to another place of the page that a reader does not read as words: a footnote's
# number (`<sup><a href="#fn:1">1</a></sup>`), its way back (`↩︎`), a heading's anchor (`#`, `¶`).
PLACE_MARKS = frozenset({"#", "¶", "§", "↩", "↩︎", "↩️", "🔗", "^", "↑"})
# A market's live quote beside a stock's symbol (`TBD<span>(24.500 ▲ 6,96%)</span>`): figures
# and an arrow the price board's script keeps current, none of the writer's words. The arrow
# tells it from a figure the text quotes in brackets.
_QUOTE_ARROWS = "▲▼△▽"
_WITH_ARROW = etree.XPath(
    ".//*[text()[" + " or ".join(f"contains(., '{a}')" for a in _QUOTE_ARROWS) + "]]"
)
_LIVE_QUOTE = re.compile(rf"[(\[]?[0-9][0-9.,]*\s*[{_QUOTE_ARROWS}]\s*[+-]?[0-9.,]+\s*%?[)\]]?")


def boilerplate_in(
    root: Element, stats: TextStats, selection: Selection, hidden: list[Element]
) -> set[Element]:
    """Boxes inside the content element that are not the article's text: marked as widgets,
    forms and boxes of buttons, lists and boxes made of links."""
    found = {
        el
        for el in selection.marked(_BOILERPLATE)
        if el is not root and tag_of(el) not in _NEVER_BOXES and contains(root, el)
    }
    for box in [el for el in found if _ATTACHMENT.search(class_id(el))]:
        if pictures := [img for img in images_in(box) if not too_small(img)]:
            found.discard(box)  # (a picture attached to a forum's post: the article's)
            found.update(_beside_pictures(box, pictures))
    found.update(
        el for el in selection.marked(_CALL_TO_ACTION) if el is not root and contains(root, el)
    )
    # HTML's contact of the article's author, and the `<article>`'s own footer (its copyright;
    # not a quotation's, which names the speaker).
    for el in root.iter("address", "footer"):
        if el is not root and (el.tag == "address" or _tag_of_parent(el) == "article"):
            found.add(el)
    found.update(controls.forms_in(root))
    found.update(controls.control_boxes(root))
    found.update(controls.status_messages(root))
    found.update(stats.link_dense_in(root))
    found.update(pointers.see_also_lines(root, stats))
    found.update(pointers.readers_prompts(root, stats))
    found.update(_navigation_links(root))
    found.update(_tables_of_contents(root))
    found.update(_embedded_posts(root))
    found.update(pointers.player_captions(root))
    found.update(pointers.teaser_cards(root))
    found.update(ads.sponsored(root))
    found.update(_sign_up_prompts(root))
    found.update(hidden_for_good(root, selection, hidden))
    found.update(_live_quotes(root))
    return found


def _beside_pictures(box: Element, pictures: list[Element]) -> list[Element]:
    """The parts of an attachment's box holding none of its pictures but the file's name, size
    and views (phpBB's `<dd>con-cham.jpg (245.6 KiB) Đã xem 312 lần</dd>`); not the comment
    its poster gave it, the picture's caption (`<dd>Các đoàn viên dọn vệ sinh …</dd>`)."""
    holding = {up for img in pictures for up in img.iterancestors()} | set(pictures)
    return [
        el
        for el in box.iterdescendants()
        if el not in holding
        and el.getparent() in holding
        and isinstance(el.tag, str)
        and not _attachment_comment(el)
    ]


def _attachment_comment(el: Element) -> bool:
    """A description of the attached picture in a list's `dd` that names no file: its caption."""
    text = text_of(el) or ""
    return el.tag == "dd" and any(c.isalpha() for c in text) and not names_a_file(text)


def _embedded_posts(root: Element) -> list[Element]:
    """A social network's post as the page sends it before the platform's script replaces it
    (a `<blockquote>` citing the post, or ending in the link to it: a tweet's date): the post's
    words are the platform's player, not the article's, whatever the box's class."""
    found: list[Element] = []
    for quote in root.iter("blockquote"):
        links = quote.findall(".//a[@href]")
        cited = quote.get("cite") or (links[-1].get("href") if links else None)
        if cited and to_a_social_post(cited):
            found.append(quote)
    return found


def _tag_of_parent(el: Element) -> str:
    parent = el.getparent()
    return tag_of(parent) if parent is not None else ""


def _navigation_links(root: Element) -> list[Element]:
    """What the text's links say without being words, in one pass over them: marks linking to
    a place of the page (`_in_page_mark`), buttons sharing the article, and the pager of an
    article split over pages."""
    found: list[Element] = []
    pager_links: dict[Element, int] = {}  # block -> links to another page of the article
    for link in root.iter("a"):
        href = link.get("href")
        if not href:
            continue
        if href.startswith("#"):
            mark = _in_page_mark(link)
            if mark is not None:
                found.append(mark)
            continue
        if to_a_share_dialog(href):
            found.append(link)
            continue
        if to_an_editor(href):
            found.append(_with_brackets(link))
            continue
        if vn.turns_the_page(link.text or ""):
            block = block_of(link)
            block = root if block is None else block
            pager_links[block] = pager_links.get(block, 0) + 1
    found.extend(block for block, n in pager_links.items() if n >= 2 and _pager(block, root))
    return found


def _tables_of_contents(root: Element) -> list[Element]:
    """A list of links to the text's own sections, with the box holding it and its title
    (`Mục lục`, a toggle): Easy Table of Contents sets the title apart from the list, in a
    `<nav>` whose links the density count does not read."""
    found: list[Element] = []
    for listing in root.iter("ul", "ol"):
        if any(contains(box, listing) for box in found) or not _lists_sections(listing):
            continue
        box = listing
        while (up := box.getparent()) is not None and up is not root:
            if len(text_content(up).strip()) - len(text_content(box).strip()) > _MAX_TOC_TITLE:
                break
            box = up
        found.append(box)
    return found


def _lists_sections(listing: Element) -> bool:
    """Are the list's words all its links, each to a place of the page (not footnotes, whose
    notes say more than their links)?"""
    links = list(listing.iter("a"))
    if len(links) < 2 or not all(_to_a_place_here(link.get("href") or "") for link in links):
        return False
    linked = sum(len(text_content(link).strip()) for link in links)
    return len(text_content(listing).strip()) - linked <= _MAX_TOC_NUMBERING * len(links)


def _to_a_place_here(href: str) -> bool:
    return len(href) > 1 and href.startswith("#")


def _pager(block: Element, root: Element) -> bool:
    """A pager says nothing but page numbers and where to turn."""
    if block is root:
        return False
    return vn.reads_as_pager(text_of(block) or "")


def _with_brackets(link: Element) -> Element:
    """The link with the box around it when that box adds only brackets (MediaWiki's `<span
    class="mw-editsection">[<a>sửa</a>]</span>` after a section's heading)."""
    box = link.getparent()
    if box is None or box.tag in BLOCK_TAGS:
        return link
    rest = text_of(box) or ""
    # (All its editor's links: MediaWiki's `[sửa | sửa mã nguồn]`, the visual and the source.)
    for editor in box.iter("a"):
        if to_an_editor(editor.get("href") or ""):
            rest = rest.replace(text_of(editor) or "", "", 1)
    return box if not rest.strip(" []|()") else link


def _in_page_mark(link: Element) -> Element | None:
    """A link to a place of the page whose text is a mark or a footnote's number; the number's
    `<sup>` goes with it, so that no digit is glued to the word before (`quốc gia1.`)."""
    text = (text_of(link) or "").strip("[]")
    if text in PLACE_MARKS:
        return link
    if text.isdigit() and len(text) <= 3:
        parent = link.getparent()
        if parent is not None and parent.tag == "sup":
            return parent
        if link.find("sup") is not None or to_a_note(link.get("href") or ""):
            return link  # (Substack's `<a class="footnote-anchor" href="#footnote-1">1</a>`)
    return None


def _sign_up_prompts(root: Element) -> list[Element]:
    """The box inside the text that asks the reader to subscribe or sign in before reading on
    (a paywall's prompt, its offer and its list of benefits): the largest short box around
    two calls or more (`Đăng ký ngay`, `Đăng nhập`). The text the server sent stays."""
    calls = [  # (the words as the element holds them: a call is never split by markup)
        el for el in root.iter("a", "button") if el.text and vn.calls_to_sign_up(el.text)
    ]
    if len(calls) < 2:
        return []
    found: list[Element] = []
    for call in calls:
        box: Element | None = None
        for el in call.iterancestors():
            if el is root or len(text_of(el) or "") > _MAX_PROMPT_CHARS:
                break
            box = el
        if box is not None and box not in found and sum(1 for c in calls if contains(box, c)) >= 2:
            found.append(box)
    return found


def _live_quotes(root: Element) -> list[Element]:
    """Inline boxes holding only a live market quote (a price, its arrow and change)."""
    # (The text read in one call into libxml2 first: the XPath testing each text node costs
    # eight times as much, and most pages have no arrow.)
    text = text_content(root)
    if not any(arrow in text for arrow in _QUOTE_ARROWS):
        return []
    return [
        el
        for el in cast(list[Element], _WITH_ARROW(root))
        if el.tag not in BLOCK_TAGS and _LIVE_QUOTE.fullmatch((text_of(el) or "").strip())
    ]
