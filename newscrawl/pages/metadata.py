"""The structured layer: what a page declares about itself in JSON-LD, `<meta>`, `<link>`, `<time>`.

JSON-LD is read in `json_ld.py`. Values are kept as the page writes them (the raw strings the
export keeps beside the parsed ones); choosing between them and the visible text is
`article.py`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import Element, class_id, itertext, rel_values
from newscrawl.pages.json_ld import read_json_ld

_HEAD_TAGS = ("meta", "link", "title", "script", "time", "abbr")
# (The few elements with a `content` are looked at, inside lxml.) A reader's comment is typed
# as one (Drupal 7's `sioct:Comment`, 8's `schema:Comment`) and dates the comment, not the article.
_RDFA_DATES = etree.XPath(
    "//*[@content and @property]"
    "[not(ancestor::*[contains(translate(@typeof, 'C', 'c'), 'comment')])]"
)
_RDFA_KINDS = {
    "dc:date": "rdfa:published",
    "dc:created": "rdfa:published",
    "schema:datecreated": "rdfa:published",
    "schema:datepublished": "rdfa:published",
    "dc:modified": "rdfa:modified",
    "schema:datemodified": "rdfa:modified",
}
# Microdata's trail and its crumbs: each crumb's name and link, not a nested item's.
_MICRODATA_TRAIL = etree.XPath("//*[contains(@itemtype, 'BreadcrumbList')]")
_MICRODATA_ITEMS = etree.XPath(".//*[@itemprop = 'itemListElement']")
_ITEM_NAME = etree.XPath(".//*[@itemprop = 'name']")
_ITEM_LINK = etree.XPath(".//*[@itemprop = 'item'][@href or @content]")
_ITEM_POSITION = etree.XPath(".//*[@itemprop = 'position']/@content")
# The attributes naming a `<meta>`, and the prefix its key takes in the lookup.
_META_KEYS = {"property": "", "name": "", "itemprop": "itemprop:"}
# schema.org's first `interactionCount`, a count typed by a prefix: Joomla marks its article's
# hits `UserPageVisits:356` (other types count comments or likes).
# A box of readers' comments, or one of them (`#comments`, `div.comment#comment-412`, its
# `comment-header`), named by a whole class or id (a post's `comments-open` names none).
_COMMENT = re.compile(
    r"(?:^|\s)comments?(?:-(?:\d+|list|area|header|body|content|meta|item))?(?:\s|$)",
    re.IGNORECASE,
)
_PAGE_VISITS = re.compile(r"userpagevisits\s*:\s*(\d[\d.,]*)", re.IGNORECASE)
_FEED_TYPES = frozenset({"application/atom+xml", "application/rss+xml"})


@dataclass(slots=True)
class Metadata:
    headline: str | None = None  # JSON-LD headline
    og_title: str | None = None  # og:title, else twitter:title
    doc_title: str | None = None  # <title>
    og_type: str | None = None  # og:type, lower-cased: `article`, `website`
    ld_published: str | None = None
    ld_modified: str | None = None
    meta_published: str | None = None  # article:published_time, itemprop datePublished
    meta_modified: str | None = None
    # A journal's Highwire Press or Dublin Core date of issue (`citation_publication_date`,
    # `DC.Date.issued`): a day, which a visible line dates as well, with its time if any.
    issued: str | None = None
    authors: list[str] = field(default_factory=list)  # JSON-LD author, else <meta name=author>
    canonical_url: str | None = None
    og_url: str | None = None
    # Names the site goes by (og:site_name, JSON-LD publisher and WebSite), for telling the
    # site's name from the headline.
    site_names: list[str] = field(default_factory=list)
    # <time datetime> elements of the body, in page order; `article.py` keeps the one in the
    # article's header.
    times: list[Element] = field(default_factory=list)
    ld_article: bool = False  # the first JSON-LD article object has been read
    # The article is a forum's thread (JSON-LD `DiscussionForumPosting`): its posts, the first
    # too, may be named comments (Invision's `comment-18231_wrap`).
    discussion: bool = False
    # The page marks its article with microdata (a `<meta>` or `<time>` with `itemprop`): the
    # only pages where a shown `itemprop="description"` is looked for.
    microdata: bool = False
    # The first JSON-LD BreadcrumbList, in position order: (name, URL as written or None).
    breadcrumb: list[tuple[str, str | None]] = field(default_factory=list)
    # The article's text and pictures as JSON-LD declares them (`articleBody`, `image`): what a
    # page rendered in the browser shows, when the server sends only a shell.
    ld_body: str | None = None
    ld_images: list[str] = field(default_factory=list)
    # The views the article declares (`interactionStatistic` of a `ViewAction`), as written.
    ld_views: str | None = None
    # The views the microdata declares (`interactionCount` `UserPageVisits:356`): the count.
    md_views: str | None = None
    # `<meta name="generator">` names Odoo, which prints its structured times in UTC, zone-less.
    zoneless_utc: bool = False


def read_metadata(root: Element) -> Metadata:
    meta = Metadata()
    named: dict[str, str] = {}
    cited: list[str] = []  # (`citation_author`, one a person: the only key given many times)
    # Filtering by tag name happens inside lxml: only these few elements become Python objects.
    for el in root.iter(*_HEAD_TAGS):
        tag = el.tag
        if tag == "meta":
            _read_meta(el, named, cited)
        elif tag == "link":
            _read_link(el, meta)
        elif tag == "title":
            meta.doc_title = meta.doc_title or vn.clean_text("".join(itertext(el))) or None
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json":
                read_json_ld(el.text or "", meta)
        elif tag == "abbr":
            _read_abbr(el, named)
        elif el.get("datetime"):
            meta.times.append(el)
            meta.microdata = meta.microdata or el.get("itemprop") is not None
    meta.microdata = meta.microdata or any(key.startswith("itemprop:") for key in named)
    if "itemprop:position" in named:  # (the crumbs' positions: a list is declared, looked for)
        meta.breadcrumb = meta.breadcrumb or _microdata_crumbs(root)
    _read_rdfa_dates(root, named)
    _apply_named(named, meta, cited)
    return meta


def _microdata_crumbs(root: Element) -> list[tuple[str, str | None]]:
    """A `BreadcrumbList` declared in microdata (phpBB's prosilver, Joomla's and WordPress's
    themes): its items as (name, URL), by their `position` where all have one, as JSON-LD's."""
    trail = next(iter(cast(list[Element], _MICRODATA_TRAIL(root))), None)
    if trail is None:
        return []
    crumbs: list[tuple[str, str, str | None]] = []  # (position as written, name, URL)
    for item in cast(list[Element], _MICRODATA_ITEMS(trail)):
        named = next(iter(cast(list[Element], _ITEM_NAME(item))), item)
        name = vn.clean_text("".join(itertext(named)) or named.get("content") or "")
        link = next(iter(cast(list[Element], _ITEM_LINK(item))), None)
        href = (link.get("href") or link.get("content")) if link is not None else None
        position = next(iter(cast(list[str], _ITEM_POSITION(item))), "").strip()
        if name:
            crumbs.append((position, name, href))
    if all(position.isdigit() for position, _, _ in crumbs):
        crumbs.sort(key=lambda crumb: int(crumb[0]))
    return [(name, href) for _, name, href in crumbs]


