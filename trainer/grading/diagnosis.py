"""Say what is wrong: the first quantity, in dataflow order, that differs.

Quantities are matched by value and shape, not by name: the learner may call
the weights anything and keep them anywhere. When the weights after an
iteration differ, the quantities that iteration computed (the forward pass, the
error, the deltas, counts) are looked for in the learner's snapshot in the
order the catalog's dataflow gives, and the first one missing is blamed; a
quantity that matches only with its sign flipped is named as such, and blamed
where the sign entered, not where it was faithfully applied.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.grading.channel import END, Trace
from trainer.grading.numbers import close, scale_factor, shape_text
from trainer.grading.text import shown
from trainer.grading.upstream import upstream

SCALE_FREE = ("error", "output-delta", "hidden-delta")  # sign conventions and folded alpha are free here
MAX_DETAIL = 400
STATUS_TEXT = {
    "exited": "your program exited early (sys.exit with code {detail})",
    "error": "your program stopped with an error: {detail}",
    "memory": "your program ran out of memory",
    "cpu": "your program was stopped: {detail} (raise the limit with --timeout SECONDS)",
    "crashed": "your program was stopped: {detail}",
    "output": "your program was stopped: {detail}",
}

Snapshot = dict[str, np.ndarray]
Bands = dict[str, float | None]  # None: chaotic there, the reference cannot tell


@dataclass(frozen=True)
class Finding:
    concept: str | None  # the concept at fault, when it can be told
    message: str
    verified: tuple[str, ...] = ()  # concepts seen to match before the fault
    negated: tuple[str, ...] = ()  # concepts that matched only with their sign flipped


def status_finding(learner: Trace) -> Finding | None:
    if learner.ok:
        return None
    detail = shown(learner.detail, MAX_DETAIL)
    return Finding(None, STATUS_TEXT.get(learner.status, "{detail}").format(detail=detail))


def found(snapshot: Snapshot, want: np.ndarray, band: float, scale_free: bool = False) -> tuple[str, float] | None:
    """(path, factor) of an array in `snapshot` equal to `want` (times `factor`, if scale-free)."""
    for path, value in snapshot.items():
        if close(value, want, band):
            return path, 1.0
    if scale_free:
        for path, value in snapshot.items():
            factor = scale_factor(value, want, band)
            if factor is not None:
                return path, factor
    return None


def matches(
    got: Snapshot, want: Snapshot, name: str, bands: Bands, scale_free: bool = False
) -> tuple[str, float] | None:
    """Where the learner has the reference's `name` (a chaotic one counts as found)."""
    band = bands.get(name, 0.0)
    if band is None:
        return "", 1.0
    return found(got, want[name], band, scale_free)


def missing_state(names: list[str], want: Snapshot, bands: Bands, got: Snapshot) -> str | None:
    """The first reference array with no equal in the learner's snapshot."""
    for name in names:
        if name in want and matches(got, want, name, bands) is None:
            return name
    return None


def _renamed_shape(want: Snapshot, got: Snapshot) -> str:
    """A given array (X, y) the learner keeps under the reference's name in another shape."""
    for name, value in want.items():
        mine = got.get(name)
        if mine is not None and mine.shape != value.shape and mine.size == value.size:
            return f" — your {name} has shape {shape_text(mine.shape)}, the reference's {shape_text(value.shape)}"
    return ""


def shape_hint(want: np.ndarray, got: Snapshot) -> str:
    fitting = (want.shape, want.shape[::-1]) if want.ndim == 2 else (want.shape,)  # a transpose fits too
    shapes = sorted({v.shape for v in got.values() if v.ndim == want.ndim and v.shape not in fitting})
    close_shapes = [s for s in shapes if sorted(s) == sorted(want.shape) or s[:1] == want.shape[:1]]
    if close_shapes and not any(v.shape in fitting for v in got.values()):
        return f": expected an array of shape {shape_text(want.shape)}, yours are {shape_text(close_shapes[0])}"
    return f" (none of your arrays of shape {shape_text(want.shape)} has the expected values)"


