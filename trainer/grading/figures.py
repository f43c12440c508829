"""The article's figures, computed from its networks.

Each training loop below follows its reference program operation for
operation, so the recorded errors equal the reference's printed ones (a test
holds them to it). `progress` is called with the fraction done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from trainer.basics.errors import RebuildError

Progress = Callable[[float], None]
X3 = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
Y3 = np.array([[0], [1], [1], [0]])
X2 = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
Y2 = np.array([[0, 0, 1, 1]]).T
ALPHAS = (0.001, 0.01, 0.1, 1, 10, 100, 1000)
EVERY = 100  # record the error every this many iterations


class NoFigure(RebuildError):
    pass


@dataclass(frozen=True)
class Series:
    label: str
    xs: list[float]
    ys: list[float]


@dataclass(frozen=True)
class Surface:
    xs: list[float]  # first weight, along columns
    ys: list[float]  # second weight, along rows
    zs: list[list[float]]  # zs[row][column]: the error at (xs[column], ys[row])


@dataclass(frozen=True)
class Figure:
    exercise: str
    title: str
    x_label: str
    y_label: str
    series: list[Series] = field(default_factory=list)
    surface: Surface | None = None
    log_y: bool = False


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-x)))


def sweep_curve(alpha: float, hidden: int, iterations: int = 60_000, every: int = EVERY) -> list[float]:
    """Mean absolute error every `every` iterations of the Part 5 network."""
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, hidden)) - 1
    synapse_1 = 2 * np.random.random((hidden, 1)) - 1
    errors = []
    for j in range(iterations):
        layer_1 = _sigmoid(np.dot(X3, synapse_0))
        layer_2 = _sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = layer_2 - Y3
        if j % every == 0:
            errors.append(float(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha * (X3.T.dot(layer_1_delta))
    return errors


def _sweep(exercise: str, hidden: int, progress: Progress) -> Figure:
    series = []
    for i, alpha in enumerate(ALPHAS):
        errors = sweep_curve(alpha, hidden)
        series.append(Series(f"alpha {alpha:g}", [float(j * EVERY) for j in range(len(errors))], errors))
        progress((i + 1) / len(ALPHAS))
    return Figure(
        exercise, f"Error per alpha, hidden layer of {hidden}", "iteration", "mean absolute error", series, log_y=True
    )


def _three_layer(progress: Progress) -> Figure:
    errors = sweep_curve(0.5, 4)
    progress(1.0)
    xs = [float(j * EVERY) for j in range(len(errors))]
    return Figure(
        "three-layer",
        "Error while training (alpha 0.5, hidden 4)",
        "iteration",
        "mean absolute error",
        [Series("error", xs, errors)],
        log_y=True,
    )


def _sigmoid_figure(progress: Progress) -> Figure:
    xs = np.linspace(-6, 6, 121)
    out = _sigmoid(xs)
    progress(1.0)
    return Figure(
        "sigmoid",
        "The sigmoid and its slope",
        "x",
        "value",
        [Series("sigmoid(x)", xs.tolist(), out.tolist()), Series("slope", xs.tolist(), (out * (1 - out)).tolist())],
    )


def two_layer_errors(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The two-layer network's mean absolute error at each pair of weights."""
    weights = np.stack([np.ravel(first), np.ravel(second)])  # 2 x N
    return np.asarray(np.mean(np.abs(_sigmoid(X2 @ weights) - Y2), axis=0)).reshape(np.shape(first))


def two_layer_surface(steps: int = 81, span: float = 10.0) -> Surface:
    """The error for every pair of weights in [-span, span]."""
    grid = np.linspace(-span, span, steps)
    first, second = np.meshgrid(grid, grid)  # first varies along columns
    return Surface(grid.tolist(), grid.tolist(), two_layer_errors(first, second).tolist())


def two_layer_path(iterations: int = 10_000, every: int = 50) -> Series:
    """Where gradient descent takes the two weights, from the seeded start."""
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((2, 1)) - 1
    xs, ys = [], []
    for j in range(iterations):
        if j % every == 0:
            xs.append(float(synapse_0[0, 0]))
            ys.append(float(synapse_0[1, 0]))
        layer_1 = _sigmoid(np.dot(X2, synapse_0))
        layer_1_delta = (layer_1 - Y2) * (layer_1 * (1 - layer_1))
        synapse_0 -= np.dot(X2.T, layer_1_delta)
    return Series("gradient descent", xs, ys)


def _two_layer(progress: Progress) -> Figure:
    surface = two_layer_surface()
    progress(0.5)
    path = two_layer_path()
    progress(1.0)
    return Figure(
        "two-layer", "Error over the two weights of synapse_0", "first weight", "second weight", [path], surface
    )


def figure(exercise: str, progress: Progress = lambda done: None) -> Figure:
    """The figure of `exercise`'s network."""
    if exercise in ("alpha-sweep", "direction-changes"):
        return _sweep(exercise, 4, progress)
    if exercise == "hidden-size":
        return _sweep(exercise, 32, progress)
    from trainer.grading.future_figures import FUTURE_WORK, future_figure  # it builds on this module

    if exercise in FUTURE_WORK:
        return future_figure(exercise, progress)
    makers: dict[str, Callable[[Progress], Figure]] = {
        "three-layer": _three_layer,
        "sigmoid": _sigmoid_figure,
        "two-layer": _two_layer,
    }
    if exercise not in makers:
        raise NoFigure(
            f"There is no figure for {exercise!r}; try `rebuild plot alpha-sweep` or `rebuild plot two-layer`."
        )
    return makers[exercise](progress)