def _read_rdfa_dates(root: Element, named: dict[str, str]) -> None:
    """RDFa's dates on a shown element (Drupal 7's `<span property="dc:date dc:created"
    content="2016-12-08T16:20:43+07:00">`, Drupal 9's `schema:dateCreated`): the seconds and
    the zone the shown line leaves out. Looked for only where the page declares RDFa's
    prefixes, as Drupal does on `<html>`: the search walks the whole tree."""
    if not _declares_rdfa(root):
        return
    for el in cast(list[Element], _RDFA_DATES(root)):
        if el.tag == "meta":
            continue  # (read as the head's other tags are)
        content = (el.get("content") or "").strip()
        for prop in (el.get("property") or "").lower().split():
            key = _RDFA_KINDS.get(prop)
            if key is not None and content[:1].isdigit():
                named.setdefault(key, content)


def _declares_rdfa(root: Element) -> bool:
    """`<html prefix="dc: … schema: …">` (Drupal 8 and later), or `version="XHTML+RDFa 1.0"`
    and `xmlns:dc` (Drupal 7)."""
    return (
        root.get("prefix") is not None
        or "RDFa" in (root.get("version") or "")
        or root.get("xmlns:dc") is not None
    )


def _read_meta(el: Element, named: dict[str, str], cited: list[str]) -> None:
    # One call for all the attributes: a `get` each costs more than the few a `<meta>` has.
    attributes = cast(list[tuple[str, str]], el.items())  # an HTML tree holds `str`
    content = ""
    keys: list[str] = []
    for attr, value in attributes:
        if attr == "content":
            content = value.strip()
        elif attr in _META_KEYS:
            key = value.strip().lower()
            if key:
                keys.append(_META_KEYS[attr] + key)
    if content:
        for key in keys:
            if key == "citation_author":
                cited.append(content)
            else:
                named.setdefault(key, content)


