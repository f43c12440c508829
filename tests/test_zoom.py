"""A bug that begins between two checkpoints is blamed at the exact iteration where it begins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import numpy as np
import pytest
from typer.testing import CliRunner

from trainer.cli import app
from trainer.grading.channel import END, Instance
from trainer.grading.comparison import Comparison, Window
from trainer.grading.diagnosis import Finding
from trainer.grading.zoom import _departure

runner = CliRunner()

# A class holds the network; a `while` loop drives it; from iteration 23,457 on,
# a "warm restart" makes every step 1.5 times too large.
CLASS_WHILE_RATE = """
import numpy as np


class Network:
    def __init__(self, rate):
        np.random.seed(1)
        self.w = [2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1]
        self.rate = rate

    def train_step(self, X, y, t):
        self.hidden = 1 / (1 + np.exp(-X.dot(self.w[0])))
        self.out = 1 / (1 + np.exp(-self.hidden.dot(self.w[1])))
        self.d_out = (self.out - y) * self.out * (1 - self.out)
        self.d_hidden = self.d_out.dot(self.w[1].T) * self.hidden * (1 - self.hidden)
        rate = self.rate * 1.5 if t >= 23457 else self.rate
        self.w[1] -= rate * self.hidden.T.dot(self.d_out)
        self.w[0] -= rate * X.T.dot(self.d_hidden)


net = Network(0.5)
data = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]), np.array([[0], [1], [1], [0]])
t = 0
while t < 60000:
    net.train_step(*data, t)
    t += 1
"""

# The training loop inside a function, the weights in a dict; from iteration
# 31,416 on, the hidden layer's input is shifted by a "bias" that should not be there.
FUNCTION_DICT_FORWARD = """
import numpy as np


def fit(inputs, targets, steps=60000, alpha=0.5):
    np.random.seed(1)
    params = {"W1": 2 * np.random.random((3, 4)) - 1}
    params["W2"] = 2 * np.random.random((4, 1)) - 1
    for step in range(steps):
        shift = 0.001 if step >= 31416 else 0.0
        h = 1 / (1 + np.exp(-(inputs @ params["W1"] + shift)))
        o = 1 / (1 + np.exp(-(h @ params["W2"])))
        do = (o - targets) * (o * (1 - o))
        dh = (do @ params["W2"].T) * (h * (1 - h))
        params["W2"] -= alpha * h.T @ do
        params["W1"] -= alpha * inputs.T @ dh
    return params


fit(np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]), np.array([[0, 1, 1, 0]]).T)
"""

# Part 4's network in a function; one update near the end is skipped (only the
# final weights, after the last checkpoint, show it).
SKIPPED_NEAR_THE_END = """
import numpy as np


def train(X, y, iterations):
    np.random.seed(1)
    w = 2 * np.random.random((2, 1)) - 1
    looked_at = {9876}
    for i in range(iterations):
        out = 1 / (1 + np.exp(-(X @ w)))
        miss = out - y
        delta = miss * out * (1 - out)
        slope = X.T @ delta
        if i in looked_at:
            continue
        w -= slope
    return out


final = train(np.array([[0, 1], [0, 1], [1, 0], [1, 0]]), np.array([[0, 0, 1, 1]]).T, 10000)
print("Output After Training:")
print(final)
"""


def _blame(tmp_path: Path, exercise: str, source: str) -> tuple[list[str], str]:
    path = tmp_path / f"{exercise}.py"
    path.write_text(source)
    result = runner.invoke(app, ["check", str(path), "--json", "--no-record"])
    verdict = json.loads(result.stdout)
    assert result.exit_code == 1 and verdict["passed"] is False, result.output
    return [c["concept"] for c in verdict["concepts"] if c["passed"] is False], verdict["summary"]


@pytest.mark.parametrize(
    "exercise, source, concept, iteration",
    [
        ("three-layer", CLASS_WHILE_RATE, "update", "23,457"),
        ("three-layer", FUNCTION_DICT_FORWARD, "forward", "31,416"),
        ("two-layer", SKIPPED_NEAR_THE_END, "update", "9,876"),
    ],
)
def test_a_late_bug_is_blamed_at_its_iteration(
    tmp_path: Path, exercise: str, source: str, concept: str, iteration: str
) -> None:
    blamed, summary = _blame(tmp_path, exercise, source)
    assert blamed == [concept], summary
    assert f"at iteration {iteration}" in summary and ".." not in summary, summary


def test_the_skipped_update_is_named_as_such(tmp_path: Path) -> None:
    _, summary = _blame(tmp_path, "two-layer", SKIPPED_NEAR_THE_END)
    assert "did not change at iteration 9,876" in summary


class _Comparison:
    """What `_departure` reads of a Comparison: the state, the weights that move, and
    an explanation that names the iteration."""

    def __init__(self) -> None:
        self.state = self.moving = ["w"]

    def explain(self, index: int, ref: object, bands: object, got: object, label: str, *rest: object) -> Finding:
        return Finding("update", f"at iteration {label}")


def _run(values: dict[int | str, float]) -> Instance:
    run = Instance(0, 1, 0, -1, 1, None)
    run.snaps = {at: {"w": np.full((2, 2), v)} for at, v in values.items()}
    return run


def _departed(learner: dict[int | str, float], perturbed: dict[int | str, float]) -> Finding | None:
    window = Window(0, 0, 0, 0, 1000, 1003, 2000)
    reference = _run({1000: 1.0, 1001: 1.0, 1002: 1.0, 1003: 1.0})
    comparison = cast(Comparison, _Comparison())
    runs = (_run(learner), reference, _run(perturbed))
    return _departure(comparison, window, runs)


CALM = {1000: 1.0, 1001: 1.0, 1002: 1.0, 1003: 1.0 + 1e-13}


def test_a_sharp_departure_is_explained_at_its_iteration() -> None:
    finding = _departed({1000: 1.0, 1001: 1.0, 1002: 1.5, 1003: 1.6}, CALM)
    assert finding is not None and finding.message == "at iteration 1,001"


def test_no_exact_iteration_where_the_references_own_drift_is_too_wide() -> None:
    """Chaos: the reference one ulp off is as far from the reference as the learner
    is, so the iteration where the learner departs cannot be told; the zoom gives up."""
    assert _departed({1000: 1.0, 1001: 1.0, 1002: 1.7, 1003: 9.0}, {1000: 1.0, 1001: 1.0, 1002: 2.5, 1003: 1.0}) is None


def test_a_difference_that_crept_up_names_no_iteration() -> None:
    """The tolerance is crossed at 1,002, but the learner was already most of the way
    there: no single iteration began the difference."""
    assert _departed({1000: 1.0, 1001: 1.0 + 5e-10, 1002: 1.0 + 9e-10, 1003: 1.0 + 3e-9}, CALM) is None


def test_a_window_not_snapshotted_whole_is_not_explained() -> None:
    window = Window(0, 0, 0, 0, 1000, END, 1003)
    reference = _run({1000: 1.0, 1001: 2.0, END: 3.0})
    learner = _run({1000: 1.0, 1001: 2.0, END: 4.0})
    comparison = cast(Comparison, _Comparison())
    assert _departure(comparison, window, (learner, reference, reference)) is None
