"""What a faithful crawl of the replica must export, and how the replica links its articles.

Computed from the content model only (the truth), never by parsing the rendered HTML or by
calling the crawler's own parsers: the end-to-end test compares the two readings.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from newscrawl.items import SCHEMA_VERSION
from newscrawl.replica.model import Article, Image, Paragraph, RawHtml
from newscrawl.replica.plan import SitePlan, archive_path, month_start
from newscrawl.replica.text import clean, detail_time, iso, views_text, weekday


def _paragraphs(article: Article) -> list[str]:
    texts: list[str | None] = []
    for block in article.body:
        if isinstance(block, Paragraph | RawHtml):
            texts.append(block.text)
    return [clean(text) for text in texts if text is not None]


def _image(url: str, image: Image) -> dict[str, Any]:
    caption = clean(image.caption) if image.caption else None
    return {"url": url, "caption": caption, "credit": image.credit}


def warnings(article: Article) -> list[str]:
    codes = set()
    printed = article.printed_weekday
    if article.layout == "new" and printed and printed != weekday(article.day):
        codes.add("weekday_mismatch")
    if article.id_outlier:
        codes.add("id_date_mismatch")
    return sorted(codes)


def expected_article(plan: SitePlan, article: Article) -> dict[str, Any]:
    """One exported article without the crawl-time fields (`url`, `fetched_at`, `warc`)."""
    new = article.layout == "new"
    canonical = plan.canonical_url(article)
    byline = article.byline
    page_time = article.page_time if new else None
    views = article.views if new else None
    return {
        "canonical_url": canonical,
        "site": plan.site.host,
        "article_id": str(article.id),
        "category": clean(plan.section_of(article).name),
        "title": clean(article.title),
        "lead": clean(article.lead) if new and article.lead else None,
        "body": "\n\n".join(_paragraphs(article)),
        "published_at": iso(article.published) if new else None,
        "published_at_raw": detail_time(article.published, article.printed_weekday)
        if new
        else None,
        "modified_at": None,
        "modified_at_raw": None,
        "authors": list(byline.authors) if byline else [],
        "source": byline.source if byline else None,
        "byline_raw": "\n".join(clean(line) for line in byline.lines) if byline else None,
        "view_count": views,
        "view_count_raw": views_text(views) if views is not None else None,
        "view_count_observed_at": iso(page_time) if page_time and views is not None else None,
        "images": [
            _image(url, image)
            for url, image in zip(plan.image_urls(article), article.images(), strict=True)
        ],
        "tags": [clean(tag) for tag in article.tags] if new else [],
        "related": [
            {"url": urljoin(canonical, plan.href(r)), "title": clean(r.title)}
            for r in plan.related(article)
        ],
        "warnings": warnings(article),
        "schema_version": SCHEMA_VERSION,
    }


def expected_articles(plan: SitePlan) -> list[dict[str, Any]]:
    return [expected_article(plan, a) for a in sorted(plan.content.articles, key=lambda a: a.id)]


def _article_facts(plan: SitePlan, article: Article) -> dict[str, Any]:
    hrefs = [plan.href(article), *article.links.values()]
    paths = list(dict.fromkeys(href for href in hrefs if href.startswith("/")))
    return {
        "paths": paths,
        "absolute_links": sorted({href for href in hrefs if not href.startswith("/")}),
        "file": article.file,
        "layout": article.layout,
        "archive_only": article.archive_only,
        "section": article.section,
        "category": plan.section_of(article).name,
        "date": article.day.isoformat(),
        "published": iso(article.published),
        "canonical_url": plan.canonical_url(article),
        "note": article.note,
    }


def manifest(plan: SitePlan) -> dict[str, Any]:
    site = plan.site
    articles = sorted(plan.content.articles, key=lambda a: a.id)
    sections: list[dict[str, Any]] = [
        {
            "id": s.id,
            "name": s.name,
            "paths": [s.page_path(n) for n in range(1, plan.section_pages(s) + 1)],
            "articles": [str(a.id) for a in plan.in_section[s.id]],
        }
        for s in plan.content.sections
    ]
    archive = [archive_path(day, n) for day, n in plan.archive_pages()]
    days = plan.archive_days()
    absolute = sorted({h for a in articles for h in a.links.values() if not h.startswith("/")})
    tag_links = {plan.tag_href(tag) for a in articles if a.layout == "new" for tag in a.tags}
    footer = [link.href for link in site.footer_links]
    disallowed = tag_links | {h for h in footer if h.startswith(site.disallow)}
    section_paths = [p for s in sections for p in s["paths"]]
    return {
        "site": site.host,
        "base_url": site.base_url,
        "years": [site.first_year, site.last_year],
        "page_size": site.page_size,
        "home": {"path": "/", "articles": [str(a.id) for a in plan.listed[: site.home_size]]},
        "robots_disallow": list(site.disallow),
        "sections": sections,
        "section_paths": section_paths,
        "archive_day_paths": archive,
        "archive_days_with_articles": [d.isoformat() for d in sorted(plan.on_day)],
        "archive_out_of_range": [
            archive_path(month_start(days[0], -1)),
            archive_path(month_start(days[-1], 1)),
        ],
        "host_variant_links": [h for h in absolute if urlsplit(h).hostname != site.host],
        "canonical_alias_links": sorted(
            plan.printed_canonical(a) for a in articles if a.canonical_host
        ),
        "robots_disallowed_links": sorted(disallowed),
        "external_links": sorted(h for h in footer if urlsplit(h).hostname),
        "media_host": site.media_host,
        "counts": {
            "articles": len(articles),
            "new_layout": sum(a.layout == "new" for a in articles),
            "old_layout": sum(a.layout == "old" for a in articles),
            "archive_only": sum(a.archive_only for a in articles),
            "section_pages": len(section_paths),
            "archive_pages": len(archive),
            "files": 2 + len(section_paths) + len(articles) + len(archive),
        },
        "articles": {str(a.id): _article_facts(plan, a) for a in articles},
    }
