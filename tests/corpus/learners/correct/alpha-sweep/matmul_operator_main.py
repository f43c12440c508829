# exercise: alpha-sweep
# expect: pass
# style: @ operator, everything inside main(), a nested run() per alpha, print() with several arguments
import numpy as np


def main():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    sigmoid = lambda v: 1 / (1 + np.exp(-v))

    def run(alpha):
        np.random.seed(1)
        W1 = 2 * np.random.random((3, 4)) - 1
        W2 = 2 * np.random.random((4, 1)) - 1
        for j in range(60000):
            A1 = sigmoid(X @ W1)
            A2 = sigmoid(A1 @ W2)
            E = A2 - y
            if j % 10000 == 0:
                print("Error after", j, "iterations:", np.mean(np.abs(E)))
            D2 = E * (A2 * (1 - A2))
            D1 = (D2 @ W2.T) * (A1 * (1 - A1))
            W2 -= alpha * (A1.T @ D2)
            W1 -= alpha * (X.T @ D1)
        return W1, W2

    for alpha in (0.001, 0.01, 0.1, 1, 10, 100, 1000):
        print()
        print("Training With Alpha:", alpha)
        run(alpha)


if __name__ == "__main__":
    main()
