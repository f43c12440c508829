# exercise: hidden-size
# expect: pass
# style: np.einsum for all products
# note: chaotic drift expected (einsum's summation order; 32 hidden units at alpha 10 amplify it)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
hidden = 32
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    W0 = 2 * np.random.random((3, hidden)) - 1
    W1 = 2 * np.random.random((hidden, 1)) - 1
    for j in range(60000):
        h = sigmoid(np.einsum("ij,jk->ik", X, W0))
        o = sigmoid(np.einsum("ij,jk->ik", h, W1))
        e = o - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(e))))
        d_o = e * (o * (1 - o))
        d_h = np.einsum("ik,jk->ij", d_o, W1) * (h * (1 - h))
        W1 -= alpha * np.einsum("ji,jk->ik", h, d_o)
        W0 -= alpha * np.einsum("ji,jk->ik", X, d_h)
