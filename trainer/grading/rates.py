"""An update that steps the reference's way, but by a constant multiple of its step.

When every weight moves exactly in the reference's direction, each by the same
factor times the reference's step, the gradient is right and the step size is
not: the learning rate. If one of the reference's settings of the run (a scalar
that stays put over the run, such as alpha) times that factor is a value the
learner's program holds, that value is the learner's learning rate, and the
message names both. When it is the value the reference uses in another
training run, the runs are paired with the wrong settings (a value missing
from, added to or moved in a sweep's list): that is the fault of the code that
lists the settings, like the number of runs is (the `loop` findings), not of
the update's formula.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Sequence

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.exercises.levels import is_composite
from trainer.grading.numbers import scale_factor

Snapshot = dict[str, np.ndarray]
SAME = 1e-6  # relative: a factor measured from float steps agrees with a setting's ratio this closely


def step_factor(weights: Sequence[str], before: Snapshot, want: Snapshot, got: Snapshot) -> float | None:
    """The one positive factor (not 1) by which the learner's step of every weight is the reference's."""
    common: list[float] | None = None
    for name in weights:
        if name not in before or name not in want:
            return None
        factors = []
        for value in got.values():
            if value.shape == want[name].shape:
                factor = scale_factor(value - before[name], want[name] - before[name])
                if factor is not None:
                    factors.append(factor)
        common = factors if common is None else [f for f in common if any(_same(f, g) for g in factors)]
    factor = common[0] if common else None
    # a reversed step is the direction's fault (uphill), not the step size's
    return None if factor is None or factor <= 0 or _same(factor, 1.0) else factor


def _same(one: float, other: float) -> bool:
    return math.isclose(one, other, rel_tol=SAME)


def _settings(start: Snapshot, now: Snapshot) -> dict[str, float]:
    """The reference's scalars that stay put over the run (not its counters), by their simplest name."""
    found: dict[str, float] = {}
    for path, value in sorted(now.items(), key=lambda item: len(item[0])):
        if value.ndim == 0 and path in start and float(start[path]) == float(value) and float(value) != 0.0:
            found.setdefault(_root(path), float(value))
    return found


def _root(path: str) -> str:
    return path.split("[", 1)[0].split(".", 1)[0]


def _shown(value: float) -> str:
    return f"{value:.12g}"


def rate_finding(
    exercise: Exercise,
    factor: float,
    run: int,
    runs: Sequence[tuple[Snapshot, Snapshot]],
    got: Snapshot,
) -> tuple[str, str]:
    """(concept, message) for a step `factor` times the reference's in training run `run`;
    `runs` holds each reference run's snapshots at its first two checkpoints."""
    which = f"your training run {run + 1}" if len(runs) > 1 else "your program"
    mine = {float(v) for v in got.values() if v.ndim == 0}
    for name, value in _settings(*runs[run]).items():
        learner = next((m for m in mine if _same(m, factor * value)), None)
        if learner is None:
            continue
        message = f"{which} uses {name} {_shown(learner)} where the reference uses {_shown(value)}"
        others = [k for k in range(len(runs)) if k != run and _same(_settings(*runs[k]).get(name, math.nan), learner)]
        if others:
            where = _defined_in(exercise, name)
            return where, f"{message} (its {name} in training run {others[0] + 1}): check the list of {name} values"
        return (
            "update",
            f"{message}: every weight moves the reference's way, by a step {_shown(learner / value)} times as long",
        )
    own = next((m for m in mine if _same(m, factor)), None)
    if own is None:
        return (
            "update",
            "every weight moves the reference's way, by one same multiple of its step: check the learning rate",
        )
    return "update", (
        f"every weight moves the reference's way, by {_shown(own)} times its step ({_shown(own)} is a value "
        "your program holds): check the learning rate"
    )


def _defined_in(exercise: Exercise, name: str) -> str:
    """The concept whose reference code sets `name` (or the list a loop takes it from);
    where no concept holds that code, the whole training step's."""
    from trainer.exercises.selection import concepts_at_lines  # libcst: paid only on a failure

    lines = _definitions(exercise.reference_source(), name)
    selectors = {c.id: c.select for c in exercise.concepts}
    held = [c for c in concepts_at_lines(exercise.reference_source(), selectors, lines).values() if c]
    if held:
        return held[0]
    composite = [c.id for c in exercise.concepts if is_composite(c)]
    return composite[0] if composite else "update"


def _definitions(source: str, name: str) -> list[int]:
    """The lines that assign `name`, following `for name in values` to the lines assigning `values`."""
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            lines.append(node.lineno)
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) and node.target.id == name:
            iterable = node.iter
            lines.extend(_definitions(source, iterable.id) if isinstance(iterable, ast.Name) else [node.lineno])
    return sorted(set(lines))
