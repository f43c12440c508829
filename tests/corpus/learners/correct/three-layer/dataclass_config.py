# exercise: three-layer
# expect: pass
# style: frozen dataclass for hyper-parameters, type-hinted functions, weights returned as a tuple
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Config:
    alpha: float = 0.5
    hidden_dim: int = 4
    iterations: int = 60_000
    seed: int = 1


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def fit(X: np.ndarray, y: np.ndarray, cfg: Config) -> tuple[np.ndarray, np.ndarray]:
    np.random.seed(cfg.seed)
    synapse_0 = 2 * np.random.random((X.shape[1], cfg.hidden_dim)) - 1
    synapse_1 = 2 * np.random.random((cfg.hidden_dim, y.shape[1])) - 1
    for _ in range(cfg.iterations):
        layer_1 = sigmoid(X.dot(synapse_0))
        layer_2 = sigmoid(layer_1.dot(synapse_1))
        layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= cfg.alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= cfg.alpha * X.T.dot(layer_1_delta)
    return synapse_0, synapse_1


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
weights = fit(X, y, Config())
