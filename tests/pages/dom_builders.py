"""Small builders of pages and elements shared by the page layer's table tests."""

from __future__ import annotations

from newscrawl.pages.article import ArticlePage
from newscrawl.pages.dom import Element, parse_html

TEXT = "<p>" + "Nội dung bài viết về lễ hội truyền thống của địa phương. " * 3 + "</p>"


def body(html: str) -> Element:
    """The `body` element of a page holding `html`."""
    found = parse_html(f"<html><body>{html}</body></html>").find("body")
    assert found is not None
    return found


def headed_page(headline: str, header: str) -> ArticlePage:
    """A page of an `h1`, the header lines under it, then three paragraphs of text."""
    text = "<div class=body>" + TEXT * 3 + "</div>"
    html = f"<html><body><div><h1>{headline}</h1>{header}{text}</div></body></html>"
    return ArticlePage(html, "https://x.vn/a")


def builder_row(inner: str, classes: str, depth: int = 7) -> str:
    """A page builder's row: the box nested in a stack of wrappers, as Google Sites does."""
    return (
        "<section>"
        + "<div>" * depth
        + f"<div class='{classes}'>{inner}</div>"
        + "</div>" * depth
        + "</section>"
    )
