"""What a page and its stylesheets load (pages/requisites.py): one row per way real templates
write it."""

from __future__ import annotations

import pytest

from newscrawl.pages.dom import parse_html
from newscrawl.pages.requisites import page_requisites, stylesheet_references

CSS_URL = "https://baothaibinh.com.vn/Content/css/site.css?v=2019"

REFERENCES = [
    ("unquoted, up a folder", "#h{background:url(../images/bg.png)}",
     ["https://baothaibinh.com.vn/Content/images/bg.png"]),
    ("double quotes, spaces inside the parentheses", '#h{background:url( "/img/a.gif" )}',
     ["https://baothaibinh.com.vn/img/a.gif"]),
    ("single quotes, upper case", "#h{background:URL('b.png')}",
     ["https://baothaibinh.com.vn/Content/css/b.png"]),
    ("a font in two formats",
     "@font-face{src:url(f.woff2) format('woff2'),url(f.woff) format('woff')}",
     ["https://baothaibinh.com.vn/Content/css/f.woff2",
      "https://baothaibinh.com.vn/Content/css/f.woff"]),
    ("@import as a string", '@import "print.css" print;',
     ["https://baothaibinh.com.vn/Content/css/print.css"]),
    ("@import url()", "@import url(reset.css);", ["https://baothaibinh.com.vn/Content/css/reset.css"]),
    ("a font cache-busted and with a fragment", "src:url(f.svg?v=3#roboto)",
     ["https://baothaibinh.com.vn/Content/css/f.svg?v=3"]),
    ("on another host", "a{background:url(//cdn.example.com/x.png)}", ["https://cdn.example.com/x.png"]),
    ("a data: address is inside already", "a{background:url(data:image/png;base64,iVBO)}", []),
    ("commented out", "/* a{background:url(old.png)} */ b{color:red}", []),
    ("the same picture twice", "a{background:url(x.png)} b{background:url('x.png')}",
     ["https://baothaibinh.com.vn/Content/css/x.png"]),
    ("no reference", "body{font:13px Arial}", []),
]  # fmt: skip


@pytest.mark.parametrize(("case", "css", "expected"), REFERENCES, ids=[r[0] for r in REFERENCES])
def test_what_a_stylesheet_loads(case: str, css: str, expected: list[str]) -> None:
    assert stylesheet_references(css, CSS_URL) == expected


PAGE = """<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/Content/css/site.css?v=20190315">
<link rel="Stylesheet" type="text/css" href="Content/css/print.css" media="print">
<link rel="alternate stylesheet" href="/Content/css/contrast.css">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="preload" as="font" href="/Content/fonts/roboto.woff2" crossorigin>
<link rel="preload" as="image" href="/upload/hero.jpg">
<link rel="canonical" href="https://baothaibinh.com.vn/tin-tuc/3/1/a">
<link rel="alternate" type="application/rss+xml" href="/rss">
<link rel="stylesheet" href="/Content/css/site.css?v=20190315">
<script src="https://baothaibinh.com.vn/Scripts/jquery.min.js"></script>
<script>var inline = 1;</script>
</head><body><p>x</p><script src="/Scripts/site.js?v=2"></script></body></html>"""


def test_what_a_page_loads_to_be_shown() -> None:
    assert page_requisites(parse_html(PAGE), "https://baothaibinh.com.vn/tin-tuc/3/1/a") == [
        "https://baothaibinh.com.vn/Content/css/site.css?v=20190315",
        "https://baothaibinh.com.vn/tin-tuc/3/1/Content/css/print.css",
        "https://baothaibinh.com.vn/Content/css/contrast.css",
        "https://baothaibinh.com.vn/favicon.ico",
        "https://baothaibinh.com.vn/apple-touch-icon.png",
        "https://baothaibinh.com.vn/Content/fonts/roboto.woff2",
        "https://baothaibinh.com.vn/Scripts/jquery.min.js",
        "https://baothaibinh.com.vn/Scripts/site.js?v=2",
    ]


def test_relative_requisites_resolve_against_the_declared_base() -> None:
    page = '<html><head><base href="/"><link rel="stylesheet" href="css/a.css"></head></html>'
    assert page_requisites(parse_html(page), "https://baothaibinh.com.vn/tin-tuc/3/1/a") == [
        "https://baothaibinh.com.vn/css/a.css"
    ]
