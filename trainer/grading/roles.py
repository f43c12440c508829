"""Which function is at fault when the forward pass, the error or a delta differs.

A wrong program is stopped at its first difference, which the dataflow names
(`forward`, `output-delta`, ...); the learner's functions are never called in
that run. When the exercise has `sigmoid` and `derivative` concepts, a short
second run calls them on fixed inputs as the failing training loop is first
entered (`runner.py`, `site:N`), and they are compared with the reference's:

- the forward pass differs, and the learner's sigmoid (the function that
  squashes -2..2 monotonically into [0, 1], whatever its name) does not give
  the reference sigmoid's values: the sigmoid is blamed;
- the error or a delta differs, and the learner's slope function (one that is
  no squasher, keeps shapes and varies over sigmoid outputs) does not give the
  reference slope's values: the derivative is blamed. A slope written for the
  sigmoid's input, s(x)(1-s(x)), is right when given the input: it is blamed
  only when the learner's own delta shows it was given the output.

Where some function of the learner's behaves like the reference's, or none
plays the role (a sigmoid written inline), the dataflow's finding stands, and a
concept the run verified (the forward pass verifies the sigmoid) is never
blamed. The message names one probe input and both functions' values there:
numbers the learner can reproduce by calling their function.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.grading.channel import Trace
from trainer.grading.diagnosis import Finding, Snapshot, found
from trainer.grading.functions import PROBES, Outputs, behaves, function_concepts, probe_outputs
from trainer.grading.numbers import ATOL, RTOL
from trainer.grading.sandbox import Limits, NotGraded, run_program

ROLES = {"sigmoid": ("forward",), "derivative": ("error", "output-delta", "hidden-delta")}  # what each explains
ORDER = {"sigmoid": (0, 1, 2), "derivative": (2, 0, 1)}  # probes to quote from: sigmoid outputs for a slope
SLOPE_WORDS = ("deriv", "slope", "grad", "prime", "True")  # a name that says "slope" is asked first
PROBE_CPU = 10.0  # seconds: the second run only has to reach the training loop
Evidence = tuple[Snapshot, Snapshot] | None  # (the reference's, the learner's) at the failing checkpoint


def suspect(exercise: Exercise, finding: Finding, judged: tuple[str, ...]) -> str | None:
    """The function concept that may explain the dataflow's `finding`, if it is judged and not verified."""
    functions = function_concepts(exercise)
    for concept, explains in ROLES.items():
        if finding.concept in explains and concept in functions and concept in judged:
            return None if concept in finding.verified else concept
    return None


def probe_run(path: Path, site: int, limits: Limits) -> Trace:
    """The learner's functions, called as the training loop (`site`) is first entered."""
    try:
        return run_program(path, PROBE_CPU, limits, probe_site=site)
    except NotGraded:  # a busy machine: the dataflow's finding stands
        return Trace()


def blame_function(
    exercise: Exercise, concept: str, finding: Finding, reference: Trace, learner: Trace, evidence: Evidence
) -> Finding | None:
    """A finding against the learner's function for `concept`, when it plays the role and differs."""
    names = function_concepts(exercise)
    want, got = probe_outputs(reference), probe_outputs(learner)
    expected = want.get(names[concept])
    if not expected or any(behaves(outputs, expected) for outputs in got.values()):
        return None  # the reference's function is among the learner's: the fault is elsewhere
    if concept == "sigmoid":
        players = sorted((f for f, o in got.items() if _squashes(o)), key=lambda f: -_agreement(got[f], expected))
        return _differs(exercise, concept, names[concept], players, got, expected, finding)
    sigmoid = want.get(names.get("sigmoid", ""), {})
    of_input = [label for label, o in got.items() if sigmoid and behaves(o, _input_slope(sigmoid))]
    if of_input and _given_the_output(exercise, evidence):
        return _given_output(exercise, names[concept], of_input[0], got[of_input[0]], expected, finding)
    players = [label for label, o in got.items() if label not in of_input and _slopes(o)]
    players.sort(key=lambda f: (not any(w in f for w in SLOPE_WORDS), -_agreement(got[f], expected)))
    return _differs(exercise, concept, names[concept], players, got, expected, finding)


def _keeps_shapes(outputs: Outputs) -> bool:
    return all(i in outputs and outputs[i].shape == probe.shape for i, probe in enumerate(PROBES))


