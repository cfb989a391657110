"""`newscrawl profile-fit` on an archive of the whole replica, as served and after a redesign."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newscrawl.archive.archiver import Archiver
from newscrawl.archive.config import ArchiveConfig
from newscrawl.cli import main
from tests.archive.test_archiver import STARTED
from tests.archive.test_records import exchange
from tests.support import REPLICA

BASE = "http://127.0.0.1:8000"
HTML = [(b"Content-Type", b"text/html; charset=utf-8")]
# What the portal's redesign of tests/state's profile_fit test renames.
REDESIGN = {
    'class="detail-content"': 'class="article__body"',
    'class="news-detail-body"': 'class="article__text"',
    'id="frmArchive"': 'id="archive-picker"',
}


def replica_archive(directory: Path, renames: dict[str, str] | None = None) -> Path:
    """A WARC of every page of the replica at the URL the replica serves it at."""
    info = {"software": "test", "newscrawl-profile": "baothaibinh"}
    archive = Archiver(ArchiveConfig(directory), started=STARTED, warcinfo=lambda name: info)
    for page in sorted(REPLICA.glob("**/*")):
        if not page.is_file():
            continue
        path = page.relative_to(REPLICA).as_posix()
        if path.endswith(".html"):
            body = page.read_text("utf-8")
            for old, new in (renames or {}).items():
                body = body.replace(old, new)
            url = BASE + "/" + path.removesuffix("index.html").removesuffix(".html")
            archive.archive(exchange(url=url, body=body.encode(), response_headers=HTML))
        else:  # robots.txt: read by no selector
            plain = [(b"Content-Type", b"text/plain")]
            archive.archive(
                exchange(url=f"{BASE}/{path}", body=page.read_bytes(), response_headers=plain)
            )
    archive.close()
    return directory


def _fit(directory: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["profile-fit", str(directory), "--json"]) == 0
    fits: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert [fit["profile"] for fit in fits] == ["baothaibinh"]
    return fits[0]


def test_the_replica_answers_every_selector_of_its_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: dict[str, Any]
) -> None:
    fit = _fit(replica_archive(tmp_path / "w"), capsys)
    layouts = Counter(facts["layout"] for facts in manifest["articles"].values())
    assert fit["pages"]["article"] == len(manifest["articles"]) == sum(layouts.values())
    assert fit["pages"]["home"] == 1
    assert fit["never_found"] == []
    selectors = fit["selectors"]
    # Each layout has its own text box and title: the profile names both, the new one first.
    assert selectors["content"]["by_selector"] == {
        ".detail-content": layouts["new"],
        ".news-detail-body": layouts["old"],
    }
    assert selectors["title"]["found"] == selectors["title"]["pages"] == len(manifest["articles"])
    assert selectors["archive_form"] == {
        "asked_on": ["home"], "pages": 1, "found": 1, "by_selector": {"#frmArchive": 1}
    }  # fmt: skip


def test_a_redesign_shows_which_selectors_it_broke(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fit = _fit(replica_archive(tmp_path / "w", REDESIGN), capsys)
    assert fit["never_found"] == ["content", "archive_form", "archive_years"]
    content = fit["selectors"]["content"]
    assert (content["found"], content["pages"]) == (0, fit["pages"]["article"])
    assert fit["selectors"]["title"]["found"] == fit["pages"]["article"]  # untouched


def test_the_table_names_each_selector_and_what_it_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replica_archive(tmp_path / "w", REDESIGN)
    assert main(["profile-fit", str(tmp_path / "w")]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("profile baothaibinh: ")
    assert any(line.split()[:2] == ["content", "0/53"] for line in table)
    assert table[-1] == "never found: content, archive_form, archive_years"
