"""What isolation costs a check: `rebuild check` of a passing program with the
confinement this kernel offers and with none, in the same run, interleaved
(these machines are noisy), as the difference of the medians. Target: at most
50 ms added to a check. The CPU time the check and all its processes used is
shown too: on a machine busier than its cores, wall time multiplies every extra
millisecond of work, CPU time does not.

The check without isolation is the same command with the confinement's layers
forced off in its process (never a switch of the product itself). Each check
is a fresh process, so the one-off costs (the grants computed from the
interpreter's libraries, the first confined spawn) are counted in full. The
reference traces are cached first, as for a learner's second check.
Run: python benchmarks/bench_isolation.py   (with rebuild installed in this Python)
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import wall

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0
REPEATS = 21
CHECK = """
import sys
from trainer.grading import confine
if sys.argv[1] == "without":
    confine._candidates = lambda: [confine.Layers()]
from trainer.cli import app
sys.argv = ["rebuild", "check", sys.argv[2], "--no-record"]
app()
"""


def cpu_and_wall(command: list[str]) -> tuple[float, float]:
    """CPU seconds of the command and every process it waited for, and its wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = wall(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, elapsed


def main() -> int:
    from trainer.grading.confine import isolation_level

    print(isolation_level())
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REBUILD_HOME"] = tmp  # a fresh learner, never the real one
        for exercise in ("sigmoid", "two-layer"):
            program = Path(tmp) / f"{exercise}.py"
            shutil.copy(REPO / "reference" / f"{exercise}.py", program)
            runs = {way: [sys.executable, "-c", CHECK, way, str(program)] for way in ("with", "without")}
            for way, command in runs.items():  # warm the caches; both must pass
                done = subprocess.run(command, capture_output=True, text=True, check=False)
                assert done.returncode == 0, f"{way}: {done.stdout}{done.stderr}"
            times: dict[str, list[float]] = {"with": [], "without": []}
            cpu: dict[str, list[float]] = {"with": [], "without": []}
            for _ in range(REPEATS):
                for way, command in runs.items():
                    used, elapsed = cpu_and_wall(command)
                    times[way].append(elapsed)
                    cpu[way].append(used)
            confined, bare = statistics.median(times["with"]), statistics.median(times["without"])
            added = (confined - bare) * 1000
            worst = max(worst, added)
            cpu_added = (statistics.median(cpu["with"]) - statistics.median(cpu["without"])) * 1000
            print(
                f"check {exercise:10} with isolation {confined * 1000:6.0f} ms   without {bare * 1000:6.0f} ms   "
                f"added {added:+5.0f} ms wall, {cpu_added:+5.0f} ms CPU   (load {os.getloadavg()[0]:.1f})"
            )
    print(f"isolation adds at most {worst:.0f} ms to a check (target <= {TARGET_MS:.0f} ms)")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
