"""Wall-clock medians of whole commands, against `python -c "import numpy"` timed
in the same run and interleaved with them (these machines are noisy)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

BASELINE = [sys.executable, "-c", "import numpy"]


def wall(command: Sequence[str], cwd: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def ratio(command: Sequence[str], repeats: int = 15, cwd: str | None = None) -> tuple[float, float, float]:
    """(median of command, median of baseline, their ratio)."""
    wall(command, cwd)  # warm the caches (.pyc, skeletons) as a learner's second run would
    ours, base = [], []
    for _ in range(repeats):
        ours.append(wall(command, cwd))
        base.append(wall(BASELINE))
    a, b = statistics.median(ours), statistics.median(base)
    return a, b, a / b
