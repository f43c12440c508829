"""Figures of the Future Work exercises: each network's error curve beside the
plain three-layer network's on the same data.

The curves come from the reference programs themselves, run in this process
with the error printed every EVERY iterations instead of every 1,000; the plain
network is the same program with the feature switched off (momentum 0, dropout
0, no trimming...), which is the three-layer network exactly. Where no switch
exists (Adam, batch normalization, two hidden layers) the plain network is the
article's loop on the same data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from trainer.exercises.catalog import load_catalog
from trainer.grading.figures import Figure, NoFigure, Series, sweep_curve

EVERY = 100
PRINTED_ERROR = re.compile(r"^Error after (\d+) \w+:\s*(\S+)$")
Edits = Sequence[tuple[str, str]]

# exercise -> (title, its own label, the plain network's label, edits that switch the feature off)
SWITCHED_OFF: dict[str, tuple[str, str, str, Edits]] = {
    "bias": (
        "Bias units on XOR over the points 1 and 2",
        "with bias units",
        "without (the three-layer network)",
        [("    bias_1 -= ", "    bias_1 -= 0 * "), ("    bias_0 -= ", "    bias_0 -= 0 * ")],
    ),
    "mini-batches": (
        "Mini-batches of 16 against the full batch, alpha 4",
        "batches of 16",
        "full batch (one step per epoch)",
        [("batch_size = 16", "batch_size = 64")],
    ),
    "delta-trimming": (
        "Alpha 100 with and without delta trimming",
        "deltas trimmed to 0.01",
        "untrimmed (the alpha sweep's alpha 100)",
        [("delta_limit = 0.01", "delta_limit = np.inf")],
    ),
    "l2-regularization": (
        "L2 penalty 0.001 on the bias network",
        "with the L2 penalty",
        "without (reg_lambda 0)",
        [("reg_lambda = 0.001", "reg_lambda = 0")],
    ),
    "dropout": (
        "Dropout of 20% on a hidden layer of 16",
        "with dropout",
        "without (dropout_percent 0)",
        [("dropout_percent = 0.2", "dropout_percent = 0")],
    ),
    "momentum": (
        "Momentum 0.9 against plain gradient descent, alpha 0.1",
        "momentum 0.9",
        "plain (momentum 0)",
        [("momentum = 0.9", "momentum = 0")],
    ),
    "nesterov": (
        "Nesterov momentum against plain gradient descent, alpha 0.1",
        "Nesterov momentum 0.9",
        "plain (momentum 0)",
        [("momentum = 0.9", "momentum = 0")],
    ),
}


def reference_curve(exercise_id: str, edits: Edits = (), every: int = EVERY) -> tuple[list[float], list[float]]:
    """The errors a reference program prints, printed every `every` iterations
    (after `edits`, each (old, new) replaced once): iterations and errors."""
    source = load_catalog().get(exercise_id).reference_source()
    for old, new in edits:
        if old not in source:
            raise NoFigure(f"the {exercise_id} reference has changed: cannot find {old!r} to draw its figure")
        source = source.replace(old, new, 1)
    source = re.sub(r"% 1000\) == 0", f"% {every}) == 0", source)
    printed: list[str] = []
    namespace = {"__name__": "__figure__", "print": lambda *args: printed.append(" ".join(map(str, args)))}
    exec(compile(source, exercise_id, "exec"), namespace)  # the shipped reference program, not the learner's
    found = [m for line in printed if (m := PRINTED_ERROR.match(line.strip()))]
    return [float(m.group(1)) for m in found], [float(m.group(2)) for m in found]


def parity_curve(hidden: int = 4, alpha: float = 1.0, iterations: int = 10_000, every: int = EVERY) -> list[float]:
    """The three-layer network (one hidden layer) on the layer-sizes exercise's 3-bit parity."""
    bits = np.array([[(n >> 2) & 1, (n >> 1) & 1, n & 1, 1] for n in range(8)])
    parity = (bits[:, :3].sum(axis=1, keepdims=True) % 2).astype(float)
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((4, hidden)) - 1
    synapse_1 = 2 * np.random.random((hidden, 1)) - 1
    errors = []
    for j in range(iterations):
        layer_1 = 1 / (1 + np.exp(-np.dot(bits, synapse_0)))
        layer_2 = 1 / (1 + np.exp(-np.dot(layer_1, synapse_1)))
        if j % every == 0:
            errors.append(float(np.mean(np.abs(layer_2 - parity))))
        layer_2_delta = (layer_2 - parity) * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * bits.T.dot(layer_1_delta)
    return errors


def _plain(every: int, errors: list[float]) -> tuple[list[float], list[float]]:
    return [float(j * every) for j in range(len(errors))], errors


# exercise -> (title, its own label, the plain network's label, the plain network's curve)
ARTICLE_LOOP: dict[str, tuple[str, str, str, Callable[[], tuple[list[float], list[float]]]]] = {
    "adam": (
        "Adam against plain gradient descent, both at alpha 0.01",
        "Adam",
        "plain gradient descent",
        lambda: _plain(EVERY, sweep_curve(0.01, 4, 10_000, EVERY)),
    ),
    "batch-norm": (
        "Batch normalization against the plain network, alpha 0.5",
        "batch-normalised hidden layer",
        "plain three-layer network",
        lambda: _plain(EVERY, sweep_curve(0.5, 4, 10_000, EVERY)),
    ),
    "layer-sizes": (
        "Two hidden layers (8 and 4) against one of 4, on 3-bit parity",
        "layer sizes [4, 8, 4, 1]",
        "one hidden layer of 4",
        lambda: _plain(EVERY, parity_curve()),
    ),
}

FUTURE_WORK = tuple(SWITCHED_OFF) + tuple(ARTICLE_LOOP)


def future_figure(exercise_id: str, progress: Callable[[float], None]) -> Figure:
    """The exercise's error curve beside the plain network's on the same data."""
    own = reference_curve(exercise_id)
    progress(0.5)
    if exercise_id in SWITCHED_OFF:
        title, label, plain_label, edits = SWITCHED_OFF[exercise_id]
        plain = reference_curve(exercise_id, edits)
    else:
        title, label, plain_label, make = ARTICLE_LOOP[exercise_id]
        plain = make()
    progress(1.0)
    unit = "epoch" if exercise_id == "mini-batches" else "iteration"
    series = [Series(label, *own), Series(plain_label, *plain)]
    return Figure(exercise_id, title, unit, "mean absolute error", series, log_y=True)