def _squashes(outputs: Outputs) -> bool:
    """A sigmoid, right or wrong: -2..2 into [0, 1], monotonically, each probe's shape kept."""
    small = outputs.get(0)
    if small is None or not _keeps_shapes(outputs) or not np.isfinite(small).all():
        return False
    steps = np.diff(small)
    return bool((small >= 0).all() and (small <= 1).all() and ((steps > 0).all() or (steps < 0).all()))


def _slopes(outputs: Outputs) -> bool:
    """A slope, right or wrong: no squasher, each probe's shape kept, finite and varying over sigmoid outputs."""
    inside = outputs.get(2)
    if inside is None or not _keeps_shapes(outputs) or _squashes(outputs):
        return False
    return bool(np.isfinite(inside).all() and np.ptp(inside) > 0)


def _input_slope(sigmoid: Outputs) -> Outputs:
    """The sigmoid's slope at its input, s(x)(1-s(x)), from the reference sigmoid's values."""
    return {index: s * (1 - s) for index, s in sigmoid.items()}


def _given_the_output(exercise: Exercise, evidence: Evidence) -> bool:
    """Does the learner's snapshot hold the error times s(o)(1-s(o)) of the output o (any sign or scale):
    the slope at the input, given the output?"""
    outputs = [n for c, n in exercise.dataflow if c == "forward"][-1:]
    errors = [n for c, n in exercise.dataflow if c == "error"][-1:]
    if evidence is None or not outputs or not errors:
        return False
    want, got = evidence
    if outputs[0] not in want or errors[0] not in want:
        return False
    with np.errstate(all="ignore"):
        s = 1 / (1 + np.exp(-want[outputs[0]]))
        delta = want[errors[0]] * s * (1 - s)
    band = 1e-6 * float(np.max(np.abs(delta), initial=0.0))
    return found(got, delta, band, scale_free=True) is not None


def _agreement(outputs: Outputs, expected: Outputs) -> int:
    """On how many probe inputs a function gives the expected value."""
    same = [np.isclose(outputs[i], w, rtol=RTOL, atol=ATOL) for i, w in expected.items() if _comparable(outputs, w, i)]
    return sum(int(np.count_nonzero(s)) for s in same)


def _comparable(outputs: Outputs, want: np.ndarray, index: int) -> bool:
    return index in outputs and outputs[index].shape == want.shape


def _difference(outputs: Outputs, expected: Outputs, concept: str) -> tuple[float, float, float] | None:
    """(x, the reference's value, the learner's) at the first probe input where they differ: the
    smallest |x| for a sigmoid, a sigmoid output (0..1) first for a slope."""
    points = [(i, j) for i in ORDER[concept] for j in np.ndindex(PROBES[i].shape)]
    if concept == "sigmoid":
        points.sort(key=lambda point: abs(float(PROBES[point[0]][point[1]])))
    for i, j in points:
        want = expected.get(i)
        if want is None or not _comparable(outputs, want, i):
            continue
        mine, theirs = float(outputs[i][j]), float(want[j])
        if not (abs(mine - theirs) <= ATOL + RTOL * abs(theirs) or mine == theirs):
            return float(PROBES[i][j]), theirs, mine
    return None


def _call(label: str) -> str:
    """How the learner calls the function: `sigmoid(x)`, `self.slope(x)`, `nonlin(x, True)`."""
    return f"{label.removesuffix('(..., True)')}(x, True)" if label.endswith("(..., True)") else f"{label}(x)"


def _differs(
    exercise: Exercise,
    concept: str,
    name: str,
    players: list[str],
    got: dict[str, Outputs],
    expected: Outputs,
    finding: Finding,
) -> Finding | None:
    for label in players:
        point = _difference(got[label], expected, concept)
        if point is not None:
            x, theirs, mine = point
            return Finding(
                concept,
                f"{concept} ({exercise.concept(concept).label}) differs: for x = {x:g}, the reference's {name}(x) "
                f"returns {theirs!r}, your {_call(label)} returns {mine!r}; this is what shows first: {finding.message}",
                finding.verified,
            )
    return None


def _given_output(
    exercise: Exercise, name: str, label: str, outputs: Outputs, expected: Outputs, finding: Finding
) -> Finding | None:
    point = _difference(outputs, expected, "derivative")
    if point is None:
        return None
    x, theirs, mine = point
    return Finding(
        "derivative",
        f"derivative ({exercise.concept('derivative').label}) differs: your {_call(label)} is the slope at the "
        f"sigmoid's input (it applies the sigmoid again), and your program gives it the sigmoid's output: for "
        f"x = {x:g}, the reference's {name}(x) returns {theirs!r}, your {_call(label)} returns {mine!r}; this is "
        f"what shows first: {finding.message}",
        finding.verified,
    )
