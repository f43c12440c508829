# exercise: three-layer
# expect: pass
# style: an MLP object with __call__ for the forward pass, a `weights` property and a fit() method
import numpy as np


class MLP:
    def __init__(self, sizes):
        self.W = [2 * np.random.random((a, b)) - 1 for a, b in zip(sizes, sizes[1:])]

    @property
    def weights(self):
        return tuple(self.W)

    def __call__(self, X):
        self.h = 1 / (1 + np.exp(-X.dot(self.W[0])))
        self.out = 1 / (1 + np.exp(-self.h.dot(self.W[1])))
        return self.out

    def fit(self, X, y, alpha, epochs):
        for epoch in range(epochs):
            out = self(X)
            d_out = (out - y) * (out * (1 - out))
            d_h = d_out.dot(self.W[1].T) * (self.h * (1 - self.h))
            self.W[1] -= alpha * self.h.T.dot(d_out)
            self.W[0] -= alpha * X.T.dot(d_h)
        return self


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
np.random.seed(1)
model = MLP([3, 4, 1]).fit(X, y, alpha=0.5, epochs=60000)
