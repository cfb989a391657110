"""Article templates: the newer layout and the older one (docs/replica.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newscrawl.replica.chrome import Chrome, page
from newscrawl.replica.model import (
    Article,
    Block,
    Image,
    MediaLine,
    Paragraph,
    RawHtml,
    Section,
    Spacer,
)
from newscrawl.replica.text import attr, detail_time, editor_text, esc, views_text


@dataclass(frozen=True, slots=True)
class RelatedLink:
    href: str
    title: str
    when: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What an article page needs beyond the article itself, resolved by the site plan."""

    article: Article
    section: Section
    canonical: str
    image_urls: tuple[str, ...]
    related: tuple[RelatedLink, ...]
    tag_hrefs: tuple[str, ...]


def _caption(image: Image) -> str | None:
    if image.credit is None:
        return image.caption
    return f"{image.caption} Ảnh: {image.credit}" if image.caption else f"Ảnh: {image.credit}"


def _blocks(view: ArticleView, new: bool) -> list[str]:
    article = view.article

    def enc(text: str) -> str:
        return editor_text(text, entities=article.entities, nfd=article.nfd)

    urls = iter(view.image_urls)
    lines: list[str] = []
    block: Block
    for block in article.body:
        if isinstance(block, Paragraph):
            lines.append(f"<p>{enc(block.text)}</p>")
        elif isinstance(block, Spacer):
            lines.append("<p>&nbsp;</p>")
        elif isinstance(block, RawHtml):
            lines.append(block.html)
        elif isinstance(block, MediaLine):
            lines.append(f'<div class="media-line">{enc(block.text)}</div>')
        else:
            src, caption = attr(next(urls)), _caption(block)
            if new:
                lines.append('<table class="image" align="center">')
                lines.append(f'<tr><td><img src="{src}" alt=""></td></tr>')
                if caption is not None:
                    lines.append(f'<tr><td class="image_desc">{enc(caption)}</td></tr>')
                lines.append("</table>")
            else:
                tail = "" if caption is None else f"<br><em>{enc(caption)}</em>"
                lines.append(f'<p style="text-align: center;"><img src="{src}" alt="">{tail}</p>')
    if article.byline is not None:
        first, *rest = article.byline.lines
        if new:
            lines.append(f'<p style="text-align: right;"><strong>{enc(first)}</strong></p>')
            lines += [f'<p style="text-align: right;"><em>{enc(line)}</em></p>' for line in rest]
        else:
            lines += [f'<p align="right"><b>{enc(line)}</b></p>' for line in (first, *rest)]
    return lines


def _breadcrumb(section: Section) -> str:
    return (
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> » '
        f'<a href="{attr(section.path)}">{esc(section.name)}</a></div>'
    )


def _related(links: Sequence[RelatedLink]) -> list[str]:
    if not links:
        return []
    lines = ['<div class="box-related"><div class="box-title">Tin cùng chuyên mục</div>', "<ul>"]
    for link in links:
        lines.append(
            f'<li><a href="{attr(link.href)}">{esc(link.title)}</a> '
            f'<span class="time">{esc(link.when)}</span></li>'
        )
    lines += ["</ul></div>"]
    return lines


def _head(view: ArticleView, site_name: str) -> list[str]:
    article = view.article
    head = [
        f'<link rel="canonical" href="{attr(view.canonical)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{attr(site_name)}">',
        f'<meta property="og:title" content="{attr(article.title)}">',
        f'<meta property="og:url" content="{attr(view.canonical)}">',
    ]
    if article.lead is not None:
        head.insert(0, f'<meta name="description" content="{attr(article.lead)}">')
        head.append(f'<meta property="og:description" content="{attr(article.lead)}">')
    if view.image_urls:
        head.append(f'<meta property="og:image" content="{attr(view.image_urls[0])}">')
    return head


def _new_main(view: ArticleView) -> list[str]:
    article = view.article
    assert article.views is not None, article.id
    when = detail_time(article.published, article.printed_weekday)
    main = [
        _breadcrumb(view.section),
        '<div class="detail">',
        f'  <h1 class="detail-title">{esc(article.title)}</h1>',
        f'  <div class="detail-info"><span class="detail-time">{esc(when)}</span>',
        f'    <span class="detail-view">{esc(views_text(article.views))}</span></div>',
    ]
    if article.lead is not None:
        main.append(f'  <div class="detail-sapo">{esc(article.lead)}</div>')
    main += ['  <div class="detail-content">', *_blocks(view, new=True), "  </div>"]
    if article.tags:
        tags = ", ".join(
            f'<a href="{attr(href)}">{esc(tag)}</a>'
            for tag, href in zip(article.tags, view.tag_hrefs, strict=True)
        )
        main.append(f'  <div class="detail-tags"><span>Từ khóa:</span> {tags}</div>')
    main += ['  <div class="detail-share">Chia sẻ: Facebook | Zalo | In bài</div>', "</div>"]
    return main + _related(view.related)


def _old_main(view: ArticleView) -> list[str]:
    return [
        _breadcrumb(view.section),
        '<div class="news-detail">',
        f'  <h2 class="news-detail-title">{esc(view.article.title)}</h2>',
        '  <div class="news-detail-body">',
        *_blocks(view, new=False),
        "  </div>",
        "</div>",
        *_related(view.related),
    ]


def render_article(chrome: Chrome, view: ArticleView) -> str:
    article = view.article
    title = f"{article.title} - {chrome.site_name}"
    if article.layout == "old":
        return page(chrome, title=title, main=_old_main(view), clock=None, active=view.section.path)
    return page(
        chrome,
        title=title,
        main=_new_main(view),
        clock=article.page_time,
        head=_head(view, chrome.site_name),
        active=view.section.path,
    )
