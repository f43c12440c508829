# expect: fail
# blame: bias-update
# style: dict of layers, a train() function returning a history list, printing from the history afterwards
# why: in train(), the bias updates use np.mean(..., axis=0) (the slope averaged over the 4 examples) while the task asks for summed slopes; the weights use the sum, so only the biases move 4x too slowly
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, alpha=1.0, hidden_dim=4, iterations=10000):
    np.random.seed(1)
    net = {
        "syn0": 2 * np.random.random((X.shape[1], hidden_dim)) - 1,
        "syn1": 2 * np.random.random((hidden_dim, 1)) - 1,
        "bias0": np.zeros((1, hidden_dim)),
        "bias1": np.zeros((1, 1)),
    }
    history = []
    for j in range(iterations):
        h = sigmoid(X @ net["syn0"] + net["bias0"])
        out = sigmoid(h @ net["syn1"] + net["bias1"])
        err = out - y
        if j % 1000 == 0:
            history.append((j, np.mean(np.abs(err))))
        d_out = err * out * (1 - out)
        d_h = (d_out @ net["syn1"].T) * h * (1 - h)
        net["syn1"] -= alpha * h.T @ d_out
        net["bias1"] -= alpha * np.mean(d_out, axis=0, keepdims=True)
        net["syn0"] -= alpha * X.T @ d_h
        net["bias0"] -= alpha * np.mean(d_h, axis=0, keepdims=True)
    return net, history, out


if __name__ == "__main__":
    X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
    y = np.array([[0], [1], [1], [0]])
    net, history, out = train(X, y)
    for j, e in history:
        print(f"Error after {j} iterations: {e:.12f}")
    print("Output After Training:")
    print(out)
