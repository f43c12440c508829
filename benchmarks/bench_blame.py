"""How often the diagnosis blames the concept a teacher would: the share of the
wrong programs in tests/corpus/learners/wrong whose verdict marks the concept
named in their `# blame:` header, by exercise.

Run: python benchmarks/bench_blame.py   (with rebuild installed in this Python)
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits

WRONG = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "learners" / "wrong"


def _header(path: Path) -> dict[str, str]:
    return {k: v.strip() for k, v in re.findall(r"^# (\w+): (.*)$", path.read_text(encoding="utf-8")[:800], re.M)}


def main() -> int:
    catalog, right, total = load_catalog(), Counter[str](), Counter[str]()
    with tempfile.TemporaryDirectory() as cache, ThreadPoolExecutor(2) as pool:

        def blamed(path: Path) -> tuple[str, bool, str]:
            header = _header(path)
            verdict = grade(catalog, path, header["exercise"], Limits(timeout=900), Path(cache))
            concepts = [c.concept for c in verdict.concepts if c.passed is False]
            return header["exercise"], header["blame"] in concepts, f"{path.name}: {concepts} {verdict.summary[:90]}"

        for exercise, ok, line in pool.map(blamed, sorted(WRONG.rglob("*.py"))):
            total[exercise] += 1
            right[exercise] += ok
            print(("  right " if ok else "  WRONG ") + line)
    for exercise in total:
        print(f"{exercise:18} {right[exercise]}/{total[exercise]}")
    print(f"blame_share {sum(right.values()) / sum(total.values()):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
