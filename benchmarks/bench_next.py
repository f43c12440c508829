"""`rebuild next` must feel instant: median wall <= 2.5x `python -c "import numpy"`.

Run: python benchmarks/bench_next.py   (with rebuild installed in this Python)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import ratio

TARGET = 2.5


def main() -> int:
    rebuild = shutil.which("rebuild") or sys.exit("install rebuild first: pip install .")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REBUILD_HOME"] = tmp  # a fresh learner, never the real one
        for exercise, level in [("sigmoid", "1"), ("alpha-sweep", "3"), ("direction-changes", "full")]:
            cmd = [rebuild, "next", "--exercise", exercise, "--level", level, "--dir", tmp, "--force"]
            ours, base, r = ratio(cmd)
            worst = max(worst, r)
            print(
                f"next {exercise:18} level {level:4}  {ours * 1000:6.0f} ms   numpy import {base * 1000:5.0f} ms   ratio {r:4.2f}"
            )
    print(f"worst ratio {worst:.2f} (target <= {TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
