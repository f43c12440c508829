# exercise: alpha-sweep
# expect: pass
# style: dataclasses for the experiment and its result, type hints, f-string with !r on a python float
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Experiment:
    alpha: float
    hidden: int = 4
    iterations: int = 60000
    report_every: int = 10000


@dataclass
class Result:
    alpha: float
    synapse_0: np.ndarray
    synapse_1: np.ndarray
    errors: list[float] = field(default_factory=list)


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def run(exp: Experiment, X: np.ndarray, y: np.ndarray) -> Result:
    np.random.seed(1)
    res = Result(exp.alpha,
                 2 * np.random.random((X.shape[1], exp.hidden)) - 1,
                 2 * np.random.random((exp.hidden, 1)) - 1)
    for j in range(exp.iterations):
        layer_1 = sigmoid(X.dot(res.synapse_0))
        layer_2 = sigmoid(layer_1.dot(res.synapse_1))
        layer_2_error = layer_2 - y
        if j % exp.report_every == 0:
            err = float(np.mean(np.abs(layer_2_error)))
            res.errors.append(err)
            print(f"Error after {j} iterations:{err!r}")
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(res.synapse_1.T) * (layer_1 * (1 - layer_1))
        res.synapse_1 -= exp.alpha * layer_1.T.dot(layer_2_delta)
        res.synapse_0 -= exp.alpha * X.T.dot(layer_1_delta)
    return res


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
results: list[Result] = []
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print(f"\nTraining With Alpha:{alpha}")
    results.append(run(Experiment(alpha), X, y))
