# expect: pass
# style: a BatchNorm class (gamma, beta attributes, forward caches, backward returns dx and stores dgamma/dbeta) using the paper's dvar/dmu formulas; net parameters updated only after all backward calls; np.var for the variance
# why: np.var defaults to ddof=0 (divide by 4, as asked); backward uses Ioffe & Szegedy's chain rule (dvar, dmu, then dx), which is the exact slope; updates of synapse_1, gamma, beta, synapse_0 follow all slope computations
import numpy as np


class BatchNorm:
    def __init__(self, n, eps=1e-5):
        self.gamma = np.ones((1, n))
        self.beta = np.zeros((1, n))
        self.eps = eps

    def forward(self, x):
        self.x = x
        self.mu = x.mean(axis=0, keepdims=True)
        self.var = np.var(x, axis=0, keepdims=True)
        self.xhat = (x - self.mu) / np.sqrt(self.var + self.eps)
        return self.gamma * self.xhat + self.beta

    def backward(self, dy):
        m = self.x.shape[0]
        self.dgamma = np.sum(dy * self.xhat, axis=0, keepdims=True)
        self.dbeta = np.sum(dy, axis=0, keepdims=True)
        dxhat = dy * self.gamma
        xc = self.x - self.mu
        dvar = np.sum(dxhat * xc, axis=0, keepdims=True) * -0.5 * (self.var + self.eps) ** -1.5
        dmu = (np.sum(-dxhat / np.sqrt(self.var + self.eps), axis=0, keepdims=True)
               + dvar * np.mean(-2.0 * xc, axis=0, keepdims=True))
        return dxhat / np.sqrt(self.var + self.eps) + dvar * 2.0 * xc / m + dmu / m

    def step(self, lr):
        self.gamma -= lr * self.dgamma
        self.beta -= lr * self.dbeta


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def main():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    alpha = 0.5
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    bn = BatchNorm(4, eps=1e-5)
    for j in range(10000):
        h = sigmoid(bn.forward(X.dot(syn0)))
        out = sigmoid(h.dot(syn1))
        err = out - y
        if j % 1000 == 0:
            print("Error after %d iterations: %.15f" % (j, np.mean(np.abs(err))))
        d_out = err * out * (1 - out)
        g_syn1 = h.T.dot(d_out)
        d_pre = d_out.dot(syn1.T) * h * (1 - h)
        g_syn0 = X.T.dot(bn.backward(d_pre))
        syn1 -= alpha * g_syn1
        bn.step(alpha)
        syn0 -= alpha * g_syn0
    print("Output After Training:")
    print(out)


if __name__ == "__main__":
    main()
