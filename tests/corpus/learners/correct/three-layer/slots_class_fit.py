# exercise: three-layer
# expect: pass
# style: a class with __slots__ (no __dict__), weights as slot attributes, fit() loop inside the method
import numpy as np


class TwoLayerMLP:
    __slots__ = ("syn0", "syn1", "alpha")

    def __init__(self, hidden_dim, alpha):
        self.alpha = alpha
        self.syn0 = 2 * np.random.random((3, hidden_dim)) - 1
        self.syn1 = 2 * np.random.random((hidden_dim, 1)) - 1

    def fit(self, X, y, iterations):
        for j in range(iterations):
            l1 = 1 / (1 + np.exp(-(np.dot(X, self.syn0))))
            l2 = 1 / (1 + np.exp(-(np.dot(l1, self.syn1))))
            l2_delta = (l2 - y) * (l2 * (1 - l2))
            l1_delta = l2_delta.dot(self.syn1.T) * (l1 * (1 - l1))
            self.syn1 -= self.alpha * l1.T.dot(l2_delta)
            self.syn0 -= self.alpha * X.T.dot(l1_delta)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
np.random.seed(1)
mlp = TwoLayerMLP(hidden_dim=4, alpha=0.5)
mlp.fit(X, y, 60000)
