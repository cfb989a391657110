"""`newscrawl extract PATH_OR_FILE_URL --url URL`: what newscrawl reads off one saved page."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import Any

import pytest

from newscrawl import extract_article
from newscrawl.cli import main
from tests.pages.cases import fixture_cases, replica_cases
from tests.support import ROOT

CP1258 = next(c for c in fixture_cases() if "cp1258" in c.name)
REPLICA_PAGE = next(c for c in replica_cases() if c.name == "replica/159670")


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "newscrawl.cli", "extract", *args]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def test_prints_the_article_as_json() -> None:
    done = _run(str(CP1258.html), "--url", CP1258.url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == extract_article(CP1258.html.read_bytes(), CP1258.url)


def test_prints_vietnamese_as_text() -> None:
    done = _run(str(CP1258.html), "--url", CP1258.url)
    assert "Nông dân Chợ Lách".encode() in done.stdout
    assert b"\\u" not in done.stdout


def test_reads_a_file_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", CP1258.html.as_uri(), "--url", CP1258.url]) == 0
    printed: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert printed["title"] == CP1258.expected["title"]
    assert printed["published_at"] == CP1258.expected["published_at"]


def test_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    page = CP1258.html.read_bytes()
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["extract", "-", "--url", CP1258.url]) == 0
    assert json.loads(out.getvalue())["body"] == CP1258.expected["body"]


def test_a_mirror_is_read_with_the_named_profile(capsys: pytest.CaptureFixture[str]) -> None:
    mirror = "http://127.0.0.1:8000/tin-tuc/3/159670/tham-tra"
    args = ["extract", str(REPLICA_PAGE.html), "--url", mirror, "--profile", "baothaibinh"]
    assert main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["site"] == "baothaibinh.com.vn"
    assert printed["canonical_url"] == REPLICA_PAGE.expected["canonical_url"]
    assert printed["view_count"] == 667


def test_a_missing_file_is_an_error_not_a_traceback() -> None:
    done = _run(str(ROOT / "no-such-page.html"), "--url", "https://example.vn/a-1234.html")
    assert done.returncode == 2
    assert b"cannot read" in done.stderr
    assert b"Traceback" not in done.stderr


def test_an_unknown_profile_is_an_error_not_a_traceback() -> None:
    done = _run(str(CP1258.html), "--url", CP1258.url, "--profile", "no-such-portal")
    assert done.returncode == 2
    assert b"no site profile" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_capture_is_read_as_the_original_page(capsys: pytest.CaptureFixture[str]) -> None:
    """The replay's address names the original; the original's host names the profile."""
    capture = f"https://web.archive.org/web/20241122083000/{REPLICA_PAGE.url}"
    assert main(["extract", str(REPLICA_PAGE.html), "--url", capture]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["url"] == capture
    assert (printed["site"], printed["canonical_url"], printed["article_id"]) == (
        "baothaibinh.com.vn",
        REPLICA_PAGE.expected["canonical_url"],
        REPLICA_PAGE.expected["article_id"],
    )
