"""Blaming the learner's sigmoid or slope function, found by what it does.

When a training run differs in its forward pass, its error or a delta, the
learner's functions are called on fixed inputs in a short second run, and the
sigmoid or the derivative is blamed when the learner's function in that role
does not behave like the reference's. Each program here is written in its own
style (names, lambdas, methods, `nonlin(x, deriv)`); none is a corpus file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.functions import PROBES
from trainer.grading.sandbox import Limits
from trainer.grading.verdict import Verdict

DATA = """
import numpy as np
X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T
np.random.seed(1)
w = 2 * np.random.random((2, 1)) - 1
"""

NONLIN_GIVEN_OUTPUT = (
    DATA
    + """
def nonlin(v, deriv=False):
    if deriv:
        return np.exp(-v) / (1 + np.exp(-v)) ** 2  # the slope at the input, but called with the output below
    return 1 / (1 + np.exp(-v))

for step in range(10000):
    out = nonlin(X @ w)
    out_delta = (out - y) * nonlin(out, True)
    w -= X.T @ out_delta
print(out)
"""
)

LAMBDA_ATTRIBUTE_SIGMOID = (
    DATA
    + """
class Unit:
    def __init__(self, weights):
        self.weights = weights
        self.squash = lambda z: 1.0 / (1.0 + np.exp(z))  # the minus sign went missing

    def slope(self, a):
        return a * (1.0 - a)

unit = Unit(w)
for step in range(10000):
    a = unit.squash(X.dot(unit.weights))
    unit.weights -= X.T.dot((a - y) * unit.slope(a))
print(a)
"""
)

INLINE_SIGMOID_FORWARD_BUG = (
    DATA
    + """
def gradient_of(out):
    return out * (1 - out)

for step in range(10000):
    out = 1 / (1 + np.exp(-(X @ w) * 2))  # the sigmoid is written inline; the bug is in the forward pass
    w -= X.T @ ((out - y) * gradient_of(out))
print(out)
"""
)

STATIC_SLOPE_TANH = (
    DATA
    + """
class Act:
    @staticmethod
    def f(v):
        return 1 / (1 + np.exp(-v))

    @staticmethod
    def df(s):
        return 1 - s * s  # the tanh's slope

for i in range(10000):
    o = Act.f(np.dot(X, w))
    d = (o - y) * Act.df(o)
    w -= np.dot(X.T, d)
print(o)
"""
)

INPUT_SLOPE_OTHER_DELTA_BUG = (
    DATA
    + """
def s(v):
    return 1 / (1 + np.exp(-v))

def ds(v):
    return s(v) * (1 - s(v))  # written for the input, and given the input: right

for i in range(10000):
    z = X @ w
    o = s(z)
    err = o - y
    delta = err * ds(z) * o  # an extra factor of the output: the delta is wrong, not the slope
    w -= X.T @ delta
print(o)
"""
)

TANH_SIGMOID_CORRECT = (
    DATA
    + """
expit = lambda v: 0.5 * (1 + np.tanh(0.5 * v))

def dexpit(z):
    e = expit(z)
    return e * (1 - e)

for it in range(10000):
    z = np.dot(X, w)
    layer = expit(z)
    w -= X.T.dot((layer - y) * dexpit(z))
print("Output After Training:")
print(layer)
"""
)

FUNCTIONS_RIGHT_PRINT_WRONG = """
import numpy as np

squash = lambda x: 1 / (1 + np.exp(-x))
slope = lambda s: s * (1 - s)

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
print("Sigmoid:")
print(squash(2 * x))
print("Derivative:")
print(slope(squash(x)))
"""


def _grade(tmp_path: Path, exercise: str, source: str) -> Verdict:
    path = tmp_path / f"{exercise}.py"
    path.write_text(source)
    return grade(load_catalog(), path, exercise, Limits(timeout=300), cache_dir())


def _blamed(verdict: Verdict) -> list[str]:
    return [c.concept for c in verdict.concepts if c.passed is False]


@pytest.mark.parametrize(
    "source, blamed, quoted",
    [
        (NONLIN_GIVEN_OUTPUT, "derivative", "nonlin(x, True)"),
        (LAMBDA_ATTRIBUTE_SIGMOID, "sigmoid", "unit.squash(x)"),
        (STATIC_SLOPE_TANH, "derivative", "Act.df(x)"),
        (INLINE_SIGMOID_FORWARD_BUG, "forward", None),
        (INPUT_SLOPE_OTHER_DELTA_BUG, "output-delta", None),
    ],
    ids=["nonlin-given-output", "lambda-attribute-sigmoid", "static-tanh-slope", "inline-forward", "other-delta-bug"],
)
def test_the_function_in_the_role_is_blamed_when_it_differs(
    tmp_path: Path, source: str, blamed: str, quoted: str | None
) -> None:
    verdict = _grade(tmp_path, "two-layer", source)
    assert not verdict.passed
    assert _blamed(verdict) == [blamed], verdict.summary
    if quoted is not None:
        assert f"your {quoted} returns" in verdict.summary, verdict.summary


def test_the_message_quotes_values_the_learner_can_reproduce(tmp_path: Path) -> None:
    summary = _grade(tmp_path, "two-layer", STATIC_SLOPE_TANH).summary
    found = re.search(
        r"for x = ([-\d.e]+), the reference's (\w+)\(x\) returns ([-\d.e]+), your Act.df\(x\) returns ([-\d.e]+)",
        summary,
    )
    assert found is not None, summary
    x = float(found.group(1))
    assert float(found.group(3)) == x * (1 - x) and float(found.group(4)) == 1 - x * x


def test_a_sigmoid_written_with_tanh_and_a_slope_of_the_input_still_pass(tmp_path: Path) -> None:
    verdict = _grade(tmp_path, "two-layer", TANH_SIGMOID_CORRECT)
    assert verdict.passed, verdict.summary


def test_a_wrong_print_in_a_function_exercise_is_blamed_on_the_function_named_above_it(tmp_path: Path) -> None:
    verdict = _grade(tmp_path, "sigmoid", FUNCTIONS_RIGHT_PRINT_WRONG)
    assert _blamed(verdict) == ["sigmoid"], verdict.summary
    assert [c.concept for c in verdict.concepts if c.passed] == ["derivative"]


def test_the_grader_quotes_the_inputs_the_runner_probes_with() -> None:
    from trainer.grading import runner  # a script for the sandbox; imported here only to read its inputs

    assert [probe.tolist() for probe in PROBES] == list(runner.PROBES)


def test_a_function_exercise_written_inline_is_told_to_write_functions(tmp_path: Path) -> None:
    source = (
        "import numpy as np\nx = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])\ns = 1 / (1 + np.exp(-x))\n"
        'print("Sigmoid:")\nprint(s)\nprint("Derivative:")\nprint(s * (1 - s))\n'
    )
    verdict = _grade(tmp_path, "sigmoid", source)
    assert not verdict.passed
    assert "your program has no function the grader can call" in verdict.summary, verdict.summary
