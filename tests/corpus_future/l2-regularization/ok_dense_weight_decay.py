# expect: pass
# style: Dense class with a weight_decay attribute, updates with np.subtract(..., out=...), training in a function returning the final output, transposed weight storage (W kept as n_out x n_in, used as W.T)
# why: the layers store the same numbers transposed (4x2 and 1x4) and use W.T in the products, which the contract allows; the decay term reg_lambda*W is added to the weight slope only, before the in-place step
import numpy as np


class Dense:
    def __init__(self, W, weight_decay):
        self.W = W.T.copy()               # stored as (n_out, n_in)
        self.b = np.zeros((1, W.shape[1]))
        self.weight_decay = weight_decay

    def forward(self, x):
        self.x = x
        self.a = 1 / (1 + np.exp(-(x.dot(self.W.T) + self.b)))
        return self.a

    def backward(self, upstream):
        delta = upstream * self.a * (1 - self.a)
        self.gW = delta.T.dot(self.x) + self.weight_decay * self.W
        self.gb = delta.sum(axis=0, keepdims=True)
        return delta.dot(self.W)

    def update(self, alpha):
        np.subtract(self.W, alpha * self.gW, out=self.W)
        np.subtract(self.b, alpha * self.gb, out=self.b)


def run(alpha=1.0, hidden_dim=4, reg_lambda=0.001, iterations=10000):
    X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
    y = np.array([[0], [1], [1], [0]])
    np.random.seed(1)
    first = Dense(2 * np.random.random((2, hidden_dim)) - 1, reg_lambda)
    second = Dense(2 * np.random.random((hidden_dim, 1)) - 1, reg_lambda)
    for j in range(iterations):
        out = second.forward(first.forward(X))
        if j % 1000 == 0:
            print("Error after", j, "iterations:", "%.16f" % np.mean(np.abs(out - y)))
        first.backward(second.backward(out - y))
        second.update(alpha)
        first.update(alpha)
    return out


if __name__ == "__main__":
    final = run()
    print("Output After Training:")
    print(final)
