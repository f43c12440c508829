"""Compare a learner's trace with the reference's and say what is wrong.

Quantities are matched by value and shape, not by name: the learner may call
the weights anything. The first difference in execution order is reported, in
the exercise's dataflow order within an iteration.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.grading.numbers import Printed, close, close_up_to_scale, printed_agree, printed_numbers, shape_text
from trainer.grading.reference_traces import ReferenceTraces
from trainer.grading.sandbox import Trace

SCALE_FREE = ("error", "output-delta", "hidden-delta")  # sign conventions and folded alpha are free here
STATUS_TEXT = {
    "exited": "your program exited early (sys.exit with code {detail})",
    "error": "your program stopped with an error: {detail}",
    "memory": "your program ran out of memory",
    "timeout": "your program was stopped: {detail}",
    "crashed": "your program was stopped: {detail}",
    "output": "your program was stopped: {detail}",
}


@dataclass(frozen=True)
class Finding:
    concept: str | None  # the concept at fault, when it can be told
    message: str


def _positions(trace: Trace, loop: int) -> list[str]:
    keys = [k.split("/")[1] for k in trace.snapshots if k.startswith(f"{loop}/")]
    return sorted(keys, key=lambda p: float("inf") if p == "end" else int(p))


def _find(learner: dict[str, np.ndarray], want: np.ndarray, band: float, scale_free: bool) -> str | None:
    test = close_up_to_scale if scale_free else close
    for name, value in learner.items():
        if test(value, want, band):
            return name
    return None


def _band(traces: ReferenceTraces, key: str, name: str) -> float:
    """How far one ulp of rounding moved this array in the reference: the largest
    element-wise drift (drift spreads across elements in a chaotic regime)."""
    exact, other = traces.exact.snapshots[key][name], traces.perturbed.snapshots.get(key, {}).get(name)
    if other is None or other.shape != exact.shape:
        return 0.0
    drift = np.abs(exact - other)
    return float(np.nanmax(drift)) if drift.size else 0.0


def _shape_hint(name: str, learner: dict[str, np.ndarray], want: np.ndarray) -> str:
    got = learner.get(name)
    if got is not None and got.shape != want.shape:
        hint = " — check the shape of y" if got.ndim == 2 and got.shape[0] == got.shape[1] else ""
        return f": expected shape {shape_text(want.shape)}, got {shape_text(got.shape)}{hint}"
    return f" (no array of shape {shape_text(want.shape)} in your loop has the expected values)"


def _state_mismatch(
    exercise: Exercise, traces: ReferenceTraces, learner: dict[str, np.ndarray], key: str
) -> str | None:
    reference = traces.exact.snapshots[key]
    for name in exercise.state:
        if name in reference and _find(learner, reference[name], _band(traces, key, name), False) is None:
            return name
    return None


def _explain_iteration(
    exercise: Exercise, traces: ReferenceTraces, learner: dict[str, np.ndarray], key: str, iteration: str
) -> Finding:
    """The first concept, in dataflow order, none of whose quantities the learner has.

    A concept may compute several quantities (the hidden error, then the hidden
    delta); a learner who fuses them into one expression has only some of them.
    The arrays the loop carries (the exercise's `state`) are never fused away, so
    a concept that updates several of them matches only if every one does.
    """
    reference = traces.exact.snapshots[key]
    steps: dict[str, list[str]] = {}
    for concept, name in exercise.dataflow:
        if name in reference:
            steps.setdefault(concept, []).append(name)
    matched: list[str] = []
    for concept, names in steps.items():
        scale_free = concept in SCALE_FREE
        found = [_find(learner, reference[n], _band(traces, key, n), scale_free) is not None for n in names]
        # any one quantity may stand for a fused computation; a carried array (a weight, a bias) never is
        carried = [f for n, f in zip(names, found) if n in exercise.state]
        if any(found) and all(carried):
            matched.append(concept)
            continue
        label = exercise.concept(concept).label
        prefix = f"{', '.join(matched)} match; " if matched else ""
        detail = _shape_hint(names[-1], learner, reference[names[-1]])
        if any(not np.isfinite(v).all() for v in learner.values()):
            detail += "; your values contain NaN or infinity"
        return Finding(concept, f"{prefix}{concept} ({label}) differs at iteration {iteration}{detail}")
    return Finding(
        "update",
        f"every quantity of iteration {iteration} matches but the weights after it differ: check the weight updates",
    )


def _uphill(exercise: Exercise, traces: ReferenceTraces, learner_trace: Trace, loop: int) -> bool:
    """Does the learner's error grow where the reference's shrinks?"""
    curve = error_curve(exercise, learner_trace, traces.exact, loop)
    return len(curve) >= 3 and curve[-1] > curve[0]


def compare_states(exercise: Exercise, learner: Trace, traces: ReferenceTraces) -> Finding | None:
    reference = traces.exact
    if len(learner.loops) != len(reference.loops):
        return Finding(
            None,
            f"your program runs {len(learner.loops)} training loop(s) of 5,000 iterations or more; "
            f"the reference runs {len(reference.loops)}",
        )
    for index, (mine, theirs) in enumerate(zip(learner.loops, reference.loops)):
        if mine["length"] is not None and theirs["length"] is not None and mine["length"] != theirs["length"]:
            return Finding(
                None, f"training loop {index + 1} runs {mine['length']:,} iterations; expected {theirs['length']:,}"
            )
    for index in range(len(reference.loops)):
        previous = None
        for position in _positions(reference, index):
            key = f"{index}/{position}"
            snapshot = learner.snapshots.get(key, {})
            wrong = _state_mismatch(exercise, traces, snapshot, key)
            if wrong is None:
                previous = position
                continue
            return _explain(exercise, traces, learner, snapshot, index, position, previous, wrong)
    return None


def _explain(
    exercise: Exercise,
    traces: ReferenceTraces,
    learner: Trace,
    snapshot: dict[str, np.ndarray],
    index: int,
    position: str,
    previous: str | None,
    wrong: str,
) -> Finding:
    run = f" (run {index + 1})" if len(traces.exact.loops) > 1 else ""
    if previous is None:
        want = traces.exact.snapshots[f"{index}/{position}"][wrong]
        concept = "reseed" if index > 0 and "reseed" in exercise.concept_ids else "init"
        return Finding(
            concept,
            f"the weights differ before the first iteration{run}: {wrong}{_shape_hint(wrong, snapshot, want)}; "
            "check np.random.seed(1), the order of the draws and 2*np.random.random(shape) - 1",
        )
    if position == "end":
        length = traces.exact.loops[index]["length"]
        expected = f" (the reference runs {length:,})" if length else ""
        return Finding(
            "loop",
            f"every checkpoint matches but the weights after the last iteration differ{run}: "
            f"check the number of iterations{expected}",
        )
    iteration = str(int(position) - 1)
    if int(previous) != int(position) - 1:
        iteration = f"{int(previous)}..{int(position) - 1}"
    finding = _explain_iteration(exercise, traces, snapshot, f"{index}/{position}", iteration)
    if finding.concept == "update" and _uphill(exercise, traces, learner, index):
        return Finding("update", f"your update moves the weights uphill: the error grows{run}")
    return Finding(finding.concept, finding.message + run)


def compare_prints(exercise: Exercise, learner: Trace, traces: ReferenceTraces) -> Finding | None:
    """Printed figures, compared as numbers in order; label integers are optional."""
    want = printed_numbers(traces.exact.stdout)
    other = printed_numbers(traces.perturbed.stdout)
    bands = [abs(a.value - b.value) if len(other) == len(want) else 0.0 for a, b in zip(want, other)] or [0.0] * len(
        want
    )
    got = printed_numbers(learner.stdout)
    concept = "error-print" if "error-print" in exercise.concept_ids else None
    i = 0
    for w, band in zip(want, bands):
        while i < len(got) and got[i].is_label and not printed_agree(got[i], w.value, band):
            i += 1
        if i < len(got) and printed_agree(got[i], w.value, band):
            i += 1
            continue
        if w.is_label:
            continue
        shown = got[i].text if i < len(got) else "nothing more"
        return Finding(concept, f"printed figure {_ordinal(want, w)} differs: expected {w.text}, got {shown}")
    extra = [p for p in got[i:] if not p.is_label]
    if extra:
        return Finding(concept, f"your program prints more figures than expected, starting with {extra[0].text}")
    return None


def _ordinal(want: list[Printed], figure: Printed) -> str:
    return f"#{want.index(figure) + 1}"


def status_finding(learner: Trace) -> Finding | None:
    if learner.ok:
        return None
    return Finding(None, STATUS_TEXT.get(learner.status, "{detail}").format(detail=learner.detail))


def _error_name(exercise: Exercise, learner: Trace, reference: Trace, loop: int) -> str | None:
    """The learner's name for the output error: the array that equals the
    reference's error (up to sign) after the first iteration, else a usual name."""
    reference_name = next((name for concept, name in exercise.dataflow if concept == "error"), None)
    key = f"{loop}/1"
    want = reference.snapshots.get(key, {}).get(reference_name or "")
    mine = learner.snapshots.get(key, {})
    if want is not None:
        found = _find(mine, want, 0.0, True)
        if found is not None:
            return found
    return reference_name if reference_name in mine else None


def error_curve(exercise: Exercise, learner: Trace, reference: Trace, loop: int = 0) -> list[float]:
    """Mean absolute output error of `learner` at each checkpoint of one loop."""
    name = _error_name(exercise, learner, reference, loop)
    if name is None:
        return []
    curve: list[float] = []
    for position in _positions(learner, loop):
        value = learner.snapshots[f"{loop}/{position}"].get(name)
        if value is not None:
            curve.append(float(np.mean(np.abs(value))))
    return curve
