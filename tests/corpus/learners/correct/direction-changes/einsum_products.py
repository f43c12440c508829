# exercise: direction-changes
# expect: pass
# style: np.einsum products, sign flips counted with np.sign-free comparison of (u > 0) masks
# note: chaotic drift expected (einsum's summation order; alpha 100/1000 amplify it)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    W0 = 2 * np.random.random((3, 4)) - 1
    W1 = 2 * np.random.random((4, 1)) - 1
    prev0, prev1 = np.zeros_like(W0), np.zeros_like(W1)
    cnt0, cnt1 = np.zeros_like(W0), np.zeros_like(W1)
    for j in range(60000):
        h = sigmoid(np.einsum("ij,jk->ik", X, W0))
        o = sigmoid(np.einsum("ij,jk->ik", h, W1))
        e = y - o
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(e))))
        d_o = e * (o * (1 - o))
        d_h = np.einsum("ik,jk->ij", d_o, W1) * (h * (1 - h))
        u1 = np.einsum("ji,jk->ik", h, d_o)
        u0 = np.einsum("ji,jk->ik", X, d_h)
        if j > 0:
            cnt0 += ((u0 > 0) + 0) != ((prev0 > 0) + 0)
            cnt1 += ((u1 > 0) + 0) != ((prev1 > 0) + 0)
        W1 += alpha * u1
        W0 += alpha * u0
        prev0, prev1 = u0, u1
    print("Synapse 0")
    print(W0)
    print("Synapse 0 Update Direction Changes")
    print(cnt0)
    print("Synapse 1")
    print(W1)
    print("Synapse 1 Update Direction Changes")
    print(cnt1)
