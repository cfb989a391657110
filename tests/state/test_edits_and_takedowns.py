"""Revisits find what the portal did to articles already archived: one edited, four taken
down in four ways (fixtures/faults/takedowns.json), then all of it undone. Each change is a line
of the changes feed and a row of the state, once; nothing is exported again."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from newscrawl.replica.load import load_content
from newscrawl.replica.tree import write_replica
from newscrawl.schema.sql import CHANGE_COLUMNS
from newscrawl.state.store import StateStore
from tests.archive.warcs import read_dir
from tests.faults.support import FAULTS, ReplicaCrawl, crawl_replica
from tests.support import ROOT, read_jsonl

pytestmark = pytest.mark.e2e

SOURCE = ROOT / "fixtures" / "portal-src"
EDITED = "227336"
NEW_TITLE = "Lấy ý kiến cử tri về việc hợp nhất tỉnh Thái Bình và tỉnh Hưng Yên (cập nhật)"
NEW_FIRST_PARAGRAPH = "Bài viết đã được biên tập lại sau khi đăng."
GONE = {"232190": "http_404", "207589": "http_410", "213499": "soft_404", "224601": "redirected"}
SERVER_ERROR = "215370"
# Revisited: everything published since 2024-09-01 (the 19 newest articles).
SINCE = date(2024, 9, 1)


def _edited_replica(tmp_path: Path, new_picture: str | None = None) -> Path:
    source = tmp_path / "src"
    shutil.copytree(SOURCE, source)
    path = source / "articles" / f"{EDITED}.json"
    data = json.loads(path.read_text("utf-8"))
    data["title"] = NEW_TITLE
    data["body"][0] = NEW_FIRST_PARAGRAPH
    if new_picture is not None:
        picture = next(block["image"] for block in data["body"] if isinstance(block, dict))
        picture["file"] = new_picture
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    tree = tmp_path / "portal"
    write_replica(load_content(source), tree, expected_dir=tmp_path / "expected")
    return tree


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("changes")
    state = tmp / "state"
    settings = {
        "NEWSCRAWL_STATE_DIR": str(state),
        "NEWSCRAWL_REVISIT_DAYS": str((datetime.now(UTC).date() - SINCE).days),
    }
    takedowns = FAULTS / "takedowns.json"
    first = crawl_replica(tmp / "1", None, settings={"NEWSCRAWL_STATE_DIR": str(state)})
    edited = _edited_replica(tmp)
    second = crawl_replica(tmp / "2", takedowns, settings=settings, replica=edited)
    after_second = read_jsonl(state / "changes.jsonl")
    third = crawl_replica(tmp / "3", takedowns, settings=settings, replica=edited)
    after_third = read_jsonl(state / "changes.jsonl")
    fourth = crawl_replica(tmp / "4", None, settings=settings)
    store = StateStore(state)
    try:
        recorded = store.versions.changes("baothaibinh.com.vn")
    finally:
        store.close()
    return {
        "crawls": (first, second, third, fourth),
        "second": after_second,
        "third": after_third[len(after_second) :],
        "fourth": read_jsonl(state / "changes.jsonl")[len(after_third) :],
        "recorded": recorded,
    }


def _by_id(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {line["article_id"]: line for line in lines}


def test_every_run_succeeds_and_only_the_first_exports(runs: dict[str, Any]) -> None:
    crawls: tuple[ReplicaCrawl, ...] = runs["crawls"]
    assert [crawl.returncode for crawl in crawls] == [0, 0, 0, 0]
    assert len(crawls[0].items) == 53
    assert [len(crawl.items) for crawl in crawls[1:]] == [0, 0, 0]


def test_an_edit_is_recorded_with_the_fields_it_changed_and_the_new_version(
    runs: dict[str, Any],
) -> None:
    line = _by_id(runs["second"])[EDITED]
    assert (line["change"], line["fields"]) == ("edited", ["title", "body"])
    assert line["article"]["title"] == NEW_TITLE
    assert line["article"]["body"].startswith(NEW_FIRST_PARAGRAPH)
    assert line["article"]["article_id"] == EDITED
    assert line["previous_fetched_at"] is not None
    assert line["previous_fetched_at"] < line["observed_at"]


def test_each_way_of_taking_an_article_down_is_a_removal(runs: dict[str, Any]) -> None:
    second = _by_id(runs["second"])
    assert {i: line["reason"] for i, line in second.items() if line["change"] == "removed"} == GONE
    assert set(second) == {EDITED, *GONE}
    redirected = second["224601"]
    assert redirected["final_url"] == runs["crawls"][1].base_url + "/"
    assert all(second[i]["article"] is None and second[i]["fields"] is None for i in GONE)


def test_a_takedown_is_not_a_failure_but_a_server_error_still_is(runs: dict[str, Any]) -> None:
    second: ReplicaCrawl = runs["crawls"][1]
    assert [(f["article_id"], f["kind"], f["reason"]) for f in second.failures] == [
        (SERVER_ERROR, "revisit", "http_5xx")
    ]
    articles = second.report["articles"]
    assert (articles["edited"], articles["removed"], articles["restored"]) == (1, 4, 0)


def test_a_takedown_found_again_is_not_written_again(runs: dict[str, Any]) -> None:
    assert runs["third"] == []
    assert runs["crawls"][2].report["articles"]["removed"] == 0


def test_articles_back_are_restored_and_the_edit_undone_is_an_edit(runs: dict[str, Any]) -> None:
    fourth = _by_id(runs["fourth"])
    assert {i: (line["change"], line["fields"]) for i, line in fourth.items()} == {
        EDITED: ("edited", ["title", "body"]),
        **{i: ("restored", []) for i in GONE},
    }
    first = {item["article_id"]: item for item in runs["crawls"][0].items}
    for article_id, line in fourth.items():
        assert line["article"]["title"] == first[article_id]["title"]
        assert line["article"]["body"] == first[article_id]["body"]


def test_the_state_holds_the_same_changes_in_order(runs: dict[str, Any]) -> None:
    lines = runs["second"] + runs["fourth"]
    assert runs["recorded"] == [
        (line["article_id"], line["change"], line["fields"], line["reason"]) for line in lines
    ]


def test_every_line_has_the_columns_duckdb_view_types(runs: dict[str, Any]) -> None:
    for line in runs["second"] + runs["fourth"]:
        assert list(line) == list(CHANGE_COLUMNS)


def test_the_stalest_articles_are_revisited_so_that_runs_cycle_through_the_archive(
    tmp_path: Path,
) -> None:
    # A takedown years after publication is found too: NEWSCRAWL_REVISIT_STALEST revisits, each
    # run, the articles whose last visit is oldest, whatever their date.
    state = {"NEWSCRAWL_STATE_DIR": str(tmp_path / "state")}
    first = crawl_replica(tmp_path / "1", None, settings=state)
    assert len(first.items) == 53
    revisited: list[set[str]] = []
    for run in (2, 3, 4):
        crawl = crawl_replica(
            tmp_path / str(run), None, settings={**state, "NEWSCRAWL_REVISIT_STALEST": "20"}
        )
        assert (crawl.returncode, crawl.items) == (0, [])
        fetched = [d["url"].split("/")[-2] for d in crawl.downloads if "/tin-tuc/" in d["url"]]
        assert len(fetched) == len(set(fetched)) == 20
        revisited.append(set(fetched))
    first_two = revisited[0] | revisited[1]
    assert len(first_two) == 40
    all_ids = {item["article_id"] for item in first.items}
    # The third run takes the 13 never revisited, then the 7 revisited longest ago.
    assert all_ids - first_two <= revisited[2]
    assert revisited[2] - (all_ids - first_two) <= revisited[0]


def test_the_pictures_an_edit_brings_are_archived_and_no_other(tmp_path: Path) -> None:
    # An edit that swaps a picture: the changes feed's new version shows an address no run has
    # archived, so the revisit asks for it, and for no picture archived before (nor for the
    # thumbnails the listings it reads show: the articles' pictures the state knows).
    new_picture = f"{EDITED}_anh-thay-the_0105202508000.jpg"
    state = {"NEWSCRAWL_STATE_DIR": str(tmp_path / "state")}
    first = crawl_replica(
        tmp_path / "1", None, settings={**state, "NEWSCRAWL_WARC_DIR": str(tmp_path / "warc1")}
    )
    assert first.report["media"]["archived"] == 54
    second = crawl_replica(
        tmp_path / "2",
        None,
        settings={
            **state,
            "NEWSCRAWL_WARC_DIR": str(tmp_path / "warc2"),
            "NEWSCRAWL_REVISIT_DAYS": str((datetime.now(UTC).date() - SINCE).days),
        },
        replica=_edited_replica(tmp_path, new_picture),
    )
    assert second.returncode == 0
    pictures = [
        r.uri for r in read_dir(tmp_path / "warc2") if r.type == "response" and "/upload/" in r.uri
    ]
    assert [uri.split("/upload/news/")[1] for uri in pictures] == [f"4_2025/{new_picture}"]
    edit = _by_id(read_jsonl(tmp_path / "state" / "changes.jsonl"))[EDITED]
    assert edit["fields"] == ["title", "body", "images"]
    assert new_picture in edit["article"]["images"][0]["url"]


def _as_an_older_newscrawl_read_them(state: Path, bodies_read_otherwise: set[str]) -> None:
    """The state as a release that read these articles' bodies otherwise would have left it."""
    store = StateStore(state)
    try:
        store.db.execute("UPDATE articles SET extractor = ?", (OLDER_NEWSCRAWL,))
        for article_id in bodies_read_otherwise:
            (digests,) = store.db.execute(
                "SELECT field_digests FROM articles WHERE article_id = ?", (article_id,)
            ).fetchone()
            older = {**json.loads(digests), "body": "0123456789abcdef"}
            store.db.execute(
                "UPDATE articles SET field_digests = ? WHERE article_id = ?",
                (json.dumps(older), article_id),
            )
    finally:
        store.close()


