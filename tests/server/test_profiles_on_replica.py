"""The shipped profiles against fixtures/portal: the documented paths exist and get their faults,
and the pages documented as decodable really read the same as the clean ones."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import parsel
import pytest

from newscrawl.server import RunningServer, start_server
from newscrawl.server.faults import CHARSET_MODES, FaultInjector, FaultRule, faulty_handler
from tests.server.client import declared_text, get

ROOT = Path(__file__).resolve().parents[2]
REPLICA = ROOT / "fixtures" / "portal"
HOSTILE = ROOT / "fixtures" / "faults" / "hostile.json"

# `manifest` is the session fixture of tests/conftest.py.


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[RunningServer, FaultInjector]]:
    injector = faulty_handler(HOSTILE)
    server = start_server(REPLICA, handler=injector)
    yield server, injector
    server.close()


def _article_rules(injector: FaultInjector) -> list[FaultRule]:
    return [r for r in injector.profile.rules if r.path and "tin-tuc" in r.path.pattern]


def _article_of(rule: FaultRule, manifest: dict[str, Any]) -> tuple[str, str]:
    hits = [
        (article_id, article["paths"][0])
        for article_id, article in manifest["articles"].items()
        if rule.matches(article["paths"][0])
    ]
    assert len(hits) == 1, rule.name
    return hits[0]


def _text(body: bytes, content_type: str | None) -> str:
    """The article's visible text as a careful client reads it: w3lib decoding, NFC, parsel."""
    html = declared_text(content_type, body)
    selector = parsel.Selector(text=unicodedata.normalize("NFC", html))
    texts = selector.css(".detail-title ::text, .detail-content ::text").getall()
    # Whitespace-insensitive: a missing </p> moves a newline inside the paragraph.
    return " ".join(" ".join(texts).split())


def test_hostile_rules_name_existing_paths_and_the_doc_lists_them(
    hostile: tuple[RunningServer, FaultInjector], manifest: dict[str, Any]
) -> None:
    _, injector = hostile
    doc = (ROOT / "docs" / "replica.md").read_text("utf-8").split("**`hostile.json`**")[1]
    ids = [_article_of(rule, manifest)[0] for rule in _article_rules(injector)]
    assert len(set(ids)) == len(ids)  # one fault per article
    for article_id in ids:
        assert re.search(rf"^\| {article_id} \|", doc, re.MULTILINE), article_id
    listings = [r.path.pattern for r in injector.profile.rules if r.path]
    for pattern in [p for p in listings if p.startswith("^/chuyen-muc/")]:
        path = pattern.strip("^$")
        assert path in manifest["section_paths"]
        assert f"`{path}`" in doc


def test_every_hostile_article_fault_is_met(
    hostile: tuple[RunningServer, FaultInjector], manifest: dict[str, Any]
) -> None:
    server, injector = hostile
    for rule in _article_rules(injector):
        _, path = _article_of(rule, manifest)
        # HEAD: the oversized page and the bomb announce themselves without being sent.
        get(server, path, method="HEAD")
        assert injector.report()["injected"][path][-1] == rule.fault, path


@pytest.mark.parametrize("fault", ["charset", "malformed"])
def test_decodable_pages_read_like_the_clean_ones(
    hostile: tuple[RunningServer, FaultInjector], manifest: dict[str, Any], fault: str
) -> None:
    server, injector = hostile
    rules = [rule for rule in _article_rules(injector) if rule.fault == fault]
    assert rules
    for rule in rules:
        article_id, path = _article_of(rule, manifest)
        clean = (REPLICA / manifest["articles"][article_id]["file"]).read_bytes()
        expected = _text(clean, "text/html; charset=utf-8")
        assert expected
        reply = get(server, path)
        mode = str(rule.params["mode"])
        readable = CHARSET_MODES[mode].decodable if fault == "charset" else mode != "deep"
        assert (_text(reply.body, reply.header("Content-Type")) == expected) is readable, mode