def _read_abbr(el: Element, named: dict[str, str]) -> None:
    """hAtom's `<abbr class="published" title="2024-11-21T08:30:00+07:00">08:30</abbr>` (Blogger,
    old WordPress themes): the machine-readable time is the title; what shows is a fragment."""
    value = (el.get("title") or "").strip()
    if not value[:1].isdigit() or any(_COMMENT.search(class_id(up)) for up in el.iterancestors()):
        return  # (a reader's comment's time: Movable Type's comment header marks it so too)
    prop = (el.get("itemprop") or "").strip().lower()
    classes = (el.get("class") or "").lower().split()
    if prop == "datepublished" or "published" in classes:
        named.setdefault("hatom:published", value)
    elif prop == "datemodified" or "updated" in classes:
        named.setdefault("hatom:updated", value)


def _read_link(el: Element, meta: Metadata) -> None:
    rels = rel_values(el)
    href = (el.get("href") or "").strip()
    if "canonical" in rels and href and meta.canonical_url is None:
        meta.canonical_url = href
    elif "alternate" in rels and (el.get("type") or "").strip().lower() in _FEED_TYPES:
        # (A site's feeds are named after it: a name the `<title>` may not give.)
        name = vn.site_name_of_feed(el.get("title") or "")
        if name and name not in meta.site_names:
            meta.site_names.append(name)


def _apply_named(named: dict[str, str], meta: Metadata, cited: list[str]) -> None:
    meta.zoneless_utc = named.get("generator", "").lower().startswith("odoo")
    visits = _PAGE_VISITS.fullmatch(named.get("itemprop:interactioncount", ""))
    meta.md_views = visits.group(1) if visits else None
    title = named.get("og:title") or named.get("twitter:title")
    meta.og_title = vn.clean_text(title) if title else None
    meta.og_url = named.get("og:url")
    meta.og_type = named.get("og:type", "").lower() or None
    meta.meta_published = _first(
        named,
        "article:published_time",
        "itemprop:datepublished",
        "datepublished",
        "hatom:published",
        "rdfa:published",
    )
    meta.issued = _first(named, "citation_publication_date", "citation_date", "dc.date.issued")
    meta.meta_modified = _first(
        named,
        "article:modified_time",
        "itemprop:datemodified",
        "datemodified",
        "hatom:updated",
        "rdfa:modified",
    )
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        if named.get(key):
            meta.site_names.append(vn.clean_text(named[key]))
    # A journal's Highwire Press tags name each of the paper's authors, where `author` often
    # names the journal.
    if not meta.authors and cited:
        meta.authors = [vn.clean_text(author) for author in cited]
    author = named.get("author") or named.get("article:author")
    if not meta.authors and author and not author.startswith(("http:", "https:", "/")):
        meta.authors = [vn.clean_text(author)]


def _first(named: dict[str, str], *keys: str) -> str | None:
    return next((named[key] for key in keys if named.get(key)), None)
