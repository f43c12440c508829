"""Zoom: the exact iteration where a difference between checkpoints began.

Past iteration 500 the runner snapshots every 1,000th iteration only. When a
training run matches at one checkpoint and not at the next, everything has
drifted by the time the difference shows, and the first quantity in dataflow
order (the forward pass) would be blamed for a bug in the update. So after
such a FAIL the learner's program runs once more, and the reference with it
(both its runs, exact and one ulp off: cached like its traces), each snapshotting
every iteration of that training run between the two checkpoints and stopped
there. The first iteration whose result differs is explained as if it were a
checkpoint of its own: every number named comes from a normal run of one of
the two programs.

A zoom only sharpens a FAIL: it never runs after a PASS, never changes a
verdict, and gives up (the checkpoint's finding stands) whenever it cannot be
sure: a run that does not come out the same again, a window where the
reference's own rounding drift is too large to tell (chaos), a difference that
crept up over many iterations (no single one began it), none found.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from trainer.basics.errors import RebuildError
from trainer.exercises.catalog import Exercise
from trainer.grading.channel import END, Instance, Trace
from trainer.grading.comparison import Comparison, Window
from trainer.grading.diagnosis import Bands, Finding, Snapshot, found, missing_state
from trainer.grading.numbers import ATOL, RTOL, band_between, close
from trainer.grading.reference_traces import zoomed_reference
from trainer.grading.sandbox import Limits, run_window

MAX_WINDOW = 1000  # iterations: checkpoints are never further apart, and the channel's caps hold
SHARP = 0.1  # the iteration before a departure is this close to the reference, in tolerances
Runs = tuple[Instance, Instance, Instance]  # the learner's, the reference's, the reference's one ulp off


def zoom_in(
    exercise: Exercise,
    comparison: Comparison,
    learner: Trace,
    path: Path,
    cpu_seconds: float,
    limits: Limits,
    cache: Path | None,
) -> Finding | None:
    """The finding at the exact iteration where the learner's run departs, or None
    (the checkpoint's finding stands)."""
    window = comparison.window
    if window is None or window.perturbed is None or window.count is None:
        return None
    last = window.count if window.stop == END else int(window.stop)
    if last - window.start > MAX_WINDOW:
        return None
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            exact = pool.submit(zoomed_reference, exercise, False, (window.reference, window.start, last), cache)
            other = pool.submit(zoomed_reference, exercise, True, (window.perturbed, window.start, last), cache)
            mine = run_window(path, cpu_seconds, limits, (window.learner, window.start, last))
            runs = _runs(window, (mine, exact.result(), other.result()))
    except (RebuildError, OSError):  # not confined, not graded, a reference that failed: no zoom
        return None
    if runs is None or not _reproduced(comparison, window, learner, runs):
        return None
    return _departure(comparison, window, runs)


def _runs(window: Window, traces: tuple[Trace, Trace | None, Trace | None]) -> Runs | None:
    """The window's training run in each zoomed trace, if every trace reached its end."""
    seqs = (window.learner, window.reference, window.perturbed)
    mine, exact, other = (
        t.instances.get(s) if t is not None and s is not None and t.status == "stopped" else None
        for t, s in zip(traces, seqs)
    )
    if mine is None or exact is None or other is None:
        return None
    return mine, exact, other


def _reproduced(comparison: Comparison, window: Window, learner: Trace, runs: Runs) -> bool:
    """Did the zoomed runs compute what the graded ones did, at both checkpoints? A
    program with unseeded draws may not: then its zoom says nothing."""
    graded = learner.instances.get(window.learner)
    references = (comparison.reference[window.index], comparison.perturbed[window.index])
    if graded is None:
        return False
    pairs = [(graded, runs[0]), (references[0], runs[1]), (references[1], runs[2])]
    for one, other in pairs:
        if (one.site, one.instance) != (other.site, other.instance):
            return False
        for at in (window.start, window.stop):
            if not _same_weights(one.snaps.get(at), other.snaps.get(at)):
                return False
    return True


def _same_weights(one: Snapshot | None, other: Snapshot | None) -> bool:
    """Every array of `one` that could be a weight (more than one number) is in `other`, bit for bit."""
    if one is None or other is None:
        return False
    arrays = [path for path, value in one.items() if value.size > 1]
    return all(path in other and np.array_equal(one[path], other[path], equal_nan=True) for path in arrays)


def _departure(comparison: Comparison, window: Window, runs: Runs) -> Finding | None:
    """The first iteration of the window whose result differs, explained; None if
    none does, or the reference's own drift is too wide to tell from there on."""
    mine, exact, other = runs
    count = window.count or 0
    last = count if window.stop == END else int(window.stop)
    keys: list[int | str] = sorted(a for a in exact.snaps if isinstance(a, int) and window.start <= a <= last)
    keys += [END] if window.stop == END else []
    state = comparison.state
    bands = _bands(exact.snaps[window.start], other.snaps.get(window.start, {}))
    for previous, at in itertools.pairwise(keys):
        want, got, before = exact.snaps[at], mine.snaps.get(at), bands
        bands = _bands(want, other.snaps.get(at, {}))
        if got is None or any(bands.get(name) is None for name in state):
            return None  # chaos: the reference cannot say what this iteration should give
        wrong = missing_state(state, want, bands, got)
        if wrong is None:
            continue
        iteration = (count if at == END else int(at)) - 1  # a snapshot is taken before the next iteration
        mine_before = mine.snaps.get(previous, {})
        if iteration != previous or not _sharp(state, exact.snaps[previous], before, mine_before):
            return None
        label = f"{iteration:,}"
        skipped = _skipped(comparison.moving, (exact.snaps[previous], mine_before), want, bands, got, label)
        return comparison.explain(window.index, (exact.snaps[previous], want), bands, got, label, wrong, skipped)
    return None


def _bands(want: Snapshot, other: Snapshot) -> Bands:
    return {name: band_between(value, other.get(name)) for name, value in want.items()}


def _sharp(state: list[str], want: Snapshot, bands: Bands, got: Snapshot) -> bool:
    """Was the learner's state, the iteration before the one that differs, far
    within the tolerance? Only then did the difference begin at that iteration:
    a difference that grew over many (a small one, or rounding in a chaotic
    regime) crosses the tolerance at an iteration that means nothing."""
    return all(_distance(got, want[name], bands.get(name) or 0.0) <= SHARP for name in state if name in want)


def _distance(got: Snapshot, want: np.ndarray, band: float) -> float:
    """How far the learner's nearest array is from `want`, in tolerances (up to 1: it matches)."""
    nearest = np.inf if want.size else 0.0
    for value in got.values():
        if value.shape == want.shape and np.isfinite(value).all() and np.isfinite(want).all():
            with np.errstate(over="ignore"):
                nearest = min(nearest, float(np.max(np.abs(value - want) / (ATOL + RTOL * np.abs(want) + band))))
    return nearest


def _skipped(
    moving: list[str], before: tuple[Snapshot, Snapshot], want: Snapshot, bands: Bands, got: Snapshot, label: str
) -> Finding | None:
    """Weights the reference changes in this iteration and the learner leaves exactly
    as they were: its update did not run (a `continue`, a condition around it). Its
    deltas are then the previous iteration's, so they are not what is to blame."""
    ref_before, mine_before = before
    still = []
    for name in moving:
        if name not in ref_before or name not in want or np.array_equal(ref_before[name], want[name]):
            continue
        band = bands.get(name) or 0.0
        if found(got, want[name], band) is not None:
            continue
        held = [p for p, v in mine_before.items() if p in got and close(v, ref_before[name], band)]
        if any(np.array_equal(got[p], mine_before[p]) for p in held):
            still.append(name)
    if not still:
        return None
    return Finding(
        "update",
        f"your {', '.join(still)} did not change at iteration {label}, where the reference's do: that "
        "iteration's update was skipped (a `continue`, or a condition around the update?)",
    )
