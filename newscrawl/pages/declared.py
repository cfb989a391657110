"""The article as the page's structured metadata declares it, for a page that shows none of it:
a site rendered in the browser sends a shell (a menu, a loading skeleton, a footer) whose
JSON-LD holds the whole text (`articleBody`) and the pictures (`image`). Read as what the
reader would see once the page has run, never in place of text the page shows.
"""

from __future__ import annotations

import re

from newscrawl import vn
from newscrawl.pages.content import read_content
from newscrawl.pages.dom import body_of, parse_html

_BLANK_LINE = re.compile(r"\n\s*\n")
_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|ul|ol|li|figure|img|strong|em)\b", re.IGNORECASE)


def declared_paragraphs(article_body: str) -> list[str]:
    """`articleBody` as paragraphs: its blank-line breaks (a single line break inside a
    paragraph is a space), or its markup's paragraphs where a CMS wrote it as HTML."""
    if _MARKUP.search(article_body):
        return read_content(
            body_of(parse_html(f"<html><body>{article_body}</body></html>"))
        ).paragraphs
    paragraphs = (vn.clean_text(part) for part in _BLANK_LINE.split(article_body))
    return [paragraph for paragraph in paragraphs if paragraph]
