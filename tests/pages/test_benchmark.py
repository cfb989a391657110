"""`benchmarks/extraction.py --quick` runs (with or without trafilatura installed)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.pages.cases import fixture_cases, replica_cases
from tests.support import ROOT


def test_the_extraction_benchmark_runs_quickly() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    table = done.stdout.splitlines()
    saved, replica = len(fixture_cases()), len(replica_cases())
    pages = saved + replica
    assert any(line.startswith("title") and f"{pages}/{pages} 100%" in line for line in table)
    assert any(line.startswith("ms per page") for line in table)
    assert any(line.startswith(f"  {saved} saved pages") for line in table)
    assert any(line.startswith(f"  {replica} replica pages") for line in table)
    # every saved page but the windows-1258 one, timed again inside a portal's chrome
    assert any(line.startswith(f"  {saved - 1} in chrome") for line in table)
    assert table[-1].startswith("goal: 10x faster than trafilatura: ")
