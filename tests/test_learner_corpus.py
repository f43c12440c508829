"""Programs written by other people, the way different learners write them.

`corpus/learners/correct/` holds programs equivalent to the references in many
styles (weights in dicts, objects and lists, `enumerate`, `zip`, classes,
`main()`, `while` loops, `@`, `einsum`, extra and full-precision prints, the
functions alone); every one must pass. `corpus/learners/wrong/` holds realistic
bugs, each labelled with the concept a teacher would blame; every one must
fail, blamed on that concept (the few the diagnosis still blames elsewhere are
listed, at most 5%), with a message whose every number the learner can find:
in the reference's output, in their own program or its normal run, or in the
probe a function message names.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits

LEARNERS = Path(__file__).parent / "corpus" / "learners"
PATIENT = Limits(timeout=900.0)  # CPU seconds: a busy machine must not fail a correct program


# Correct programs the grader still fails, and why. Each is a strict xfail: the
# day the grader passes one, its entry must go.
STILL_FAILED: dict[str, str] = {}


# Wrong programs the diagnosis blames on another concept than a teacher would, and why.
MISBLAMED: dict[str, str] = {}


def _programs(kind: str) -> list[Path]:
    return sorted((LEARNERS / kind).rglob("*.py"))


def _header(path: Path) -> dict[str, str]:
    return {k: v.strip() for k, v in re.findall(r"^# (\w+): (.*)$", path.read_text(encoding="utf-8")[:800], re.M)}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _grade(path: Path):  # type: ignore[no-untyped-def]
    return grade(load_catalog(), path, _header(path)["exercise"], PATIENT, cache_dir())


def test_the_corpus_is_large_and_labelled() -> None:
    correct, wrong = _programs("correct"), _programs("wrong")
    assert len(correct) + len(wrong) >= 150
    exercises = {_header(p)["exercise"] for p in correct + wrong}
    # the article's six; the Future Work exercises have theirs in tests/corpus_future
    assert exercises == {e.id for e in load_catalog().exercises if not e.requires}
    assert all(_header(p)["expect"] == "pass" for p in correct)
    assert all(_header(p)["expect"] == "fail" and _header(p).get("blame") for p in wrong)


@pytest.mark.parametrize("path", _programs("correct"), ids=_id)
def test_correct_programs_pass(path: Path) -> None:
    verdict = _grade(path)
    if _id(path) in STILL_FAILED:
        assert not verdict.passed, "the grader now passes this one: remove it from STILL_FAILED"
        pytest.xfail(STILL_FAILED[_id(path)])
    assert verdict.passed, verdict.summary


@pytest.mark.parametrize("path", _programs("wrong"), ids=_id)
def test_wrong_programs_fail_blamed_where_a_teacher_would(path: Path, reference_outputs: dict[str, str]) -> None:
    verdict = _grade(path)
    assert not verdict.passed, "a wrong program passed"
    blamed = [c.concept for c in verdict.concepts if c.passed is False]
    unfound = _numbers_nowhere(verdict.summary, path, reference_outputs[_header(path)["exercise"]])
    assert not unfound, f"numbers the learner cannot find: {unfound} in {verdict.summary}"
    if _id(path) in MISBLAMED:
        assert _header(path)["blame"] not in blamed, "now blamed right: remove it from MISBLAMED"
        pytest.xfail(MISBLAMED[_id(path)])
    assert blamed == [_header(path)["blame"]], verdict.summary


def test_at_most_one_in_twenty_wrong_programs_is_blamed_elsewhere() -> None:
    assert len(MISBLAMED) <= 0.05 * len(_programs("wrong"))


NUMBER = re.compile(r"(?<![\w.#])-?(?:\d+\.\d+|\d+(?:\.\d+)?e[-+]?\d+)(?![\w.])")
PROBED = re.compile(r"for x = [^;]*")  # a function's value at a probe the message names: reproducible


def _numbers_nowhere(message: str, path: Path, reference_output: str) -> list[str]:
    """The decimal numbers of `message` found neither in the reference's output, the
    reference's or the learner's source, nor in a normal run of the learner's program."""
    quoted = re.sub(r'"[^"]*"', "", PROBED.sub("", message))  # a quoted line is checked for what it quotes
    wanted = [n for n in NUMBER.findall(quoted) if n not in reference_output and n not in path.read_text()]
    if not wanted:
        return []
    normal = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=900, cwd=path.parent)
    return [n for n in wanted if n not in normal.stdout]
