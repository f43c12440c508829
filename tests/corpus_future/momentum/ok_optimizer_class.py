# expect: pass
# style: class Momentum with step(params, grads) keeping velocities in a dict keyed by parameter name (created lazily as zeros), a loss_and_grads() function, error sign y - out with the gradient negated explicitly
# why: the optimizer computes v = mu*v - lr*g then p += v for each name; grads are true gradients of the error (the y - out sign is compensated by the minus in g), computed at the current weights before step() runs
import numpy as np


class Momentum:
    def __init__(self, lr, mu):
        self.lr = lr
        self.mu = mu
        self.velocity = {}

    def step(self, params, grads):
        for name in params:
            if name not in self.velocity:
                self.velocity[name] = np.zeros_like(params[name])
            self.velocity[name] = self.mu * self.velocity[name] - self.lr * grads[name]
            params[name] += self.velocity[name]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss_and_grads(params, X, y):
    h = sigmoid(X.dot(params["syn0"]))
    out = sigmoid(h.dot(params["syn1"]))
    miss = y - out                       # how much we fell short
    d_out = miss * out * (1 - out)
    d_h = d_out.dot(params["syn1"].T) * h * (1 - h)
    grads = {"syn0": -X.T.dot(d_h), "syn1": -h.T.dot(d_out)}
    return out, np.mean(np.abs(miss)), grads


def main():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    np.random.seed(1)
    params = {"syn0": 2 * np.random.random((3, 4)) - 1,
              "syn1": 2 * np.random.random((4, 1)) - 1}
    opt = Momentum(lr=0.1, mu=0.9)
    for j in range(10000):
        out, err, grads = loss_and_grads(params, X, y)
        if j % 1000 == 0:
            print("Error after %s iterations: %.15g" % (j, err))
        opt.step(params, grads)
    print("Output After Training:")
    print(out)


if __name__ == "__main__":
    main()
