"""The Future Work exercises: their references compute what they claim.

Each reference is run in this process, cut to its first iterations (its source
with the loop's length edited), and its backpropagated slopes are compared with
finite differences of an independent transcription of its loss. The
optimizers' updates are compared with plain-Python transcriptions of the
published rules: Polyak's momentum, Nesterov's momentum as in Sutskever et al.
(2013), Adam as in Kingma and Ba (2015) with bias correction.
"""

from __future__ import annotations

import contextlib
import io
import math
from collections.abc import Callable, Sequence

import numpy as np
import pytest

from trainer.exercises.catalog import load_catalog

FUTURE = ["bias", "mini-batches", "delta-trimming", "layer-sizes", "l2-regularization"]
FUTURE += ["dropout", "momentum", "nesterov", "adam", "batch-norm"]
Params = dict[str, np.ndarray]
GRADIENT_TOLERANCE = 1e-6


def run_reference(exercise_id: str, iterations: int, *edits: tuple[str, str]) -> dict[str, object]:
    """The reference's globals after `iterations` iterations of its training loop."""
    source = load_catalog().get(exercise_id).reference_source()
    loop = "range(5000)" if exercise_id == "mini-batches" else "range(10000)"
    for old, new in [(loop, f"range({iterations})"), *edits]:
        assert source.count(old) == 1, f"{old!r} is not in {exercise_id}'s reference exactly once"
        source = source.replace(old, new)
    if iterations == 0:  # the state before the loop: the weights as drawn
        source = source[: source.index(f"for {'epoch' if exercise_id == 'mini-batches' else 'j'} in range(0)")]
    namespace: dict[str, object] = {"__name__": "__test__"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, exercise_id, "exec"), namespace)
    return namespace


def arrays(namespace: dict[str, object], names: Sequence[str]) -> Params:
    return {name: np.array(namespace[name], dtype=float) for name in names}


def sig(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def numeric_gradient(loss: Callable[[Params], float], params: Params, h: float = 1e-5) -> Params:
    """Central differences, one parameter at a time."""
    slopes = {}
    for name, value in params.items():
        slope = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            up = {k: v.copy() for k, v in params.items()}
            down = {k: v.copy() for k, v in params.items()}
            up[name][index] += h
            down[name][index] -= h
            slope[index] = (loss(up) - loss(down)) / (2 * h)
        slopes[name] = slope
    return slopes


def relative_error(mine: Params, numeric: Params) -> float:
    """||a - b|| / (||a|| + ||b||) over every parameter at once."""
    a = np.concatenate([mine[k].ravel() for k in numeric])
    b = np.concatenate([numeric[k].ravel() for k in numeric])
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))


def step_gradient(
    exercise_id: str, names: Sequence[str], alpha: float, *edits: tuple[str, str]
) -> tuple[Params, Params]:
    """The weights before the first step and the slope that step followed:
    (before - after) / alpha, for a plain gradient step."""
    before = arrays(run_reference(exercise_id, 0, *edits), names)
    after = arrays(run_reference(exercise_id, 1, *edits), names)
    return before, {k: (before[k] - after[k]) / alpha for k in names}


XOR_X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=float)
BIAS_X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]], dtype=float)


def squared(output: np.ndarray, target: np.ndarray) -> float:
    """The error behind the article's deltas: half the summed squared miss."""
    return float(0.5 * np.sum((output - target) ** 2))


def three_layer_loss(p: Params, x: np.ndarray = XOR_X) -> float:
    return squared(sig(sig(x @ p["synapse_0"]) @ p["synapse_1"]), XOR_Y)


def bias_loss(p: Params) -> float:
    hidden = sig(BIAS_X @ p["synapse_0"] + p["bias_0"])
    return squared(sig(hidden @ p["synapse_1"] + p["bias_1"]), XOR_Y)


# ---- gradient checks -------------------------------------------------------


def check(loss: Callable[[Params], float], at: Params, slope: Params) -> float:
    error = relative_error(slope, numeric_gradient(loss, at))
    assert error <= GRADIENT_TOLERANCE, error
    return error


def test_bias_gradient() -> None:
    names = ["synapse_0", "synapse_1", "bias_0", "bias_1"]
    before, slope = step_gradient("bias", names, 1.0)
    check(bias_loss, before, slope)


def test_l2_gradient_penalises_the_weights_not_the_biases() -> None:
    names = ["synapse_0", "synapse_1", "bias_0", "bias_1"]
    before, slope = step_gradient("l2-regularization", names, 1.0)

    def loss(p: Params) -> float:
        penalty = 0.5 * 0.001 * (np.sum(p["synapse_0"] ** 2) + np.sum(p["synapse_1"] ** 2))
        return bias_loss(p) + float(penalty)

    check(loss, before, slope)


