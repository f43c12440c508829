# exercise: alpha-sweep
# expect: pass
# note: the network is right; printing ten times as often only adds figures, which the grader notes and never fails (README, How it grades, rule 4)
# style: prints the error every 1,000 iterations (j % 1000) instead of every 10,000
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def train(alpha, X, y, iterations=60000, every=1000):
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    for j in range(iterations):
        l1 = sigmoid(X @ syn0)
        l2 = sigmoid(l1 @ syn1)
        err = l2 - y
        if j % every == 0:
            print(f"Error after {j} iterations:{np.mean(np.abs(err))}")
        d2 = err * sigmoid_output_to_derivative(l2)
        d1 = (d2 @ syn1.T) * sigmoid_output_to_derivative(l1)
        syn1 -= alpha * (l1.T @ d2)
        syn0 -= alpha * (X.T @ d1)
    return syn0, syn1


def main():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
        print(f"\nTraining With Alpha:{alpha}")
        train(alpha, X, y)


if __name__ == "__main__":
    main()
