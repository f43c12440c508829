# exercise: three-layer
# expect: pass
# style: params dict {"W1","W2"}, forward returns a cache dict, backward returns a grads dict
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def init_params(n_in, n_hidden, n_out):
    np.random.seed(1)
    return {
        "W1": 2 * np.random.random((n_in, n_hidden)) - 1,
        "W2": 2 * np.random.random((n_hidden, n_out)) - 1,
    }


def forward(params, X):
    a1 = sigmoid(X.dot(params["W1"]))
    a2 = sigmoid(a1.dot(params["W2"]))
    return {"a0": X, "a1": a1, "a2": a2}


def backward(params, cache, y):
    a0, a1, a2 = cache["a0"], cache["a1"], cache["a2"]
    d2 = (a2 - y) * (a2 * (1 - a2))
    d1 = d2.dot(params["W2"].T) * (a1 * (1 - a1))
    return {"W2": a1.T.dot(d2), "W1": a0.T.dot(d1)}


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha = 0.5

params = init_params(3, 4, 1)
for j in range(60000):
    cache = forward(params, X)
    grads = backward(params, cache, y)
    for name in ("W2", "W1"):
        params[name] -= alpha * grads[name]