def test_mini_batch_gradient_is_the_batch_average() -> None:
    one_batch = ("range(0, len(X), batch_size)", "range(0, batch_size, batch_size)")
    namespace = run_reference("mini-batches", 1, one_batch)
    x, y, batch = (np.array(namespace[k]) for k in ("X", "y", "batch"))
    before, slope = step_gradient("mini-batches", ["synapse_0", "synapse_1"], 4.0, one_batch)
    assert batch.shape == (16,) and len(set(batch.tolist())) == 16

    def loss(p: Params) -> float:
        output = sig(sig(x[batch] @ p["synapse_0"]) @ p["synapse_1"])
        return squared(output, y[batch]) / 16

    check(loss, before, slope)


def test_layer_sizes_gradient() -> None:
    namespace = run_reference("layer-sizes", 0)
    x, y = np.array(namespace["X"], dtype=float), np.array(namespace["y"], dtype=float)
    names = ["synapse_0", "synapse_1", "synapse_2"]
    before, slope = step_gradient("layer-sizes", names, 1.0)
    assert [before[n].shape for n in names] == [(4, 8), (8, 4), (4, 1)]

    def loss(p: Params) -> float:
        return squared(sig(sig(sig(x @ p["synapse_0"]) @ p["synapse_1"]) @ p["synapse_2"]), y)

    check(loss, before, slope)


def test_dropout_gradient_with_its_mask() -> None:
    mask = np.array(run_reference("dropout", 1)["dropout_mask"])
    assert set(np.unique(mask).tolist()) <= {0.0, 1 / 0.8}
    before, slope = step_gradient("dropout", ["synapse_0", "synapse_1"], 0.5)

    def loss(p: Params) -> float:
        return squared(sig((sig(XOR_X @ p["synapse_0"]) * mask) @ p["synapse_1"]), XOR_Y)

    check(loss, before, slope)


def batch_norm_loss(p: Params, epsilon: float = 1e-5) -> float:
    inputs = XOR_X @ p["synapse_0"]
    normed = (inputs - inputs.mean(axis=0)) / np.sqrt(inputs.var(axis=0) + epsilon)
    return squared(sig(sig(p["gamma"] * normed + p["beta"]) @ p["synapse_1"]), XOR_Y)


def test_batch_norm_gradient_includes_the_batch_statistics() -> None:
    names = ["synapse_0", "synapse_1", "gamma", "beta"]
    before, slope = step_gradient("batch-norm", names, 0.5)
    check(batch_norm_loss, before, slope)


@pytest.mark.parametrize("exercise_id", ["momentum", "nesterov", "adam"])
@pytest.mark.parametrize("iteration", [0, 4])
def test_optimizer_gradients(exercise_id: str, iteration: int) -> None:
    """The slope each optimizer follows, at the first and at a later iteration."""
    names = ["synapse_0", "synapse_1"]
    state = run_reference(exercise_id, iteration)
    at = arrays(state, names)
    if exercise_id == "nesterov":  # the slope is measured at the look-ahead point
        velocity = arrays(state, ["synapse_0_velocity", "synapse_1_velocity"])
        at = {n: at[n] + 0.9 * velocity[f"{n}_velocity"] for n in names}
    after = run_reference(exercise_id, iteration + 1)
    slope = {n: np.array(after[f"{n}_gradient"]) for n in names}
    check(three_layer_loss, at, slope)


# ---- the optimizers against the published rules, in plain Python ------------


def flat(params: Params, names: Sequence[str]) -> list[float]:
    return [float(v) for n in names for v in np.ravel(params[n])]


def reference_run(exercise_id: str, steps: int) -> tuple[list[list[float]], list[list[float]]]:
    """The weights after 0..steps iterations, and the slope used by each step."""
    names = ["synapse_0", "synapse_1"]
    weights, slopes = [], []
    for t in range(steps + 1):
        state = run_reference(exercise_id, t)
        weights.append(flat(arrays(state, names), names))
        if t > 0:
            gradients = ["synapse_0_gradient", "synapse_1_gradient"]
            slopes.append(flat(arrays(state, gradients), gradients))
    return weights, slopes


STEPS = 6


def assert_same_path(mine: list[list[float]], theirs: list[list[float]]) -> None:
    for t, (a, b) in enumerate(zip(mine, theirs)):
        worst = max(abs(x - y) for x, y in zip(a, b))
        assert worst <= 1e-12, f"step {t}: {worst}"


def test_momentum_is_polyak_heavy_ball() -> None:
    """v <- mu v - alpha g(w); w <- w + v."""
    weights, slopes = reference_run("momentum", STEPS)
    mu, alpha = 0.9, 0.1
    w, v, path = list(weights[0]), [0.0] * len(weights[0]), [list(weights[0])]
    for g in slopes:
        v = [mu * vi - alpha * gi for vi, gi in zip(v, g)]
        w = [wi + vi for wi, vi in zip(w, v)]
        path.append(list(w))
    assert_same_path(path, weights)


