"""Read the hand-written content (fixtures/portal-src) into the content model.

Strict on purpose: an unknown key or an impossible combination (a view count on an old-layout
page) is a typo in the truth, and every expected value downstream would silently be wrong.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from newscrawl.replica.model import (
    LINK_PLACES,
    VN_TZ,
    Article,
    Block,
    Byline,
    Content,
    FooterLink,
    Image,
    LinkPlace,
    MediaLine,
    Paragraph,
    RawHtml,
    Section,
    Site,
    Spacer,
)


class ContentError(ValueError):
    pass


class _Fields:
    """A JSON object read key by key; whatever is left unread is an error."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise ContentError(f"{where}: expected an object")
        self.data: dict[str, Any] = dict(data)
        self.where = where

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise ContentError(f"{self.where}: missing {key!r}")
            return default
        value = self.data.pop(key)
        if value is None and default is None:
            return None
        if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
            raise ContentError(f"{self.where}: {key!r} has the wrong type")
        return value

    def done(self) -> None:
        if self.data:
            raise ContentError(f"{self.where}: unknown keys {sorted(self.data)}")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=VN_TZ)


def _strings(values: list[Any], where: str) -> tuple[str, ...]:
    if not all(isinstance(v, str) for v in values):
        raise ContentError(f"{where}: expected strings")
    return tuple(values)


def _block(raw: object, where: str) -> Block:
    if isinstance(raw, str):
        return Paragraph(raw)
    fields = _Fields(raw, where)
    block: Block
    if "image" in fields.data:
        image = _Fields(fields.get("image", dict), where)
        block = Image(
            caption=image.get("caption", str, None),
            credit=image.get("credit", str, None),
            file=image.get("file", str, None),
        )
        image.done()
    elif "media" in fields.data:
        block = MediaLine(fields.get("media", str))
    elif "nbsp" in fields.data:
        fields.get("nbsp", bool)
        block = Spacer()
    else:
        block = RawHtml(html=fields.get("html", str), text=fields.get("text", str, None))
    fields.done()
    return block


def _byline(raw: object, where: str) -> Byline:
    fields = _Fields(raw, f"{where} byline")
    byline = Byline(
        lines=_strings(fields.get("lines", list), where),
        authors=_strings(fields.get("authors", list), where),
        source=fields.get("source", str, None),
    )
    fields.done()
    if not byline.lines:
        raise ContentError(f"{where}: a byline needs a line")
    return byline


def load_article(raw: object, where: str) -> Article:
    f = _Fields(raw, where)
    page_time = f.get("page_time", str, None)
    byline = f.get("byline", dict, None)
    related = f.get("related", list, None)
    links = f.get("links", dict, {})
    if not set(links) <= set(LINK_PLACES):
        raise ContentError(f"{where}: links only for {LINK_PLACES}")
    article = Article(
        id=f.get("id", int),
        section=f.get("section", int),
        slug=f.get("slug", str),
        title=f.get("title", str),
        layout=f.get("layout", str),
        published=_time(f.get("published", str)),
        page_time=_time(page_time) if page_time else None,
        views=f.get("views", int, None),
        lead=f.get("lead", str, None),
        body=tuple(_block(b, where) for b in f.get("body", list)),
        byline=_byline(byline, where) if byline is not None else None,
        tags=_strings(f.get("tags", list, []), where),
        entities=f.get("entities", bool, False),
        nfd=f.get("nfd", bool, False),
        archive_only=f.get("archive_only", bool, False),
        printed_weekday=f.get("printed_weekday", str, None),
        id_outlier=f.get("id_outlier", bool, False),
        canonical_host=f.get("canonical_host", str, None),
        links={cast(LinkPlace, k): str(v) for k, v in links.items()},
        related=tuple(int(i) for i in related) if related is not None else None,
        note=f.get("note", str, ""),
    )
    f.done()
    check_article(article, where)
    return article


