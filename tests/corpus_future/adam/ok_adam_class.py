# expect: pass
# style: class Adam with step(params, grads), state in dicts keyed by parameter name, its own t incremented at the start of step(); parameters in a dict, gradients from a function; __main__
# why: step() is called once per iteration, so self.t is 1 at j = 0 as the task says; the moments start at zero and the update is the paper's, epsilon outside the square root
import numpy as np


class Adam:
    def __init__(self, params, lr=0.01, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        for k in params:
            g = grads[k]
            self.m[k] = self.beta1 * self.m[k] + (1 - self.beta1) * g
            self.v[k] = self.beta2 * self.v[k] + (1 - self.beta2) * g * g
            m_hat = self.m[k] / (1 - self.beta1 ** self.t)
            v_hat = self.v[k] / (1 - self.beta2 ** self.t)
            params[k] -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def forward_backward(params, X, y):
    h = sigmoid(X @ params["W1"])
    out = sigmoid(h @ params["W2"])
    err = out - y
    d_out = err * out * (1 - out)
    d_h = (d_out @ params["W2"].T) * h * (1 - h)
    return out, err, {"W1": X.T @ d_h, "W2": h.T @ d_out}


if __name__ == "__main__":
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    np.random.seed(1)
    params = {"W1": 2 * np.random.random((3, 4)) - 1,
              "W2": 2 * np.random.random((4, 1)) - 1}
    opt = Adam(params, lr=0.01)
    for j in range(10000):
        out, err, grads = forward_backward(params, X, y)
        if j % 1000 == 0:
            print(f"Error after {j} iterations: {np.mean(np.abs(err)):.16f}")
        opt.step(params, grads)
    print("Output After Training:")
    print(out)
