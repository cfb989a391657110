"""The structured layer: what a page declares about itself in JSON-LD, `<meta>`, `<link>`, `<time>`.

Values are kept as the page writes them (the raw strings the export keeps beside the parsed
ones); choosing between them and the visible text is `article.py`'s job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from newscrawl import vn
from newscrawl.pages.dom import Element, itertext, rel_values

# JSON-LD types that describe the article itself (a WebPage may be a listing, so it is not one).
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
     # schema.org's other Articles a forum or a social page declares (XenForo's thread)
     "socialmediaposting", "discussionforumposting"}
)  # fmt: skip
# An `interactionStatistic` counting views (a video's are watches).
_VIEW_ACTIONS = frozenset({"viewaction", "watchaction"})
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization"})
_BREADCRUMB_TYPE = "breadcrumblist"
_HEAD_TAGS = ("meta", "link", "title", "script", "time", "abbr")
_MAX_JSON_LD_CHARS = 1_000_000
# The attributes naming a `<meta>`, and the prefix its key takes in the lookup.
_META_KEYS = {"property": "", "name": "", "itemprop": "itemprop:"}
# schema.org's first `interactionCount`, a count typed by a prefix: Joomla marks its article's
# hits `UserPageVisits:356` (other types count comments or likes).
_PAGE_VISITS = re.compile(r"userpagevisits\s*:\s*(\d[\d.,]*)", re.IGNORECASE)


@dataclass(slots=True)
class Metadata:
    headline: str | None = None  # JSON-LD headline
    og_title: str | None = None  # og:title, else twitter:title
    doc_title: str | None = None  # <title>
    ld_published: str | None = None
    ld_modified: str | None = None
    meta_published: str | None = None  # article:published_time, itemprop datePublished
    meta_modified: str | None = None
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
    # Filtering by tag name happens inside lxml: only these few elements become Python objects.
    for el in root.iter(*_HEAD_TAGS):
        tag = el.tag
        if tag == "meta":
            _read_meta(el, named)
        elif tag == "link":
            _read_link(el, meta)
        elif tag == "title":
            meta.doc_title = meta.doc_title or vn.clean_text("".join(itertext(el))) or None
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json":
                _read_json_ld(el.text or "", meta)
        elif tag == "abbr":
            _read_abbr(el, named)
        elif el.get("datetime"):
            meta.times.append(el)
            meta.microdata = meta.microdata or el.get("itemprop") is not None
    meta.microdata = meta.microdata or any(key.startswith("itemprop:") for key in named)
    _apply_named(named, meta)
    return meta


def _read_meta(el: Element, named: dict[str, str]) -> None:
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
            named.setdefault(key, content)


def _read_abbr(el: Element, named: dict[str, str]) -> None:
    """hAtom's `<abbr class="published" title="2024-11-21T08:30:00+07:00">08:30</abbr>` (Blogger,
    old WordPress themes): the machine-readable time is the title; what shows is a fragment."""
    value = (el.get("title") or "").strip()
    if not value[:1].isdigit():
        return
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


def _apply_named(named: dict[str, str], meta: Metadata) -> None:
    meta.zoneless_utc = named.get("generator", "").lower().startswith("odoo")
    visits = _PAGE_VISITS.fullmatch(named.get("itemprop:interactioncount", ""))
    meta.md_views = visits.group(1) if visits else None
    title = named.get("og:title") or named.get("twitter:title")
    meta.og_title = vn.clean_text(title) if title else None
    meta.og_url = named.get("og:url")
    meta.meta_published = (
        named.get("article:published_time")
        or named.get("itemprop:datepublished")
        or named.get("datepublished")
        or named.get("hatom:published")
    )
    meta.meta_modified = (
        named.get("article:modified_time")
        or named.get("itemprop:datemodified")
        or named.get("datemodified")
        or named.get("hatom:updated")
    )
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        if named.get(key):
            meta.site_names.append(vn.clean_text(named[key]))
    author = named.get("author") or named.get("article:author")
    if not meta.authors and author and not author.startswith(("http:", "https:", "/")):
        meta.authors = [vn.clean_text(author)]


# -- JSON-LD -----------------------------------------------------------------------------------


def _read_json_ld(text: str, meta: Metadata) -> None:
    if not text.strip() or len(text) > _MAX_JSON_LD_CHARS:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    objects = list(_objects(data, 0))
    for obj in objects:
        types = _types(obj)
        if types & _ARTICLE_TYPES and not meta.ld_article:
            meta.ld_article = True
            meta.discussion = "discussionforumposting" in types
            _read_article(obj, meta, _by_id(objects))
        elif types & _SITE_TYPES and isinstance(obj.get("name"), str):
            meta.site_names.append(vn.clean_text(obj["name"]))
        elif _BREADCRUMB_TYPE in types and not meta.breadcrumb:
            meta.breadcrumb = _crumbs(obj.get("itemListElement"))


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object at the top level, in a list, or in an `@graph`."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _by_id(objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The graph's nodes by `@id`: Yoast and Rank Math give an article's author as a reference
    (`{"@id": ".../#/schema/person/8c1f"}`) to a `Person` node elsewhere in the graph."""
    return {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    return {str(t).lower() for t in (value if isinstance(value, list) else [value])}


def _read_article(obj: dict[str, Any], meta: Metadata, nodes: dict[str, dict[str, Any]]) -> None:
    headline = obj.get("headline")
    if isinstance(headline, str) and headline.strip():
        meta.headline = vn.clean_text(headline)
    for key, attr in (("datePublished", "ld_published"), ("dateModified", "ld_modified")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            setattr(meta, attr, value.strip())
    authors = [vn.clean_text(n) for n in _names(obj.get("author"), 0, nodes)]
    if any(authors):
        meta.authors = [a for a in authors if a]
    publisher = obj.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        meta.site_names.append(vn.clean_text(publisher["name"]))
    body = obj.get("articleBody")
    if isinstance(body, str) and body.strip():
        meta.ld_body = body
    meta.ld_images = list(_image_urls(obj.get("image"), nodes))
    meta.ld_views = _views(obj.get("interactionStatistic"))


def _views(value: Any) -> str | None:
    """The count of a `ViewAction` among the statistics (`{"interactionType": {"@type":
    "ViewAction"}, "userInteractionCount": 1532}`, or the type as a URL or a name)."""
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, dict):
            continue
        kind = item.get("interactionType")
        name = kind.get("@type") if isinstance(kind, dict) else kind
        count = item.get("userInteractionCount")
        if not isinstance(name, str) or isinstance(count, bool):
            continue
        if name.rsplit("/", 1)[-1].lower() in _VIEW_ACTIONS and isinstance(count, (int, str)):
            return str(count).strip() or None
    return None


def _image_urls(value: Any, nodes: dict[str, dict[str, Any]]) -> Iterator[str]:
    """An `image` as URLs: a URL, an `ImageObject` (its `url` or `contentUrl`, or an `@id`
    reference to one in the graph), or a list of them."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and not item.get("url") and isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
        url = item.get("url") or item.get("contentUrl") if isinstance(item, dict) else item
        if isinstance(url, str) and url.startswith(("http:", "https:", "/")):
            yield url


def _crumbs(items: Any) -> list[tuple[str, str | None]]:
    """A BreadcrumbList's items as (name, URL), ordered by their `position` where all have one.
    An item names its page itself or through its `item` object (`{"@id": ..., "name": ...}`)."""
    if not isinstance(items, list):
        return []
    entries = [entry for entry in items if isinstance(entry, dict)]
    if all(isinstance(entry.get("position"), int) for entry in entries):
        entries.sort(key=lambda entry: int(entry["position"]))
    crumbs: list[tuple[str, str | None]] = []
    for entry in entries:
        item = entry.get("item")
        page = item if isinstance(item, dict) else {}
        name = entry.get("name") or page.get("name")
        url = item if isinstance(item, str) else page.get("@id") or page.get("url")
        cleaned = vn.clean_text(name) if isinstance(name, str) else ""
        if cleaned:
            crumbs.append((cleaned, url if isinstance(url, str) else None))
    return crumbs


def _names(value: Any, depth: int, nodes: dict[str, dict[str, Any]]) -> Iterator[str]:
    if depth > 3:
        return
    if isinstance(value, str) and value.strip() and not value.startswith(("http:", "https:")):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _names(item, depth + 1, nodes)
    elif isinstance(value, dict):
        if not isinstance(value.get("name"), str) and isinstance(value.get("@id"), str):
            value = nodes.get(value["@id"], value)
        if isinstance(value.get("name"), str) and not _types(value) & _SITE_TYPES:
            yield value["name"]  # (an `Organization` writes nothing: it is no person)
