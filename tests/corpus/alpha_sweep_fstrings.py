import numpy as np

def sigmoid(x):
    return 0.5 * (1 + np.tanh(x / 2))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0, 1, 1, 0]], dtype=float).T

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print(f"Training with alpha = {alpha}")
    np.random.seed(1)
    W0 = 2 * np.random.random((3, 4)) - 1
    W1 = 2 * np.random.random((4, 1)) - 1
    for it in range(60000):
        h = sigmoid(X @ W0)
        o = sigmoid(h @ W1)
        err = y - o
        if it % 10000 == 0:
            print(f"Error after {it} iterations: {np.mean(np.abs(err)):.17g}")
        do = alpha * err * o * (1 - o)
        dh = do @ W1.T * h * (1 - h)
        W1 += h.T @ do
        W0 += X.T @ dh
