"""What a page and its stylesheets load (pages/requisites.py): one row per way real templates
write it."""

from __future__ import annotations

import pytest

from newscrawl.pages.dom import parse_html
from newscrawl.pages.figures import image_src
from newscrawl.pages.requisites import (
    page_requisites,
    shown_pictures,
    srcset_addresses,
    stylesheet_references,
)

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


SRCSETS = [
    ("densities", "a.jpg 1x, b.jpg 2x", ["a.jpg", "b.jpg"]),
    ("widths, no space after the comma", "a.jpg 300w,b.jpg 600w", ["a.jpg", "b.jpg"]),
    ("one address, no descriptor", " /upload/a.jpg ", ["/upload/a.jpg"]),
    ("a comma inside an address", "/img/crop,w_300/a.jpg 1x, /img/crop,w_600/a.jpg 2x",
     ["/img/crop,w_300/a.jpg", "/img/crop,w_600/a.jpg"]),
    ("a comma ending an address ends its candidate", "a.jpg, b.jpg 2x", ["a.jpg", "b.jpg"]),
    ("empty", "", []),
]  # fmt: skip


@pytest.mark.parametrize(("case", "srcset", "expected"), SRCSETS, ids=[r[0] for r in SRCSETS])
def test_the_addresses_of_a_srcset(case: str, srcset: str, expected: list[str]) -> None:
    assert srcset_addresses(srcset) == expected


SHOWING = """<!DOCTYPE html><html><head><base href="https://baothaibinh.com.vn/"></head><body>
<div id="header"><a href="/"><img src="Content/images/logo.png" alt="Báo Thái Bình"></a></div>
<ul class="list-news">
 <li><img src="https://media.baothaibinh.com.vn/images/no-image.jpg"></li>
 <li><img class="lazy" src="data:image/gif;base64,R0lGOD" data-src="/upload/news/a_thumb.jpg"></li>
 <li><img data-original="/upload/news/b_thumb.jpg"></li>
 <li><img src="/upload/news/c.jpg" srcset="/upload/news/c.jpg 1x, /upload/news/c@2x.jpg 2x"></li>
 <li><picture><source type="image/webp" srcset="/upload/news/d.webp">
   <img src="/upload/news/d.jpg"></picture></li>
</ul>
<form><input type="IMAGE" src="/Content/images/search.gif"></form>
<img src="https://media.baothaibinh.com.vn/images/no-image.jpg#again">
<img alt="no address">
</body></html>"""


def test_every_picture_a_page_shows_in_page_order() -> None:
    page = parse_html(SHOWING)
    assert shown_pictures(page, "https://baothaibinh.com.vn/chuyen-muc/3/thoi-su") == [
        "https://baothaibinh.com.vn/Content/images/logo.png",
        "https://media.baothaibinh.com.vn/images/no-image.jpg",
        "https://baothaibinh.com.vn/upload/news/a_thumb.jpg",
        "https://baothaibinh.com.vn/upload/news/b_thumb.jpg",
        "https://baothaibinh.com.vn/upload/news/c.jpg",
        "https://baothaibinh.com.vn/upload/news/c@2x.jpg",
        "https://baothaibinh.com.vn/upload/news/d.webp",
        "https://baothaibinh.com.vn/upload/news/d.jpg",
        "https://baothaibinh.com.vn/Content/images/search.gif",
    ]


# The picture an `<img>` shows when it names none in `src` (a lazy loader's `srcset` alone): the
# largest candidate, as a wide screen would load it.
PICTURE_SHOWN = [
    ("src", '<img src="/a.jpg" srcset="/a-2x.jpg 2x">', "/a.jpg"),
    ("srcset by width", '<img srcset="/a-480.jpg 480w, /a-1024.jpg 1024w, /a-768.jpg 768w">',
     "/a-1024.jpg"),
    ("srcset by density", '<img srcset="/a.jpg, /a-2x.jpg 2x">', "/a-2x.jpg"),
    ("data-srcset", '<img src="data:image/gif;base64,R0lGOD" data-srcset="/a.jpg 1x">', "/a.jpg"),
    ("data-src before srcset", '<img data-src="/lazy.jpg" srcset="/a.jpg 1x">', "/lazy.jpg"),
    ("nothing", '<img alt="">', None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "img", "expected"), PICTURE_SHOWN, ids=[r[0] for r in PICTURE_SHOWN]
)
def test_the_picture_an_img_shows(case: str, img: str, expected: str | None) -> None:
    element = parse_html(f"<html><body>{img}</body></html>").find(".//img")
    assert element is not None
    assert image_src(element) == expected
