"""`newscrawl serve DIR --faults SPEC_OR_FILE --seed N`."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.cli import build_parser, main
from newscrawl.server.faults import FaultProfile

ROOT = Path(__file__).resolve().parents[2]
TRANSIENT = ROOT / "fixtures" / "faults" / "transient.json"


def test_inline_spec_and_seed_are_parsed(replica: Path) -> None:
    args = build_parser().parse_args(
        ["serve", str(replica), "--faults", "503:0.1:times=2,reset:0.05", "--seed", "9"]
    )
    assert isinstance(args.faults, FaultProfile)
    assert [rule.fault for rule in args.faults.rules] == ["503", "reset"]
    assert args.seed == 9


def test_profile_files_are_parsed(replica: Path) -> None:
    args = build_parser().parse_args(["serve", str(replica), "--faults", str(TRANSIENT)])
    assert args.faults.source == str(TRANSIENT)
    assert len(args.faults.rules) > 5


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("503:0.1:bogus=1", "unknown key 'bogus'"),
        ("teapot", "unknown fault 'teapot'"),
        ("missing-profile.json", "cannot read missing-profile.json"),
    ],
)
def test_a_bad_spec_is_a_usage_error(
    replica: Path, capsys: pytest.CaptureFixture[str], spec: str, message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", str(replica), "--faults", spec])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "argument --faults" in error
    assert message in error


def test_serve_injects_faults_in_a_subprocess(replica: Path) -> None:
    command = [
        sys.executable,
        "-c",
        "import sys; from newscrawl.cli import main; sys.exit(main(sys.argv[1:]))",
        "serve",
        str(replica),
        "--port",
        "0",
        "--faults",
        "503:path=^/$:times=1:retry_after=3",
        "--seed",
        "5",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            assert "seed 5" in banner
            serving = process.stdout.readline()
            port = int(serving.strip().rpartition(":")[2])
            statuses = []
            for target in ("/", "/", "/__faults__"):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", target)
                response = connection.getresponse()
                statuses.append(response.status)
                body = response.read()
                connection.close()
            assert statuses == [503, 200, 200]
            report = json.loads(body)
            assert report["seed"] == 5
            assert report["injected"] == {"/": ["503"]}
        finally:
            process.terminate()
            process.wait(timeout=10)
