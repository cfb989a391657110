"""Synthetic replicas (`newscrawl make-replica`): deterministic, complete, linked, and read
back by a crawl exactly as their expected items say."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.items import CRAWL_FIELDS
from newscrawl.pages.profile import get_profile
from newscrawl.replica import requisites
from newscrawl.replica.load import check_article, load_content
from newscrawl.replica.synthetic import (
    ARTICLES_FILE,
    DEFAULT_CONTENT,
    MANIFEST_FILE,
    URLS_FILE,
    make_replica,
    synthetic_plan,
)
from newscrawl.replica.synthetic.catalog import Timeline
from newscrawl.replica.synthetic.write import url_path
from newscrawl.server import ReplicaSite
from tests.support import ROOT, read_jsonl, recording_server, run_crawl

ARTICLES = 150
_HREF = re.compile(r'<(?:a|link)\b[^>]*\bhref="([^"]*)"')


@pytest.fixture(scope="module")
def replica(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    base = tmp_path_factory.mktemp("synthetic")
    tree, expected = base / "tree", base / "expected"
    manifest = make_replica(ARTICLES, tree, seed=3, expected_dir=expected)
    return tree, expected, manifest


def _urls(expected: Path) -> list[str]:
    return (expected / URLS_FILE).read_text("utf-8").splitlines()


def _files(tree: Path) -> set[str]:
    return {p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file()}


def test_the_same_seed_gives_the_same_replica(
    replica: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    tree, expected, _ = replica
    again = make_replica(ARTICLES, tmp_path / "tree", seed=3, expected_dir=tmp_path / "exp")
    assert again["counts"] == json.loads((expected / MANIFEST_FILE).read_text("utf-8"))["counts"]
    for name in sorted(_files(tree))[::25]:
        assert (tmp_path / "tree" / name).read_bytes() == (tree / name).read_bytes(), name
    other = synthetic_plan(ARTICLES, seed=4)
    assert [a.title for a in other.newest[:20]] != [a.title for a in synthetic_plan(
        ARTICLES, seed=3).newest[:20]]  # fmt: skip


def test_the_url_list_is_every_file_of_the_tree_once(
    replica: tuple[Path, Path, dict[str, Any]],
) -> None:
    tree, expected, manifest = replica
    urls = _urls(expected)
    assert len(urls) == len(set(urls)) == manifest["counts"]["urls"]
    pages = _files(tree) - set(requisites.FILES)  # (fetched by WARC crawls only)
    assert {url_path(name) for name in pages} == set(urls)
    assert sum(u.startswith("/tin-tuc/") for u in urls) == ARTICLES
    assert urls[:2] == ["/robots.txt", "/"]


def test_newscrawl_serve_serves_every_url_of_the_list(
    replica: tuple[Path, Path, dict[str, Any]],
) -> None:
    tree, expected, _ = replica
    site = ReplicaSite(tree)
    for path in _urls(expected):
        found = site.resolve(path)
        assert found is not None
        assert url_path(found.relative_to(tree.resolve()).as_posix()) == path


def test_every_link_on_the_portal_leads_to_a_file(
    replica: tuple[Path, Path, dict[str, Any]],
) -> None:
    """What nginx's `try_files $uri $uri/index.html $uri.html` finds; the exceptions are the
    links a crawl must not follow: robots-disallowed, other hosts, and the calendar's months
    before the archive's first and after its last."""
    tree, expected, manifest = replica
    urls = set(_urls(expected))
    host = manifest["site"]
    first, last = manifest["years"]
    outside = {f"/xem-tin-theo-ngay/01-12-{first - 1}", f"/xem-tin-theo-ngay/01-01-{last + 1}"}
    missing = set()
    for name in _files(tree):
        if not name.endswith(".html"):
            continue
        for href in _HREF.findall((tree / name).read_text("utf-8")):
            parts = urlsplit(href.replace("&amp;", "&"))
            if parts.hostname not in (None, host) or parts.path.startswith(("/tim-kiem", "/admin")):
                continue
            requisite = parts.path.lstrip("/") in requisites.FILES
            if parts.path not in urls and parts.path not in outside and not requisite:
                missing.add((name, href))
    assert all((tree / name).is_file() for name in requisites.FILES)
    assert missing == set()


def test_every_synthetic_article_keeps_the_content_rules() -> None:
    plan = synthetic_plan(400, seed=9)
    layouts = set()
    for article in plan.newest:
        check_article(article, f"synthetic {article.id}")
        layouts.add(article.layout)
    assert layouts == {"new", "old"}


def test_ids_sit_where_their_dates_say() -> None:
    """The crawl flags an id more than 120 days from its date (`id_date_mismatch`)."""
    profile = get_profile("baothaibinh")
    timeline = Timeline(profile.id_dates)
    plan = synthetic_plan(3000, seed=5)
    catalog = plan.catalog
    assert list(catalog.ids) == sorted(set(catalog.ids))
    for index in range(0, len(catalog), 7):
        day = catalog.day_of(index).toordinal()
        assert abs(timeline.day_at(catalog.ids[index]) - day) < 30


def test_make_replica_refuses_a_directory_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "notes.html").write_text("mine", "utf-8")
    done = _cli("make-replica", "--articles", "5", str(tmp_path / "tree"))
    assert done.returncode == 2
    assert "not empty" in done.stderr
    assert (tmp_path / "tree" / "notes.html").read_text("utf-8") == "mine"


def test_make_replica_replaces_an_earlier_replica(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    assert _cli("make-replica", "--articles", "30", str(tree)).returncode == 0
    done = _cli("make-replica", "--articles", "10", "--seed", "2", str(tree))
    assert done.returncode == 0, done.stderr
    urls = (tmp_path / "tree.expected" / URLS_FILE).read_text("utf-8").splitlines()
    pages = _files(tree) - set(requisites.FILES)  # (fetched by WARC crawls only)
    assert {url_path(name) for name in pages} == set(urls)
    assert len(read_jsonl(tmp_path / "tree.expected" / ARTICLES_FILE)) == 10


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newscrawl.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.mark.e2e
def test_a_crawl_exports_exactly_the_expected_items(
    replica: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    tree, expected, _ = replica
    server = recording_server(tree)
    try:
        result = run_crawl(tmp_path, "-a", f"base_url={server.url}")
    finally:
        server.running.close()
    assert sorted(server.paths()) == sorted(_urls(expected))  # each page once, none more
    want = {item["article_id"]: item for item in read_jsonl(expected / ARTICLES_FILE)}
    got = {
        item["article_id"]: {k: v for k, v in item.items() if k not in CRAWL_FIELDS}
        for item in result.items
    }
    assert len(result.items) == ARTICLES
    assert got == want


def test_the_content_is_drawn_from_the_bundled_replica() -> None:
    assert DEFAULT_CONTENT == ROOT / "fixtures" / "portal-src"
    titles = {a.title for a in load_content(DEFAULT_CONTENT).articles}
    plan = synthetic_plan(50, seed=1)
    assert all(any(a.title.startswith(t) for t in titles) for a in plan.newest)
