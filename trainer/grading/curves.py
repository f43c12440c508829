"""The error curves a verdict draws: the learner's beside the reference's.

The mean absolute output error at each checkpoint of the first training run.
The learner's error is found by value (up to its sign), whatever its name.
"""

from __future__ import annotations

import numpy as np

from trainer.exercises.catalog import Exercise
from trainer.grading.channel import END, Instance, Trace
from trainer.grading.comparison import Comparison
from trainer.grading.diagnosis import found


def _curve(run: Instance, path: str) -> list[float]:
    ats = sorted((a for a in run.snaps if a != END), key=int)
    return [float(np.mean(np.abs(run.snaps[a][path]))) for a in ats if path in run.snaps[a]]


def error_curves(
    exercise: Exercise, comparison: Comparison, learner: Trace, reference: Trace
) -> tuple[list[float], list[float]]:
    name = next((n for concept, n in exercise.dataflow if concept == "error"), None)
    if name is None or not comparison.ready or not comparison.reference:
        return [], []
    first = comparison.reference[0]
    want = first.snaps.get(1, {}).get(name)
    runs = comparison.learner.training(learner) or []
    if want is None or not runs:
        return [], _curve(first, name)
    hit = found(runs[0].snaps.get(1, {}), want, 0.0, scale_free=True)
    return (_curve(runs[0], hit[0]) if hit else []), _curve(first, name)
