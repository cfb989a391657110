"""`newscrawl index`, `wacz`, `reparse` and `profile-fit` on WARC files made here, and their
usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.archive.archiver import Archiver
from newscrawl.archive.cdxj import cdxj_path, index_warc
from newscrawl.archive.config import ArchiveConfig
from newscrawl.cli import main
from tests.archive.test_archiver import STARTED, archiver, fill
from tests.archive.test_records import exchange
from tests.support import REPLICA


def article_archive(directory: Path, profile: str | None) -> Path:
    """A WARC holding one article page of the replica, at a URL of the portal's shape."""
    info = {"software": "test", **({"newscrawl-profile": profile} if profile else {})}
    archive = Archiver(ArchiveConfig(directory), started=STARTED, warcinfo=lambda name: info)
    page = next((REPLICA / "tin-tuc").glob("3/159670/*.html")).read_bytes()
    headers = [(b"Content-Type", b"text/html; charset=utf-8")]
    url = "http://127.0.0.1:8000/tin-tuc/3/159670/tham-tra"
    archive.archive(exchange(url=url, body=page, response_headers=headers))
    archive.close()
    return next(directory.glob("*.warc.gz"))


def test_reparse_reads_the_profile_from_warcinfo(tmp_path: Path) -> None:
    article_archive(tmp_path / "w", "baothaibinh")
    output = tmp_path / "out.jsonl"
    assert main(["reparse", str(tmp_path / "w"), "-o", str(output)]) == 0
    assert '"article_id": "159670"' in output.read_text("utf-8")


def test_reparse_needs_a_profile_when_warcinfo_names_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = article_archive(tmp_path / "w", None)
    output = tmp_path / "out.jsonl"
    assert main(["reparse", str(warc), "-o", str(output)]) == 2
    assert "use --profile" in capsys.readouterr().err
    assert main(["reparse", str(warc), "-o", str(output), "--profile", "baothaibinh"]) == 0
    assert '"article_id": "159670"' in output.read_text("utf-8")


@pytest.mark.parametrize("command", ["index", "wacz", "reparse", "profile-fit"])
def test_no_warc_file_is_a_usage_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.warc.gz.open").write_bytes(b"")
    extra = ["-o", str(tmp_path / "out")] if command in ("wacz", "reparse") else []
    assert main([command, str(tmp_path), *extra]) == 2
    assert f"newscrawl {command}: no WARC file at {tmp_path}" in capsys.readouterr().err


def test_index_writes_a_cdxj_beside_each_file(tmp_path: Path) -> None:
    archive = archiver(tmp_path, max_size=2500)
    fill(archive, 3)
    archive.close()
    for cdxj in tmp_path.glob("*.cdxj"):
        cdxj.unlink()
    assert main(["index", str(tmp_path)]) == 0
    for warc in tmp_path.glob("*.warc.gz"):
        assert cdxj_path(warc).read_text("utf-8").splitlines() == index_warc(warc)
