import numpy as np


def act(v):
    return 1.0 / (1.0 + np.exp(-v))


def fit(features, labels, hidden=4, rate=0.5, rounds=60000):
    np.random.seed(1)
    w_in = 2 * np.random.random((features.shape[1], hidden)) - 1
    w_out = 2 * np.random.random((hidden, 1)) - 1
    for _ in range(rounds):
        h = act(features @ w_in)
        o = act(h @ w_out)
        d_out = (o - labels) * (o * (1 - o))
        d_hid = (d_out @ w_out.T) * (h * (1 - h))
        w_out -= rate * (h.T @ d_out)
        w_in -= rate * (features.T @ d_hid)
    return w_in, w_out


data = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
truth = np.array([[0], [1], [1], [0]])
fit(data, truth)
