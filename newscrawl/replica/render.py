"""Render every file of the static tree from a site plan, one page at a time.

A generator rather than a dict: a synthetic replica of many thousands of articles is
written out without holding it in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from newscrawl.replica.article_html import ArticleView, RelatedLink, render_article
from newscrawl.replica.chrome import Chrome, page
from newscrawl.replica.listing import ListItem, month_calendar, news_list, paging
from newscrawl.replica.model import Article, LinkPlace, Section
from newscrawl.replica.plan import SitePlan, archive_path, month_start, path_file
from newscrawl.replica.text import attr, esc, listing_time


def _items(plan: SitePlan, articles: Sequence[Article], place: LinkPlace | None) -> list[ListItem]:
    return [
        ListItem(
            href=plan.href(a, place),
            title=a.title,
            time=listing_time(a.published),
            sapo=plan.sapo(a),
            thumb=plan.thumb(a),
        )
        for a in articles
    ]


def robots(plan: SitePlan) -> str:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in plan.site.disallow), ""]
    return "\n".join(lines)


def home(plan: SitePlan, chrome: Chrome) -> str:
    latest = plan.listed[: plan.site.home_size]
    main = [
        '<div class="box-latest"><h2 class="box-title">Tin mới nhất</h2>',
        *news_list(_items(plan, latest, "home")),
        "</div>",
    ]
    title = f"{plan.site.name} - Tin tức tỉnh Thái Bình"
    return page(chrome, title=title, main=main, clock=plan.site.snapshot)


def section_page(plan: SitePlan, chrome: Chrome, section: Section, number: int) -> str:
    size = plan.site.page_size
    articles = plan.in_section[section.id][(number - 1) * size : number * size]
    main = [
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> » '
        f'<a href="{attr(section.path)}">{esc(section.name)}</a></div>',
        f'<h1 class="cat-title">{esc(section.name)}</h1>',
        *news_list(_items(plan, articles, None)),
        *paging(number, plan.section_pages(section), section.page_path),
    ]
    title = section.name if number == 1 else f"{section.name} - Trang {number}"
    return page(
        chrome,
        title=f"{title} - {plan.site.name}",
        main=main,
        clock=plan.site.snapshot,
        active=section.path,
    )


def archive_page(plan: SitePlan, chrome: Chrome, day: date, number: int) -> str:
    size = plan.site.page_size
    on_day = plan.on_day.get(day, [])
    linked = plan.days_with_articles(day.year, day.month)
    main = [
        f'<h1 class="archive-title">Tin ngày {day:%d/%m/%Y}</h1>',
        *month_calendar(day, linked, archive_path, month_start(day, -1), month_start(day, 1)),
    ]
    if on_day:
        main += news_list(_items(plan, on_day[(number - 1) * size : number * size], "archive"))
        pages = -(-len(on_day) // size)
        main += paging(number, pages, lambda n: archive_path(day, n))
    else:
        main.append('<p class="empty">Không có tin bài nào trong ngày này.</p>')
    title = f"Tin ngày {day:%d/%m/%Y}" + ("" if number == 1 else f" - Trang {number}")
    return page(chrome, title=f"{title} - {plan.site.name}", main=main, clock=plan.site.snapshot)


def article_view(plan: SitePlan, article: Article) -> ArticleView:
    return ArticleView(
        article=article,
        section=plan.section_of(article),
        canonical=plan.printed_canonical(article),
        image_urls=plan.image_urls(article),
        related=tuple(
            RelatedLink(href=plan.href(r), title=r.title, when=plan.related_when(r))
            for r in plan.related(article)
        ),
        tag_hrefs=tuple(plan.tag_href(tag) for tag in article.tags),
    )


def render_site(plan: SitePlan) -> Iterator[tuple[str, str]]:
    """(file path relative to the tree, text) for every file of the replica."""
    chrome = Chrome.of(plan.content)
    yield "robots.txt", robots(plan)
    yield "index.html", home(plan, chrome)
    for section in plan.content.sections:
        for number in range(1, plan.section_pages(section) + 1):
            yield path_file(section.page_path(number)), section_page(plan, chrome, section, number)
    for article in plan.newest:
        yield article.file, render_article(chrome, article_view(plan, article))
    for day, number in plan.archive_pages():
        yield path_file(archive_path(day, number)), archive_page(plan, chrome, day, number)
