"""A photo carousel saved after its script ran: each picture once, and none of its machinery.

Loop mode clones slides at both ends; arrows, counters, dots and a strip of thumbnails are
navigation. One row per carousel library that Vietnamese news templates use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newscrawl import extract_article

_TEXT = "<p>" + "Lễ hội thu hút hàng nghìn du khách về dự trong những ngày đầu xuân. " * 3 + "</p>"


def _slide(n: int, slide_class: str) -> str:
    return (
        f'<div class="{slide_class}"><img src="/anh/{n}.jpg">'
        f'<div class="caption">Quang cảnh lễ hội, ảnh số {n}.</div></div>'
    )


def _swiper() -> str:
    slides = "".join(_slide(n, "swiper-slide") for n in (1, 2, 3))
    return (
        '<div class="swiper"><div class="swiper-wrapper">'
        f"{_slide(3, 'swiper-slide swiper-slide-duplicate')}{slides}"
        f"{_slide(1, 'swiper-slide swiper-slide-duplicate')}</div>"
        '<div class="swiper-button-prev" role="button">‹</div>'
        '<div class="swiper-button-next" role="button">›</div>'
        '<div class="swiper-pagination swiper-pagination-fraction">1 / 3</div></div>'
        '<div class="gallery-thumbs">'
        + "".join(f'<img src="/anh/{n}_thumb.jpg">' for n in (1, 2, 3))
        + "</div>"
    )


def _slick() -> str:
    slides = "".join(_slide(n, "slick-slide") for n in (1, 2, 3))
    return (
        '<div class="slider slick-initialized"><button class="slick-prev slick-arrow">Trước'
        '</button><div class="slick-list"><div class="slick-track">'
        f"{_slide(3, 'slick-slide slick-cloned')}{slides}{_slide(1, 'slick-slide slick-cloned')}"
        '</div></div><button class="slick-next slick-arrow">Sau</button>'
        '<ul class="slick-dots"><li><button>1</button></li><li><button>2</button></li>'
        "<li><button>3</button></li></ul></div>"
    )


def _owl() -> str:
    slides = "".join(_slide(n, "owl-item") for n in (1, 2, 3))
    return (
        '<div class="owl-carousel owl-loaded"><div class="owl-stage-outer"><div class="owl-stage">'
        f"{_slide(2, 'owl-item cloned')}{_slide(3, 'owl-item cloned')}{slides}"
        f"{_slide(1, 'owl-item cloned')}{_slide(2, 'owl-item cloned')}</div></div>"
        '<div class="owl-nav"><span class="owl-prev">‹ Ảnh trước</span>'
        '<span class="owl-next">Ảnh sau ›</span></div>'
        '<div class="owl-dots"><span class="owl-dot">1</span><span class="owl-dot">2</span></div>'
        "</div>"
    )


def _splide() -> str:
    slides = "".join(_slide(n, "splide__slide") for n in (1, 2, 3))
    return (
        '<div class="splide"><div class="splide__track"><ul class="splide__list">'
        f"{_slide(3, 'splide__slide splide__slide--clone')}{slides}"
        f"{_slide(1, 'splide__slide splide__slide--clone')}</ul></div></div>"
    )


@pytest.mark.parametrize("carousel", [_swiper, _slick, _owl, _splide], ids=lambda f: f.__name__)
def test_each_picture_once_and_no_controls(carousel: Callable[[], str]) -> None:
    html = (
        "<html><body><div class=menu><a href=/>Trang chủ</a></div><div class=detail>"
        "<h1>Khai mạc lễ hội xuân năm 2024</h1><div class=time>Thứ Hai, 18/03/2024 16:30</div>"
        f"<div class=content>{_TEXT}{carousel()}{_TEXT}</div></div></body></html>"
    )
    article = extract_article(html, "https://baotinh.vn/van-hoa/le-hoi-88412.html")
    assert [image["url"] for image in article["images"]] == [
        f"https://baotinh.vn/anh/{n}.jpg" for n in (1, 2, 3)
    ]
    assert [image["caption"] for image in article["images"]] == [
        f"Quang cảnh lễ hội, ảnh số {n}." for n in (1, 2, 3)
    ]
    assert article["body"].split("\n\n") == [_TEXT[3:-4].strip()] * 2
