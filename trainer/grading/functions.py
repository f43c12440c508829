"""Function exercises: the learner's functions, found by what they do.

After the program ends, the runner calls every function it defines on fixed
probe inputs (small values, large |x| up to 700, values inside (0, 1)), with
and without a trailing `True` (the article's `nonlin(x, deriv=True)` style).
A concept whose code is a function passes when some function of the learner's,
whatever its name, gives the reference function's outputs on every probe.
"""

from __future__ import annotations

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.grading.channel import Trace
from trainer.grading.diagnosis import Finding
from trainer.grading.numbers import close

PROBES = (  # the runner's PROBES, which it calls the learner's functions on
    np.array([-2.0, -1.0, 0.0, 1.0, 2.0]),
    np.array([[-700.0, -30.0, -5.0, -0.5], [0.5, 5.0, 30.0, 700.0]]),
    np.array([0.1, 0.25, 0.5, 0.75, 0.9]),
)
PROBE_INPUTS = ("[-2, -1, 0, 1, 2]", "[[-700, -30, -5, -0.5], [0.5, 5, 30, 700]]", "[0.1, 0.25, 0.5, 0.75, 0.9]")
Outputs = dict[int, np.ndarray]  # probe index -> what a function returned for it


def function_concepts(exercise: Exercise) -> dict[str, str]:
    """concept id -> the reference function that is its code."""
    found = {}
    for concept in exercise.concepts:
        for selector in concept.select:
            if selector.kind == "function":
                found[concept.id] = selector.names[0]
    return found


def probe_outputs(trace: Trace) -> dict[str, Outputs]:
    """label of a function (`sigmoid`, `self.slope`, `nonlin(..., True)`) -> its outputs."""
    by_function: dict[str, Outputs] = {}
    for key, value in trace.probes.items():
        label, _, index = key.rpartition("#")
        if index.isdigit():
            by_function.setdefault(label, {})[int(index)] = value
    return by_function


def compare_functions(exercise: Exercise, reference: Trace, learner: Trace) -> tuple[Finding | None, tuple[str, ...]]:
    """(the first concept whose function no learner function matches, the concepts verified)."""
    want, got = probe_outputs(reference), probe_outputs(learner)
    verified: list[str] = []
    for concept, name in function_concepts(exercise).items():
        expected = want.get(name)
        if not expected:
            continue
        if any(behaves(outputs, expected) for outputs in got.values()):
            verified.append(concept)
            continue
        return _mismatch(exercise, concept, name, expected, got), tuple(verified)
    return None, tuple(verified)


def behaves(outputs: Outputs, expected: Outputs) -> bool:
    """Does a function give the expected outputs on every probe?"""
    return all(i in outputs and close(outputs[i], want) for i, want in expected.items())


def _mismatch(exercise: Exercise, concept: str, name: str, expected: Outputs, got: dict[str, Outputs]) -> Finding:
    label = exercise.concept(concept).label
    mine = got.get(name)
    if not got:
        return Finding(
            concept,
            f"{concept} ({label}): your program has no function the grader can call; write it as a function "
            f"(a def or a lambda) that takes an array x and returns what the reference's {name}(x) returns: "
            "the grader calls it on inputs of its own",
        )
    if mine is None:
        return Finding(
            concept,
            f"{concept} ({label}): none of your functions gives what the reference's {name}(x) gives "
            f"(for x = {PROBE_INPUTS[0]} it returns {_shown(expected.get(0))})",
        )
    for index, want in expected.items():
        if index not in mine or not close(mine[index], want):
            return Finding(
                concept,
                f"{concept} ({label}) differs: for x = {PROBE_INPUTS[index]}, {name}(x) should return "
                f"{_shown(want)}, yours returns {_shown(mine.get(index))}",
            )
    return Finding(concept, f"{concept} ({label}) differs")


def _shown(value: np.ndarray | None) -> str:
    if value is None:
        return "nothing (it raised an error)"
    return np.array2string(value, precision=8, separator=", ").replace("\n", "")
