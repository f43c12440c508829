"""`rebuild check` speed, as ratios to baselines timed in the same run.

- A FAIL: the median over realistic bugs of the time to a verdict, against
  `python -c "import numpy"`. Target: <= 5x. A wrong program is stopped at its
  first difference, so it never runs to its end.
- A PASS: the time to a verdict on the reference itself, against the program's
  own `python FILE` run, for three-layer, alpha-sweep and hidden-size. Target:
  <= 1.5x. Every PASS runs the whole program (the reference's traces come from
  the cache, as on a learner's second check).

`future` as argument times the ten Future Work exercises instead: a PASS on
each reference, and the FAIL median over the realistic bugs of
tests/corpus_future (same targets).

Run: python benchmarks/bench_check.py [future]   (with rebuild installed in this Python)
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timing import BASELINE, wall

REPO = Path(__file__).resolve().parent.parent
FAIL_TARGET = 5.0
PASS_TARGET = 1.5
BUGS = [  # (exercise, replace this, with this)
    ("alpha-sweep", "synapse_1 -= alpha", "synapse_1 += alpha"),
    ("alpha-sweep", "layer_2_error*sigmoid_output_to_derivative(layer_2)", "layer_2_error"),
    (
        "three-layer",
        "synapse_1 = 2*np.random.random((hidden_dim,1)) - 1",
        "synapse_1 = np.random.random((hidden_dim,1))",
    ),
    (
        "hidden-size",
        "layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)",
        "layer_1_delta = layer_1_error",
    ),
    ("direction-changes", "synapse_0 += alpha", "synapse_0 -= alpha"),
    (
        "two-layer",
        "layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)",
        "layer_1_delta = layer_1_error",
    ),
]


def _check(rebuild: str, path: Path, exercise: str) -> list[str]:
    return [rebuild, "check", str(path), "--exercise", exercise, "--no-record"]


FUTURE = ["bias", "mini-batches", "delta-trimming", "layer-sizes", "l2-regularization"]
FUTURE += ["dropout", "momentum", "nesterov", "adam", "batch-norm"]


def _article_bugs(tmp: Path) -> list[tuple[str, Path]]:
    bugs = []
    for n, (exercise, old, new) in enumerate(BUGS):
        source = (REPO / "reference" / f"{exercise}.py").read_text()
        assert old in source, old
        path = tmp / f"bug{n}.py"
        path.write_text(source.replace(old, new, 1))
        bugs.append((exercise, path))
    return bugs


def _future_bugs() -> list[tuple[str, Path]]:
    return [(path.parent.name, path) for path in sorted((REPO / "tests" / "corpus_future").glob("*/bug_*.py"))]


def _fails(rebuild: str, bugs: list[tuple[str, Path]], repeats: int) -> float:
    ours, base = [], []
    for exercise, path in bugs:
        wall(_check(rebuild, path, exercise))  # the reference's traces, into the cache
        for _ in range(repeats):
            ours.append(wall(_check(rebuild, path, exercise)))
            base.append(wall(BASELINE))
    ratio = statistics.median(ours) / statistics.median(base)
    print(
        f"FAIL: median {statistics.median(ours) * 1000:.0f} ms over {len(bugs)} bugs, numpy import "
        f"{statistics.median(base) * 1000:.0f} ms: ratio {ratio:.2f} (target <= {FAIL_TARGET})"
    )
    return ratio


def _passes(rebuild: str, exercises: list[str], repeats: int) -> float:
    worst = 0.0
    for exercise in exercises:
        path = REPO / "reference" / f"{exercise}.py"
        wall(_check(rebuild, path, exercise))
        ours, plain = [], []
        for _ in range(repeats):
            ours.append(wall(_check(rebuild, path, exercise)))
            plain.append(wall([sys.executable, str(path)]))
        ratio = statistics.median(ours) / statistics.median(plain)
        worst = max(worst, ratio)
        print(
            f"PASS {exercise:17} {statistics.median(ours):6.2f} s, its own run {statistics.median(plain):6.2f} s: "
            f"ratio {ratio:.2f} (target <= {PASS_TARGET})"
        )
    return worst


def main() -> int:
    rebuild = shutil.which("rebuild") or sys.exit("install rebuild first: pip install .")
    repeats = int(os.environ.get("REPEATS", "3"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REBUILD_HOME"] = tmp  # a fresh learner, never the real one
        future = sys.argv[1:] == ["future"]
        fail = _fails(rebuild, _future_bugs() if future else _article_bugs(Path(tmp)), repeats)
        passed = _passes(rebuild, FUTURE if future else ["three-layer", "alpha-sweep", "hidden-size"], repeats)
    return 0 if fail <= FAIL_TARGET and passed <= PASS_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