def test_nesterov_is_sutskever_2013() -> None:
    """v <- mu v - alpha g(w + mu v); w <- w + v (the slopes were checked at w + mu v)."""
    weights, slopes = reference_run("nesterov", STEPS)
    mu, alpha = 0.9, 0.1
    w, v, path = list(weights[0]), [0.0] * len(weights[0]), [list(weights[0])]
    for g in slopes:
        v = [mu * vi - alpha * gi for vi, gi in zip(v, g)]
        w = [wi + vi for wi, vi in zip(w, v)]
        path.append(list(w))
    assert_same_path(path, weights)


def test_adam_is_kingma_and_ba_with_bias_correction() -> None:
    """m <- b1 m + (1-b1) g; v <- b2 v + (1-b2) g^2; w <- w - alpha m^ / (sqrt(v^) + eps)."""
    weights, slopes = reference_run("adam", STEPS)
    alpha, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
    n = len(weights[0])
    w, m, v, path = list(weights[0]), [0.0] * n, [0.0] * n, [list(weights[0])]
    for t, g in enumerate(slopes, start=1):
        m = [b1 * mi + (1 - b1) * gi for mi, gi in zip(m, g)]
        v = [b2 * vi + (1 - b2) * gi * gi for vi, gi in zip(v, g)]
        m_hat = [mi / (1 - b1**t) for mi in m]
        v_hat = [vi / (1 - b2**t) for vi in v]
        w = [wi - alpha * mh / (math.sqrt(vh) + eps) for wi, mh, vh in zip(w, m_hat, v_hat)]
        path.append(list(w))
    assert_same_path(path, weights)


# ---- reductions to the three-layer network ------------------------------------


def three_layer_path(alpha: float, hidden: int, iterations: int) -> Params:
    """The article's 13-line network, transcribed."""
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, hidden)) - 1
    synapse_1 = 2 * np.random.random((hidden, 1)) - 1
    for _ in range(iterations):
        layer_1 = 1 / (1 + np.exp(-(np.dot(XOR_X, synapse_0))))
        layer_2 = 1 / (1 + np.exp(-(np.dot(layer_1, synapse_1))))
        layer_2_delta = (layer_2 - XOR_Y) * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * XOR_X.T.dot(layer_1_delta)
    return {"synapse_0": synapse_0, "synapse_1": synapse_1}


def test_dropout_at_zero_is_the_three_layer_network() -> None:
    state = run_reference("dropout", 300, ("dropout_percent = 0.2", "dropout_percent = 0"))
    expected = three_layer_path(0.5, 16, 300)
    for name, value in expected.items():
        assert np.array_equal(np.array(state[name]), value), name


def test_momentum_zero_is_the_three_layer_network() -> None:
    state = run_reference("momentum", 300, ("momentum = 0.9", "momentum = 0"))
    expected = three_layer_path(0.1, 4, 300)
    for name, value in expected.items():
        assert np.array_equal(np.array(state[name]), value), name


def test_batch_norm_with_frozen_statistics_is_the_three_layer_network() -> None:
    """Mean 0, variance 1, no epsilon, gamma 1, beta 0: the hidden layer and the
    output are the three-layer network's, and so is synapse_1's step."""
    frozen = [
        ("layer_1_mean = np.mean(layer_1_input, axis=0, keepdims=True)", "layer_1_mean = 0.0"),
        ("layer_1_var = np.var(layer_1_input, axis=0, keepdims=True)", "layer_1_var = 1.0"),
        ("epsilon = 1e-5", "epsilon = 0.0"),
    ]
    state = run_reference("batch-norm", 1, *frozen)
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    layer_1 = 1 / (1 + np.exp(-(np.dot(XOR_X, synapse_0))))
    layer_2 = 1 / (1 + np.exp(-(np.dot(layer_1, synapse_1))))
    layer_2_delta = (layer_2 - XOR_Y) * (layer_2 * (1 - layer_2))
    assert np.array_equal(np.array(state["layer_1"]), layer_1)
    assert np.array_equal(np.array(state["layer_2"]), layer_2)
    assert np.array_equal(np.array(state["synapse_1"]), synapse_1 - 0.5 * layer_1.T.dot(layer_2_delta))


def test_delta_trimming_trims_the_deltas_and_only_them() -> None:
    untrimmed = run_reference("delta-trimming", 1, ("delta_limit = 0.01", "delta_limit = np.inf"))
    trimmed = run_reference("delta-trimming", 1)
    for name in ("layer_2_delta",):
        assert np.array_equal(np.array(trimmed[name]), np.clip(np.array(untrimmed[name]), -0.01, 0.01))
    layer_1_delta = np.array(trimmed["layer_1_delta"])
    assert np.abs(layer_1_delta).max() <= 0.01
    start = run_reference("delta-trimming", 0)
    assert np.array_equal(
        np.array(trimmed["synapse_1"]),
        np.array(start["synapse_1"]) - 100 * np.array(trimmed["layer_1"]).T.dot(np.array(trimmed["layer_2_delta"])),
    )
    assert not np.array_equal(np.array(trimmed["synapse_0"]), np.array(untrimmed["synapse_0"]))
