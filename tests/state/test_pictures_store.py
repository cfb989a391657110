"""The state's pictures still to archive (state/pictures.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.state.pictures import PictureStore
from newscrawl.state.store import StateStore

SITE = "baothaibinh.com.vn"
A, B = "https://media.baothaibinh.com.vn/a.jpg", "https://media.baothaibinh.com.vn/b.jpg"


@pytest.fixture
def pictures(tmp_path: Path) -> Iterator[PictureStore]:
    store = StateStore(tmp_path)
    yield store.pictures
    store.close()


def test_a_picture_wanted_twice_is_kept_once_under_its_first_article(
    pictures: PictureStore,
) -> None:
    pictures.want(SITE, "1", [A, B])
    pictures.want(SITE, "2", [A])
    assert pictures.unarchived(SITE, 3) == [("1", A), ("1", B)]
    assert pictures.unarchived("thaibinhtv.vn", 3) == []
    assert pictures.count() == 2


def test_an_archived_picture_is_no_longer_wanted(pictures: PictureStore) -> None:
    pictures.want(SITE, "1", [A, B])
    pictures.archived(SITE, A)
    assert pictures.unarchived(SITE, 3) == [("1", B)]


def test_failures_count_once_per_run_up_to_the_limit(pictures: PictureStore) -> None:
    pictures.want(SITE, "1", [A, B])
    pictures.failed(1, SITE, A, "http_404")
    pictures.failed(1, SITE, A, "timeout")  # the same run: one failed run
    assert pictures.unarchived(SITE, 2) == [("1", A), ("1", B)]
    pictures.failed(2, SITE, A, "http_404")
    assert pictures.unarchived(SITE, 2) == [("1", B)]  # given up after two runs
    assert pictures.unarchived(SITE, 3) == [("1", A), ("1", B)]
    assert pictures.unarchived(SITE, 0) == [("1", A), ("1", B)]  # 0: never given up
    row = pictures.db.execute(
        "SELECT failed_runs, last_run, reason FROM pictures WHERE url = ?", (A,)
    ).fetchone()
    assert row == (2, 2, "http_404")


def test_the_table_joins_a_state_written_before_it(tmp_path: Path) -> None:
    StateStore(tmp_path).close()
    store = StateStore(tmp_path)
    store.db.execute("DROP TABLE pictures")  # a state directory from before pictures
    store.close()
    again = StateStore(tmp_path)
    again.pictures.want(SITE, "1", [A])
    assert again.pictures.unarchived(SITE, 3) == [("1", A)]
    again.close()


def test_what_is_known_is_what_was_wanted_archived_or_not(pictures: PictureStore) -> None:
    # A revisit asks only for the pictures an edit brought (spiders/media.py, `new_only`).
    pictures.want(SITE, "1", [A, B])
    pictures.archived(SITE, A)
    pictures.failed(3, SITE, A, "timeout")  # a late failure of an archived picture: ignored
    new = "https://media.baothaibinh.com.vn/c.jpg"
    assert pictures.known(SITE, [A, B, new]) == {A, B}
    assert pictures.known("thaibinhtv.vn", [A]) == set()
    assert pictures.known(SITE, []) == set()
    assert (pictures.unarchived(SITE, 3), pictures.count()) == ([("1", B)], 1)


def test_a_pictures_table_written_before_it_kept_the_archived_gains_the_column(
    tmp_path: Path,
) -> None:
    store = StateStore(tmp_path)
    store.db.execute("DROP TABLE pictures")
    # The table as the first picture archiving wrote it: archived pictures were deleted.
    store.db.execute(
        "CREATE TABLE pictures (site TEXT NOT NULL, url TEXT NOT NULL, article_id TEXT NOT NULL,"
        " first_wanted TEXT NOT NULL, failed_runs INTEGER NOT NULL DEFAULT 0, last_run INTEGER,"
        " reason TEXT, PRIMARY KEY (site, url))"
    )
    store.db.execute(
        "INSERT INTO pictures (site, url, article_id, first_wanted) VALUES (?, ?, '1', '')",
        (SITE, A),
    )
    store.close()
    again = StateStore(tmp_path)
    try:
        assert again.pictures.unarchived(SITE, 3) == [("1", A)]
        again.pictures.archived(SITE, A)
        assert (again.pictures.unarchived(SITE, 3), again.pictures.known(SITE, [A])) == ([], {A})
    finally:
        again.close()


def test_what_is_known_is_asked_of_an_sqlite_that_takes_few_variables_a_query(
    pictures: PictureStore,
) -> None:
    # The pictures a crawl's pages showed are asked about all at once, when it is idle: tens of
    # thousands on a full walk of the portal, where SQLite builds take 999 (before 3.32), 32,766
    # or 250,000 variables a statement.
    pictures.db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    shown = [f"https://media.baothaibinh.com.vn/thumb/{n}.jpg" for n in range(2_500)]
    pictures.want(SITE, "1", shown[::7])
    assert pictures.known(SITE, shown) == set(shown[::7])
