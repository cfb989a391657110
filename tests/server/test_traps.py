"""Site modifiers: the calendar trap and tracking-parameter links."""

from __future__ import annotations

import re

import pytest

from tests.server.client import get
from tests.server.conftest import ARTICLE, ARTICLE_PATH, Serve

ARCHIVE = "/xem-tin-theo-ngay"


def _links(body: bytes, css: str) -> list[str]:
    return re.findall(rf'<a class="{css}" href="([^"]+)"', body.decode("utf-8"))


@pytest.mark.parametrize("day", ["01-01-1900", "31-12-2099", "29-02-2024", "15-06-0001"])
def test_any_date_is_an_archive_page(serve: Serve, day: str) -> None:
    server, _ = serve("calendar-trap")
    reply = get(server, f"{ARCHIVE}/{day}")
    assert reply.status == 200
    d, m, y = day.split("-")
    assert f"Tin ngày {d}/{m}/{y}".encode() in reply.body
    assert b'<p class="empty">' in reply.body
    links = re.findall(rf'href="({ARCHIVE}/[^"]+)"', reply.body.decode())
    assert len(set(links)) >= 30  # every day of the month, and the neighbours


def test_without_the_trap_those_dates_do_not_exist(serve: Serve) -> None:
    server, _ = serve("503:path=^/nothing$")
    assert get(server, f"{ARCHIVE}/01-01-1900").status == 404


@pytest.mark.parametrize("day", ["30-02-2024", "00-01-2020", "01-13-2020"])
def test_impossible_dates_stay_missing(serve: Serve, day: str) -> None:
    server, _ = serve("calendar-trap")
    assert get(server, f"{ARCHIVE}/{day}").status == 404


def test_walking_next_day_never_ends(serve: Serve) -> None:
    server, _ = serve("calendar-trap")
    target, seen = f"{ARCHIVE}/30-12-2099", []
    for _ in range(5):
        reply = get(server, target)
        assert reply.status == 200
        target = _links(reply.body, "next-day")[0]
        seen.append(target)
    assert seen == [f"{ARCHIVE}/{d}" for d in ("31-12-2099", "01-01-2100", "02-01-2100")] + [
        f"{ARCHIVE}/03-01-2100",
        f"{ARCHIVE}/04-01-2100",
    ]


def test_real_archive_pages_get_the_trap_links(serve: Serve) -> None:
    server, _ = serve("calendar-trap")
    body = get(server, f"{ARCHIVE}/22-09-2022").body
    assert _links(body, "prev-day") == [f"{ARCHIVE}/21-09-2022"]
    assert _links(body, "next-year") == [f"{ARCHIVE}/22-09-2023"]
    assert ARTICLE_PATH.encode() in body  # the page's own content is still there
    assert body.index(b"archive-nav") > body.index(b"archive-title")


def test_tracking_variants_are_served_as_the_same_page(serve: Serve) -> None:
    server, injector = serve("tracking-links:share=1")
    listing = get(server, "/chuyen-muc/3/thoi-su").body.decode("utf-8")
    hrefs = re.findall(r'href="(/tin-tuc/[^"]+)"', listing)
    assert len(hrefs) == 20
    assert all(re.search(r"[?#]", href) for href in hrefs)
    kinds = {re.sub(r"fbclid=IwAR[0-9a-f]+", "fbclid=...", h.partition("/bai-")[2]) for h in hrefs}
    assert {k.partition("?")[2] or k.partition("#")[1] for k in kinds} >= {"ref=home", "#"}
    for href in hrefs[:6]:
        target = href.replace("&amp;", "&").partition("#")[0]  # fragments are never sent
        assert get(server, target).status == 404  # the tiny replica has no such articles
    article = get(server, f"{ARTICLE_PATH}?utm_source=facebook&fbclid=IwAR0abc")
    assert article.body == ARTICLE.encode("utf-8")
    assert injector.report()["injected"]["/chuyen-muc/3/thoi-su"] == ["tracking-links"]


def test_tracking_share_and_seed_decide_which_links(serve: Serve) -> None:
    def variants(seed: int) -> list[str]:
        server, _ = serve("tracking-links:share=0.5", seed=seed)
        body = get(server, "/chuyen-muc/3/thoi-su").body.decode("utf-8")
        return re.findall(r'href="(/tin-tuc/[^"]+)"', body)

    first, again, other = variants(1), variants(1), variants(2)
    assert first == again
    assert first != other
    changed = [h for h in first if re.search(r"[?#]", h)]
    assert 3 <= len(changed) <= 17
