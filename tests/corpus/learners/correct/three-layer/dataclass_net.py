# exercise: three-layer
# expect: pass
# style: a @dataclass holding both weight matrices and alpha, with a step() method; prints nothing
# why: step() runs one forward pass, computes both deltas from it (hidden delta uses W1 before any change), then updates W1 and W0 with alpha 0.5; 60,000 calls
from dataclasses import dataclass, field
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class Net:
    W0: np.ndarray
    W1: np.ndarray
    alpha: float = 0.5
    steps: int = field(default=0)

    def step(self, X, y):
        h = sigmoid(X.dot(self.W0))
        o = sigmoid(h.dot(self.W1))
        d_o = (o - y) * o * (1 - o)
        d_h = d_o.dot(self.W1.T) * h * (1 - h)
        self.W1 -= self.alpha * h.T.dot(d_o)
        self.W0 -= self.alpha * X.T.dot(d_h)
        self.steps += 1


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

np.random.seed(1)
first = 2 * np.random.random((3, 4)) - 1
second = 2 * np.random.random((4, 1)) - 1
net = Net(first, second)
for _ in range(60000):
    net.step(X, y)