def explain_iteration(
    exercise: Exercise, want: Snapshot, bands: Bands, got: Snapshot, iteration: str, wrong: str
) -> Finding:
    """The first concept, in dataflow order, none of whose quantities the learner has;
    if they have them all, the one that updates `wrong`, the state that differs after it."""
    steps: dict[str, list[str]] = {}
    for concept, name in exercise.dataflow:
        if name in want:
            steps.setdefault(concept, []).append(name)
    matched: list[str] = []
    negated: list[str] = []
    vouched: set[str] | None = None
    for concept, names in steps.items():
        # a concept's result is its last quantity; its earlier ones may be fused into it
        result = matches(got, want, names[-1], bands, concept in SCALE_FREE)
        if result is not None:
            matched.append(concept)
            if result[1] < 0:
                negated.append(concept)
            continue
        vouched = _vouched(exercise, want, bands, got) if vouched is None else vouched
        if names[-1] in vouched:  # unseen (fused, or in a function's locals), but what it feeds is right
            matched.append(concept)
            continue
        return _blame(exercise, concept, want, names[-1], got, iteration, matched, negated)
    updaters = [c for c, name in exercise.dataflow if name == wrong] if wrong in exercise.state else []
    updater = updaters[-1] if updaters else "update"
    if updater == "update":
        after = "the weights after it differ: check the weight updates"
    else:
        after = f"{wrong} after it differs: check {exercise.concept(updater).label}"
    return Finding(
        updater, f"everything iteration {iteration} computes matches, but {after}", tuple(matched), tuple(negated)
    )


def _vouched(exercise: Exercise, want: Snapshot, bands: Bands, got: Snapshot) -> set[str]:
    """The reference's quantities that a quantity the learner has right was computed
    from this iteration: a learner's array equal to the reference's could not have
    come from a wrong input. Only arrays really compared vouch (not chaotic ones), and
    only informative ones: a count of sign changes matches while the values it counts
    differ, and an array of one magnitude (clipped, saturated) equals many others."""
    concepts = {name: concept for concept, name in exercise.dataflow}
    vouched: set[str] = set()
    for name, sources in upstream(exercise).items():
        if name not in want or bands.get(name, 0.0) is None or sources <= vouched:
            continue
        value = want[name]
        if np.array_equal(value, np.round(value)) or np.unique(np.abs(value)).size < 2:
            continue
        if matches(got, want, name, bands, concepts.get(name) in SCALE_FREE) is not None:
            vouched |= sources
    return vouched


def sign_finding(exercise: Exercise, negated: str, iteration: str, verified: tuple[str, ...]) -> Finding:
    """Every weight steps the wrong way and `negated` is the reference's with its sign flipped:
    the sign entered there, and the updates applied it faithfully."""
    return Finding(
        negated,
        f"your {negated} ({exercise.concept(negated).label}) has the opposite sign of the reference's, and your "
        f"updates apply it the way the reference applies its own, so every weight moves the wrong way from "
        f"iteration {iteration}: flip the sign of the {negated}, or add in the updates where the reference subtracts",
        tuple(c for c in verified if c != negated),
    )


def _blame(
    exercise: Exercise,
    concept: str,
    want: Snapshot,
    name: str,
    got: Snapshot,
    iteration: str,
    matched: list[str],
    negated: list[str],
) -> Finding:
    label = exercise.concept(concept).label
    prefix = f"{', '.join(matched)} match; " if matched else ""
    detail = shape_hint(want[name], got) + _renamed_shape(want, got)
    if any(not np.isfinite(v).all() for v in got.values()):
        detail += "; some of your values are NaN or infinite"
    return Finding(
        concept, f"{prefix}{concept} ({label}) differs at iteration {iteration}{detail}", tuple(matched), tuple(negated)
    )


IMPLIED = {"forward": ("sigmoid",), "output-delta": ("derivative",)}  # a concept that matches verifies these


def implied(verified: tuple[str, ...]) -> tuple[str, ...]:
    """The concepts verified, with those a verified concept could not match without."""
    more = [c for v in verified for c in IMPLIED.get(v, ())]
    return tuple(dict.fromkeys([*verified, *more]))


def wrong_way(weights: list[str], before: Snapshot, want: Snapshot, got: Snapshot) -> list[str]:
    """The weights whose step is the reference's reversed: their update goes uphill."""
    reversed_ = []
    for name in weights:
        if name not in before or name not in want or np.allclose(before[name], want[name]):
            continue
        if found(got, 2 * before[name] - want[name], 0.0):
            reversed_.append(name)
    return reversed_


def initial_finding(
    exercise: Exercise,
    run: int,
    name: str,
    want: np.ndarray,
    got: Snapshot,
    runs: int,
    blame: tuple[str, str] = ("", ""),
) -> Finding:
    """`blame`: (concept, why) when the starting weights tell (seeding.py)."""
    concept = blame[0] or ("reseed" if run > 0 and "reseed" in exercise.concept_ids else "init")
    which = f" (training run {run + 1})" if runs > 1 else ""
    why = blame[1] or "check np.random.seed(1), the order of the draws and their range"
    return Finding(
        concept, f"the weights differ before the first iteration{which}: {name}{shape_hint(want, got)}; {why}"
    )


def iteration_label(at: int | str, previous: int | None, count: int | None) -> str:
    last = (count - 1) if at == END and count else (int(at) - 1 if at != END else 0)
    first = previous if previous is not None else last
    return str(last) if first >= last else f"{first:,}..{last:,}"