def check_article(article: Article, where: str) -> None:
    """Combinations the templates and the expected values rely on."""
    problems: list[str] = []
    if article.layout == "new":
        if article.page_time is None or article.views is None:
            problems.append("a new-layout page shows a header clock and a view count")
        elif article.page_time <= article.published or article.page_time.second:
            problems.append("the header clock is a later time in whole minutes")
    elif article.layout == "old":
        extras = (article.page_time, article.views, article.lead, article.printed_weekday)
        if any(v is not None for v in extras) or article.tags or article.canonical_host:
            problems.append("an old-layout page has no clock, views, lead, tags or canonical")
        if article.links or any(isinstance(b, MediaLine) for b in article.body):
            # Its canonical URL is rebuilt from the link it was reached by: keep that unique.
            problems.append("an old-layout page is linked by its path only, without media")
    else:
        problems.append(f"unknown layout {article.layout!r}")
    if article.archive_only and "home" in article.links:
        problems.append("an archive-only article is not on the home page")
    for href in article.links.values():
        # A variant must still reach this article: the CMS serves by id whatever the rest.
        if not re.search(rf"^(https?://[^/]+)?/tin-tuc/(\d+/)?{article.id}/[^/]+$", href):
            problems.append(f"link {href!r} does not lead to article {article.id}")
    if not any(isinstance(b, Paragraph | RawHtml | Image) for b in article.body):
        problems.append("no body paragraph or picture")  # a photo story is its pictures
    for text in _texts(article):
        if text != unicodedata.normalize("NFC", text):
            problems.append(f"content is stored NFC (the renderer decomposes): {text[:30]!r}")
    if problems:
        raise ContentError(f"{where}: " + "; ".join(problems))


def _texts(article: Article) -> Iterator[str]:
    yield article.title
    if article.lead:
        yield article.lead
    for block in article.body:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Image) and block.caption:
            yield block.caption


def load_site(raw: object) -> Site:
    f = _Fields(raw, "site.json")
    first, last = f.get("years", list)
    links = [_Fields(link, "site.json footer_links") for link in f.get("footer_links", list)]
    site = Site(
        host=f.get("host", str),
        name=f.get("name", str),
        media_host=f.get("media_host", str),
        first_year=int(first),
        last_year=int(last),
        snapshot=_time(f.get("snapshot", str)),
        footer_lines=_strings(f.get("footer_lines", list), "site.json"),
        footer_links=tuple(FooterLink(lf.get("href", str), lf.get("text", str)) for lf in links),
        disallow=_strings(f.get("disallow", list), "site.json"),
        page_size=f.get("page_size", int, 6),
        home_size=f.get("home_size", int, 8),
        related_size=f.get("related_size", int, 5),
    )
    for lf in links:
        lf.done()
    f.done()
    return site


def load_content(content_dir: Path) -> Content:
    """site.json, sections.json and articles/*.json, in a stable order."""

    def read(path: Path) -> object:
        return json.loads(path.read_text(encoding="utf-8"))

    site = load_site(read(content_dir / "site.json"))
    sections = []
    for raw in cast(list[object], read(content_dir / "sections.json")):
        f = _Fields(raw, "sections.json")
        sections.append(Section(f.get("id", int), f.get("slug", str), f.get("name", str)))
        f.done()
    files = sorted((content_dir / "articles").glob("*.json"))
    articles = tuple(load_article(read(p), p.name) for p in files)
    content = Content(site=site, sections=tuple(sections), articles=articles)
    check_content(content)
    return content


def check_content(content: Content) -> None:
    ids = [a.id for a in content.articles]
    if len(set(ids)) != len(ids):
        raise ContentError("article ids are not unique")
    known = {s.id for s in content.sections}
    linkable = {a.id for a in content.articles if not a.archive_only}
    site = content.site
    for article in content.articles:
        if article.section not in known:
            raise ContentError(f"{article.id}: unknown section {article.section}")
        if not site.first_year <= article.published.year <= site.last_year:
            raise ContentError(f"{article.id}: outside the archive's years")
        if article.page_time and article.page_time > site.snapshot:
            raise ContentError(f"{article.id}: rendered after the replica's snapshot")
        if article.published > site.snapshot:
            raise ContentError(f"{article.id}: published after the replica's snapshot")
        for rid in article.related or ():
            if rid not in linkable or rid == article.id:
                raise ContentError(f"{article.id}: bad related id {rid}")
