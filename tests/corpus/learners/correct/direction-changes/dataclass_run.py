# exercise: direction-changes
# expect: pass
# style: a dataclass RunState with type hints; np.where to turn flips into 0/1; results printed after each run
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class RunState:
    synapse_0: np.ndarray
    synapse_1: np.ndarray
    changes_0: np.ndarray
    changes_1: np.ndarray


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def run(alpha: float, X: np.ndarray, y: np.ndarray, iterations: int = 60000) -> RunState:
    np.random.seed(1)
    s0 = 2 * np.random.random((3, 4)) - 1
    s1 = 2 * np.random.random((4, 1)) - 1
    st = RunState(s0, s1, np.zeros_like(s0), np.zeros_like(s1))
    prev_0: np.ndarray | None = None
    prev_1: np.ndarray | None = None
    for j in range(iterations):
        layer_1 = sigmoid(X.dot(st.synapse_0))
        layer_2 = sigmoid(layer_1.dot(st.synapse_1))
        layer_2_error = y - layer_2
        if j % 10000 == 0:
            print(f"Error:{np.mean(np.abs(layer_2_error))}")
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(st.synapse_1.T) * (layer_1 * (1 - layer_1))
        upd_1 = layer_1.T.dot(layer_2_delta)
        upd_0 = X.T.dot(layer_1_delta)
        if prev_0 is not None and prev_1 is not None:
            st.changes_0 += np.where((upd_0 > 0) != (prev_0 > 0), 1, 0)
            st.changes_1 += np.where((upd_1 > 0) != (prev_1 > 0), 1, 0)
        st.synapse_1 += alpha * upd_1
        st.synapse_0 += alpha * upd_0
        prev_0, prev_1 = upd_0, upd_1
    return st


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print(f"\nTraining With Alpha:{alpha}")
    st = run(alpha, X, y)
    print("Synapse 0")
    print(st.synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(st.changes_0)
    print("Synapse 1")
    print(st.synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(st.changes_1)
