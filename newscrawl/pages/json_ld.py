"""The JSON-LD a page declares: its article object (also inside `@graph`, its author given by
`@id`), the site's names, the breadcrumb. Values kept as written, into `metadata.Metadata`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newscrawl import vn

if TYPE_CHECKING:
    from newscrawl.pages.metadata import Metadata

# JSON-LD types that describe the article itself (a WebPage may be a listing, so it is not one).
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
     # schema.org's other Articles a forum or a social page declares (XenForo's thread)
     "socialmediaposting", "discussionforumposting",
     # and a guide's, a report's, a journal's; a hospital's guide is a `MedicalWebPage`
     "techarticle", "report", "scholarlyarticle", "medicalscholarlyarticle", "medicalwebpage",
     # a broadcaster's episode page: the episode is the page's item
     "podcastepisode"}
)  # fmt: skip
# An `interactionStatistic` counting views (a video's are watches).
_VIEW_ACTIONS = frozenset({"viewaction", "watchaction"})
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization"})
_BREADCRUMB_TYPE = "breadcrumblist"
_MAX_JSON_LD_CHARS = 1_000_000


def read_json_ld(text: str, meta: Metadata) -> None:
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
