"""Where a wrong shape was made, when a program stops with a shape error.

numpy broadcasts silently: `(4,1) * (4,32)` is a `(4,32)`, and the error comes
only later, where that array meets one it cannot be multiplied with. The line
that raised is then the victim, not the culprit. The quantity at fault is the
first one, in the order an iteration computes them, whose shape differs from
the reference's: the weights first (they start right, so an update reshaped
them), then the dataflow's quantities. The learner's arrays are looked up by
the reference's names (the skeletons hand them out), wherever they live
(`self.layer_2_delta`, `cache['layer_2_delta']`); given arrays (`X`, `y`) in
another shape are named as the reason.
"""

from __future__ import annotations

import re

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.grading.numbers import shape_text

Snapshot = dict[str, np.ndarray]


def _named(got: Snapshot, name: str) -> tuple[str, np.ndarray] | None:
    """The learner's array the reference calls `name`: under that name, or as the last
    part of a path (`self.name`, `params['name']`)."""
    if name in got:
        return name, got[name]
    tail = re.compile(rf"(\.{re.escape(name)}|\[{re.escape(repr(name))}\])$")
    return next(((path, value) for path, value in got.items() if tail.search(path)), None)


def _given(start: Snapshot, want: Snapshot, got: Snapshot, state: tuple[str, ...]) -> str:
    """The reference's given arrays (there before training, unchanged by it) that the learner has in another shape."""
    reasons = []
    for name, value in want.items():
        mine = got.get(name)
        given = name in start and name not in state and np.array_equal(start[name], value)
        if given and value.ndim > 0 and mine is not None and mine.shape != value.shape:
            reasons.append(f"your {name} has shape {shape_text(mine.shape)}, the reference's {shape_text(value.shape)}")
    return "; ".join(reasons)


def shape_origin(exercise: Exercise, start: Snapshot, want: Snapshot, got: Snapshot) -> tuple[str, str] | None:
    """(concept, message) for the first quantity the learner has in another shape than the
    reference's `want` (a snapshot after one iteration; `start`: before it), if any."""
    updaters = {name: concept for concept, name in exercise.dataflow}
    order = [(updaters.get(name, "update"), name) for name in exercise.state]
    order += [(concept, name) for concept, name in exercise.dataflow if name not in exercise.state]
    for concept, name in order:
        mine = _named(got, name)
        if name not in want or mine is None or mine[1].shape == want[name].shape:
            continue
        made = f"your {mine[0]} has shape {shape_text(mine[1].shape)}, the reference's {shape_text(want[name].shape)}"
        given = _given(start, want, got, exercise.state)
        return concept, made + (f" ({given})" if given else "")
    return None
