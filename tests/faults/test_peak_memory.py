"""The crawl's peak memory is its own, not the test session's it was spawned from."""

from __future__ import annotations

import subprocess
import sys

from tests.faults.support import _wait

_BALLAST_MIB = 256
_CHILD_MIB = 40


def test_a_child_s_peak_is_not_its_parent_s() -> None:
    # A long pytest session grows large; a child spawned by vfork carries the parent's peak into
    # `ru_maxrss` at exec, which read 200 MiB for a crawl of 110.
    ballast = bytearray(_BALLAST_MIB * 1024 * 1024)
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1  # (touched: resident)
    child = subprocess.Popen(
        [sys.executable, "-c", f"x = bytearray({_CHILD_MIB} << 20); import time; time.sleep(0.3)"]
    )
    _, peak_kib = _wait(child, timeout=30)
    del ballast  # (held until the child has exited)
    assert _CHILD_MIB * 1024 <= peak_kib < (_CHILD_MIB + 60) * 1024
