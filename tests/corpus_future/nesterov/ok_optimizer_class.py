# expect: pass
# style: class Nesterov with lookahead(params) and step(params, grads), velocities in a dict keyed by name; a grad_fn(params) returning (output, grads); while loop
# why: grad_fn is called on the dict the optimizer's lookahead() builds (w + mu*v for every name), so the slope, the printed error and the final output are all the look-ahead pass's; step() then does v = mu*v - lr*g, w += v
import numpy as np


class Nesterov:
    def __init__(self, params, lr=0.1, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = {k: np.zeros_like(p) for k, p in params.items()}

    def lookahead(self, params):
        return {k: params[k] + self.momentum * self.v[k] for k in params}

    def step(self, params, grads):
        for k in params:
            self.v[k] = self.momentum * self.v[k] - self.lr * grads[k]
            params[k] += self.v[k]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def grad_fn(p, X, y):
    l1 = sigmoid(np.matmul(X, p["w0"]))
    l2 = sigmoid(np.matmul(l1, p["w1"]))
    err = l2 - y
    d2 = err * l2 * (1 - l2)
    d1 = np.matmul(d2, p["w1"].T) * l1 * (1 - l1)
    return l2, err, {"w0": np.matmul(X.T, d1), "w1": np.matmul(l1.T, d2)}


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
np.random.seed(1)
params = {"w0": 2 * np.random.random((3, 4)) - 1}
params["w1"] = 2 * np.random.random((4, 1)) - 1
opt = Nesterov(params, lr=0.1, momentum=0.9)

j = 0
while j < 10000:
    output, err, grads = grad_fn(opt.lookahead(params), X, y)
    if j % 1000 == 0:
        print("Error after", j, "iterations:", repr(float(np.mean(np.abs(err)))))
    opt.step(params, grads)
    j += 1

print("Output After Training:")
print(output)
