"""`rebuild check` speed: median wall per exercise, as a ratio to
`python -c "import numpy"` timed in the same run. Target: every verdict <= 1 s.

Graded programs: the reference itself (a correct rebuild), a full rebuild of
alpha-sweep in other words, and a buggy file (failing verdicts must be fast too).
Run: python benchmarks/bench_check.py   (with rebuild installed in this Python)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import ratio

REPO = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.0


def main() -> int:
    rebuild = shutil.which("rebuild") or sys.exit("install rebuild first: pip install .")
    ids = subprocess.run([rebuild, "list", "--json"], capture_output=True, text=True, check=True).stdout
    import json

    cases = [(e["id"], REPO / "reference" / f"{e['id']}.py") for e in json.loads(ids)]
    cases.append(("alpha-sweep", REPO / "tests" / "corpus" / "alpha_sweep_fstrings.py"))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REBUILD_HOME"] = tmp  # a fresh learner, never the real one
        buggy = Path(tmp) / "buggy.py"
        buggy.write_text((REPO / "reference" / "alpha-sweep.py").read_text().replace("synapse_1 -=", "synapse_1 +="))
        cases.append(("alpha-sweep", buggy))
        for exercise, path in cases:
            ours, base, r = ratio([rebuild, "check", str(path), "--exercise", exercise, "--no-record"], repeats=9)
            worst = max(worst, ours)
            print(
                f"check {exercise:18} {path.name:28} {ours * 1000:6.0f} ms   numpy import {base * 1000:4.0f} ms   ratio {r:5.2f}"
            )
    print(f"slowest verdict {worst:.2f} s (target <= {TARGET_SECONDS} s)")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
