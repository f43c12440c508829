# exercise: three-layer
# expect: pass
# style: weights on a types.SimpleNamespace (net.W0, net.W1) mutated in place by a train_step(net) function
from types import SimpleNamespace

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train_step(net, X, y):
    h = sigmoid(X.dot(net.W0))
    out = sigmoid(h.dot(net.W1))
    d_out = (out - y) * (out * (1 - out))
    d_h = d_out.dot(net.W1.T) * (h * (1 - h))
    net.W1 -= net.alpha * h.T.dot(d_out)
    net.W0 -= net.alpha * X.T.dot(d_h)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
np.random.seed(1)
net = SimpleNamespace(alpha=0.5,
                      W0=2 * np.random.random((3, 4)) - 1,
                      W1=2 * np.random.random((4, 1)) - 1)
for j in range(60000):
    train_step(net, X, y)
