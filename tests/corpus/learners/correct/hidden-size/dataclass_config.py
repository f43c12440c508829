# exercise: hidden-size
# expect: pass
# style: frozen dataclass config (hidden_size=32, iterations, report_every), type hints, keyword-only arguments
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Config:
    hidden_size: int = 32
    iterations: int = 60_000
    report_every: int = 10_000
    alphas: tuple[float, ...] = (0.001, 0.01, 0.1, 1, 10, 100, 1000)


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def train(X: np.ndarray, y: np.ndarray, *, alpha: float, cfg: Config) -> tuple[np.ndarray, np.ndarray]:
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((X.shape[1], cfg.hidden_size)) - 1
    synapse_1 = 2 * np.random.random((cfg.hidden_size, y.shape[1])) - 1
    for j in range(cfg.iterations):
        layer_1 = sigmoid(X.dot(synapse_0))
        layer_2 = sigmoid(layer_1.dot(synapse_1))
        layer_2_error = layer_2 - y
        if j % cfg.report_every == 0:
            print(f"Error after {j} iterations:{np.mean(np.abs(layer_2_error))}")
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
    return synapse_0, synapse_1


if __name__ == "__main__":
    cfg = Config()
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    for alpha in cfg.alphas:
        print(f"\nTraining With Alpha:{alpha}")
        train(X, y, alpha=alpha, cfg=cfg)
