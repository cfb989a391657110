"""Redirect faults: chains that end on the page, loops, and redirects off the replica."""

from __future__ import annotations

import pytest

from tests.server.client import get
from tests.server.conftest import ARTICLE, ARTICLE_PATH, Serve


def test_chain_of_hops_ends_on_the_real_page(serve: Serve) -> None:
    server, injector = serve("redirect-chain:hops=3:status=308")
    target, statuses = f"{ARTICLE_PATH}?ref=home", []
    for _ in range(10):
        reply = get(server, target)
        statuses.append(reply.status)
        if reply.status != 308:
            break
        location = reply.header("Location")
        assert location is not None
        target = location
    assert statuses == [308, 308, 308, 200]
    assert target == f"{ARTICLE_PATH}?ref=home&_hop=0"
    assert reply.body == ARTICLE.encode("utf-8")
    report = injector.report()
    # The hops are not attempts of the path: one attempt, one fault, three hop requests.
    assert report["attempts"] == {ARTICLE_PATH: 1}
    assert report["injected"] == {ARTICLE_PATH: ["redirect-chain"]}
    assert report["hops"] == {ARTICLE_PATH: 3}


def test_a_transient_chain_leaves_the_url_alone_afterwards(serve: Serve) -> None:
    server, _ = serve("redirect-chain:times=1:hops=1")
    assert get(server, ARTICLE_PATH).header("Location") == f"{ARTICLE_PATH}?_hop=0"
    assert get(server, ARTICLE_PATH).status == 200


def test_loop_cycles_for_ever(serve: Serve) -> None:
    server, _ = serve("redirect-loop:length=3")
    target, seen = ARTICLE_PATH, []
    for _ in range(8):
        reply = get(server, target)
        assert reply.status == 302
        location = reply.header("Location")
        assert location is not None
        seen.append(location.rpartition("=")[2])
        target = location
    assert seen == ["1", "2", "3", "1", "2", "3", "1", "2"]


@pytest.mark.parametrize(
    ("spec", "location"),
    [
        ("redirect-offsite", f"http://evil.example{ARTICLE_PATH}"),
        ("redirect-private", "http://10.0.0.1/"),
        ("redirect-private:to=http://192.168.1.1/", "http://192.168.1.1/"),
        ("redirect-link-local", "http://169.254.169.254/latest/meta-data/"),
        ("redirect-offsite:to=http://evil.example/{path}?from={port}", None),
    ],
)
def test_redirects_off_the_replica(serve: Serve, spec: str, location: str | None) -> None:
    server, _ = serve(spec)
    reply = get(server, ARTICLE_PATH)
    assert reply.status == 302
    port = server.url.rpartition(":")[2]
    assert reply.header("Location") == (
        location or f"http://evil.example/{ARTICLE_PATH}?from={port}"
    )


def test_redirect_to_loopback_on_another_port(serve: Serve) -> None:
    server, _ = serve("redirect-loopback:status=301")
    reply = get(server, "/chuyen-muc/3/thoi-su")
    port = int(server.url.rpartition(":")[2])
    assert reply.status == 301
    assert reply.header("Location") == f"http://127.0.0.1:{port + 1}/chuyen-muc/3/thoi-su"
