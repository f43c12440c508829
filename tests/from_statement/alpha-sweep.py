import numpy as np

features = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
wanted = np.array([[0], [1], [1], [0]])


def logistic(v):
    return 1 / (1 + np.exp(-v))


def sweep_one(rate):
    print()
    print(f"Training With Alpha:{rate}")
    np.random.seed(1)
    first = 2 * np.random.random((3, 4)) - 1
    second = 2 * np.random.random((4, 1)) - 1
    for j in range(60000):
        hidden = logistic(np.dot(features, first))
        out = logistic(np.dot(hidden, second))
        gap = wanted - out
        if j % 10000 == 0:
            print(f"Error after {j} iterations:{np.mean(np.abs(gap))}")
        out_grad = gap * (out * (1 - out))
        hidden_grad = np.dot(out_grad, second.T) * (hidden * (1 - hidden))
        second += rate * np.dot(hidden.T, out_grad)
        first += rate * np.dot(features.T, hidden_grad)


for learning_rate in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    sweep_one(learning_rate)
