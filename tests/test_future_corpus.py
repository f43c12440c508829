"""The grader on the Future Work exercises: correct programs in other words
pass, realistic bugs fail and are blamed on the right concept.

Each file of tests/corpus_future/<exercise>/ starts with `# expect: pass|fail`
and, for a failure, `# blame: <concept>` (`none`: the verdict names no concept,
e.g. a loop of the wrong length).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits

CORPUS = Path(__file__).parent / "corpus_future"
FILES = sorted(CORPUS.glob("*/*.py"))


def expectation(path: Path) -> tuple[str, str | None]:
    text = path.read_text(encoding="utf-8")
    expect = re.search(r"^# expect: (pass|fail)$", text, re.M)
    blame = re.search(r"^# blame: ([\w-]+)$", text, re.M)
    assert expect is not None, f"{path} has no `# expect:` header"
    return expect.group(1), blame.group(1) if blame else None


def test_every_exercise_has_five_correct_and_five_wrong_programs() -> None:
    future = load_catalog().ids[6:]
    for exercise in future:
        kinds = [expectation(p) for p in FILES if p.parent.name == exercise]
        assert sum(1 for e, _ in kinds if e == "pass") >= 5, exercise
        assert sum(1 for e, _ in kinds if e == "fail") >= 5, exercise
        assert all(b for e, b in kinds if e == "fail"), exercise


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_verdict_and_blame(path: Path, tmp_path: Path) -> None:
    expect, blame = expectation(path)
    verdict = grade(load_catalog(), path, path.parent.name, Limits(timeout=300), cache_dir())
    assert verdict.passed == (expect == "pass"), verdict.summary
    if expect == "fail":
        blamed = [c.concept for c in verdict.concepts if c.passed is False]
        assert blamed == ([] if blame == "none" else [blame]), verdict.summary
