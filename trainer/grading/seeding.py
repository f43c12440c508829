"""Weights that differ before the first iteration: the draws, or the seeding?

The `init` concept is the code that draws the starting weights, `reseed` the
call that puts numpy's generator in its seeded state before each run's draws.
Which one is wrong shows in the learner's starting weights:

- a run that starts from the weights the previous run ended with never drew
  its own: the draws are missing from the run (init);
- numbers the seeded generator gives, but not the reference's: from the
  reference's own stretch of the stream (another order, range or shape) the
  draws are wrong (init); from further along it, the generator was seeded once
  and has gone on since: the seeding is missing before this run (reseed);
- numbers the seeded generator never gives there: the draws came from another
  state (unseeded, or seeded after drawing): the seeding is wrong (reseed).

The seeded stream is numpy's own for the seed the reference calls, uniform and
normal (any affine map of them: `2*random-1`, `uniform(-1, 1)`, `0.1*randn`).
Where the exercise has no `reseed` concept, the seed call is part of the draws.
"""

from __future__ import annotations

import ast
import functools

import numpy as np

from trainer.exercises.catalog import Exercise

Snapshot = dict[str, np.ndarray]
FIT = 1e-9  # relative residual of an affine fit: the same numbers, mapped
MIN_VALUES = 3  # an affine fit of fewer numbers always succeeds: it tells nothing


@functools.cache
def _seed(source: str) -> int | None:
    """The integer the reference seeds numpy's generator with (its first seed call)."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "seed"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, int)
        ):
            return node.args[0].value
    return None


def _streams(seed: int, size: int) -> list[np.ndarray]:
    return [np.random.RandomState(seed).random_sample(size), np.random.RandomState(seed).standard_normal(size)]


def _offset(values: np.ndarray, stream: np.ndarray) -> int | None:
    """Where in `stream` a window lies of which `values` is an affine image (a nonzero slope)."""
    n = values.size
    if n < MIN_VALUES or stream.size < n or np.ptp(values) == 0:
        return None
    windows = np.lib.stride_tricks.sliding_window_view(stream, n)
    centred = windows - windows.mean(axis=1, keepdims=True)
    target = values - values.mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        slope = (centred @ target) / np.einsum("ij,ij->i", centred, centred)
        residual = np.abs(centred * slope[:, None] - target).max(axis=1)
    hits = np.flatnonzero(residual <= FIT * np.abs(target).max())
    return int(hits[0]) if hits.size else None


def _carried(got: Snapshot, shape: tuple[int, ...], previous: tuple[Snapshot, Snapshot] | None) -> bool:
    """Does the learner start this run with an array the previous run trained (changed) and ended with?"""
    if previous is None:
        return False
    start, end = previous
    return any(
        value.shape == shape
        and path in end
        and path in start
        and np.array_equal(value, end[path])
        and not np.array_equal(start[path], end[path])
        for path, value in got.items()
    )


def _looks_drawn(values: np.ndarray) -> bool:
    """Distinct and unevenly spaced: random numbers, not zeros, ones or a range."""
    ordered = np.sort(values)
    steps = np.diff(ordered)
    return bool(values.size >= 2 and np.all(steps > 0) and np.ptp(steps) > 1e-9 * np.ptp(ordered))


def start_concept(
    exercise: Exercise,
    run: int,
    wrong: np.ndarray,
    weights: list[np.ndarray],
    got: Snapshot,
    previous: tuple[Snapshot, Snapshot] | None,
) -> tuple[str, str]:
    """(concept, why) for the learner's starting weights that differ from the reference's
    (`wrong`: the first with no equal; `weights`: all the reference draws, in order);
    `previous`: the learner's last training run's (start, end) snapshots."""
    seeding = "reseed" if "reseed" in exercise.concept_ids else "init"
    if run > 0 and _carried(got, wrong.shape, previous):
        return (
            "init",
            f"this run starts from the weights your training run {run} ended with: draw them again for each run",
        )
    seed = _seed(exercise.reference_source())
    if seed is None:
        return (seeding if run > 0 else "init"), ""
    drawn = sum(v.size for v in weights)
    candidates = [v.ravel() for v in got.values() if v.shape == wrong.shape and v.ndim > 0]
    if not candidates:
        return "init", ""  # no array of the reference's shape: the draws' shapes
    if wrong.size < MIN_VALUES:
        return (seeding if run > 0 else "init"), ""  # any two numbers are an affine image of any two others
    streams = _streams(seed, max(4096, 64 * drawn))
    offsets = [o for v in candidates for s in streams if (o := _offset(v, s)) is not None]
    if any(o + wrong.size <= drawn for o in offsets):
        return "init", "they are the seeded generator's numbers, drawn in another order, shape or range"
    if offsets:
        return seeding, "they are numbers the seeded generator gives later on: seed it again before each run's draws"
    if not any(_looks_drawn(v) for v in candidates):
        return "init", ""
    return seeding, f"they are not numbers np.random.seed({seed}) gives: seed the generator right before the draws"
