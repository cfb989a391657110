"""`benchmarks/extraction.py --quick` runs (with or without trafilatura installed)."""

from __future__ import annotations

import os
import subprocess
import sys

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
    assert any(line.startswith("title") and "73/73 100%" in line for line in table)
    assert any(line.startswith("ms per page") for line in table)
    assert any(line.startswith("  21 saved pages") for line in table)
    assert any(line.startswith("  52 replica pages") for line in table)
    assert table[-1].startswith("goal: 10x faster than trafilatura: ")