OLDER_NEWSCRAWL = "newscrawl/0.0.9+000000000000 python/3.11.0 lxml/5.0.0.0 libxml2/2.12.0"
# Two of the 19 revisited articles whose bodies the older release read otherwise.
READ_OTHERWISE = {"232190", "215370"}


@pytest.mark.parametrize("archive", ["captures-kept", "captures-lost", "state-before-captures"])
def test_after_an_upgrade_only_the_portal_s_edits_are_edits(tmp_path: Path, archive: str) -> None:
    # A newer newscrawl reads two archived bodies otherwise: with the first run's WARC files, a
    # revisit reads their captures again and finds no edit but the portal's own; without them,
    # the digests decide and the lines say another newscrawl made those digests. A state from
    # before captures were kept finds them through its feed's `warc` pointers.
    state = tmp_path / "state"
    first = crawl_replica(
        tmp_path / "1",
        None,
        settings={"NEWSCRAWL_STATE_DIR": str(state), "NEWSCRAWL_WARC_DIR": str(tmp_path / "w1")},
    )
    assert len(first.items) == 53
    _as_an_older_newscrawl_read_them(state, READ_OTHERWISE)
    if archive == "captures-lost":
        shutil.rmtree(tmp_path / "w1")
    if archive == "state-before-captures":
        with sqlite3.connect(state / "state.sqlite") as db:
            db.execute("UPDATE articles SET capture = NULL, extractor = NULL")
    second = crawl_replica(
        tmp_path / "2",
        None,
        settings={
            "NEWSCRAWL_STATE_DIR": str(state),
            # A nightly job keeps one WARC directory; the first test's second run another.
            "NEWSCRAWL_WARC_DIR": str(tmp_path / ("w1" if "before" in archive else "w2")),
            "NEWSCRAWL_REVISIT_DAYS": str((datetime.now(UTC).date() - SINCE).days),
        },
        replica=_edited_replica(tmp_path),
    )
    assert (second.returncode, second.items) == (0, [])
    lines = _by_id(read_jsonl(state / "changes.jsonl"))
    found = {i: (line["fields"], line["extraction_changed"]) for i, line in lines.items()}
    previous = second.report["articles"]["previous"]
    if archive == "captures-lost":
        assert found == {
            EDITED: (["title", "body"], True),
            **{i: (["body"], True) for i in READ_OTHERWISE},
        }
        assert previous == {"reread": 0, "read_differently": 0, "unreadable": 19}
        assert "cannot be read again" in second.log
    else:
        assert found == {EDITED: (["title", "body"], False)}
        assert previous == {"reread": 19, "read_differently": 2, "unreadable": 0}
    if archive == "state-before-captures":
        assert "53 of 53 archived articles recorded without their capture found it" in second.log
