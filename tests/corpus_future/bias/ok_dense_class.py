# expect: pass
# style: a Dense layer class (W, b, forward/backward/step), error written as y - out with += updates, bias slope via ones-row matmul
# why: same network: each Dense caches its input and output, backward returns the blame for the layer below computed with the pre-update W; y - out flips the sign and += flips it back
import numpy as np


class Dense:
    def __init__(self, n_in, n_out):
        # the article's draw: uniform in [-1, 1)
        self.W = 2 * np.random.random((n_in, n_out)) - 1
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        self.out = 1.0 / (1.0 + np.exp(-(x @ self.W + self.b)))
        return self.out

    def backward(self, err):
        # err = how much the target exceeded our output (y - out style)
        self.delta = err * self.out * (1.0 - self.out)
        self.dW = self.x.T @ self.delta
        self.db = np.ones((1, self.x.shape[0])) @ self.delta
        return self.delta @ self.W.T

    def step(self, lr):
        self.W += lr * self.dW
        self.b += lr * self.db


def main():
    X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
    y = np.array([[0], [1], [1], [0]])
    np.random.seed(1)
    hidden = Dense(2, 4)
    output = Dense(4, 1)
    lr = 1.0

    for it in range(10000):
        out = output.forward(hidden.forward(X))
        miss = y - out
        if it % 1000 == 0:
            print(f"Error after {it} iterations: {np.mean(np.abs(miss)):.15f}")
        back = output.backward(miss)
        hidden.backward(back)
        output.step(lr)
        hidden.step(lr)

    print("Output After Training:")
    print(out)


if __name__ == "__main__":
    main()
