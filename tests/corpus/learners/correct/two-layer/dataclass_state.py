# exercise: two-layer
# expect: pass
# style: a dataclass holding the network state, type hints, a step() method
from dataclasses import dataclass, field

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


@dataclass
class Perceptron:
    synapse_0: np.ndarray
    output: np.ndarray = field(default_factory=lambda: np.zeros((4, 1)))

    def step(self, X: np.ndarray, y: np.ndarray) -> None:
        self.output = sigmoid(X.dot(self.synapse_0))
        delta = (self.output - y) * (self.output * (1 - self.output))
        self.synapse_0 -= X.T.dot(delta)


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
model = Perceptron(synapse_0=2 * np.random.random((2, 1)) - 1)
for _ in range(10000):
    model.step(X, y)

print("Output After Training:")
print(model.output)
