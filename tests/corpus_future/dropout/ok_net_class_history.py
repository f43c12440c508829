# expect: pass
# style: a DropoutNet class whose train() method runs the loop and returns a history dict; prints come from the history after training; debug count of dropped units each 1000 iterations
# why: the mask is drawn inside forward() after the hidden layer, with the stated binomial call and nothing else drawing; backward reuses the cached mask, so the slope is that of the dropped-out network; history holds the iteration's own errors and the last output
import numpy as np


class DropoutNet:
    def __init__(self, hidden_dim=16, dropout_percent=0.2):
        self.p = dropout_percent
        self.hidden_dim = hidden_dim
        self.syn0 = 2 * np.random.random((3, hidden_dim)) - 1
        self.syn1 = 2 * np.random.random((hidden_dim, 1)) - 1

    @staticmethod
    def _sig(x):
        return 1 / (1 + np.exp(-x))

    def forward(self, X):
        self.h = self._sig(X.dot(self.syn0))
        self.mask = np.random.binomial(1, 1 - self.p, size=(X.shape[0], self.hidden_dim)) / (1 - self.p)
        self.hd = self.h * self.mask
        self.out = self._sig(self.hd.dot(self.syn1))
        return self.out

    def train(self, X, y, alpha, iterations):
        history = {"errors": [], "dropped": []}
        for j in range(iterations):
            out = self.forward(X)
            err = out - y
            if j % 1000 == 0:
                history["errors"].append((j, float(np.mean(np.abs(err)))))
                history["dropped"].append(int((self.mask == 0).sum()))
            d_out = err * out * (1 - out)
            d_h = d_out.dot(self.syn1.T) * self.mask * self.h * (1 - self.h)
            self.syn1 -= alpha * self.hd.T.dot(d_out)
            self.syn0 -= alpha * X.T.dot(d_h)
        history["output"] = self.out
        return history


if __name__ == "__main__":
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    np.random.seed(1)
    net = DropoutNet()
    hist = net.train(X, y, alpha=0.5, iterations=10000)
    for (j, e), n in zip(hist["errors"], hist["dropped"]):
        print("Error after {} iterations: {!r}".format(j, e))
    print("debug: dropped units per check:", hist["dropped"])
    print("Output After Training:")
    print(hist["output"])
