# exercise: direction-changes
# expect: fail
# blame: direction-count
# bug: counts sign changes of the weights themselves (synapse > 0) instead of sign changes of their updates
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def slope(out):
    return out * (1 - out)


def run(alpha, X, y):
    np.random.seed(1)
    w0 = 2 * np.random.random((3, 4)) - 1
    w1 = 2 * np.random.random((4, 1)) - 1
    flips0, flips1 = np.zeros_like(w0), np.zeros_like(w1)
    prev0, prev1 = w0.copy(), w1.copy()
    for j in range(60000):
        l1 = sigmoid(X @ w0)
        l2 = sigmoid(l1 @ w1)
        err = y - l2
        if j % 10000 == 0:
            print(f"Error:{np.mean(np.abs(err))}")
        d2 = err * slope(l2)
        d1 = (d2 @ w1.T) * slope(l1)
        w1 += alpha * (l1.T @ d2)
        w0 += alpha * (X.T @ d1)
        if j > 0:
            flips0 += (w0 > 0) != (prev0 > 0)
            flips1 += (w1 > 0) != (prev1 > 0)
        prev0, prev1 = w0.copy(), w1.copy()
    return w0, flips0, w1, flips1


def main():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
        print(f"\nTraining With Alpha:{alpha}")
        w0, f0, w1, f1 = run(alpha, X, y)
        print("Synapse 0"); print(w0)
        print("Synapse 0 Update Direction Changes"); print(f0)
        print("Synapse 1"); print(w1)
        print("Synapse 1 Update Direction Changes"); print(f1)


main()
