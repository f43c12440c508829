# exercise: three-layer
# expect: fail
# blame: update
# style: updates written as a tuple of in-place ops via a small helper descend(W, g, lr=1.0) with a default learning rate
# why: BUG on the `descend(syn0, X.T @ l1_delta)` line: the call relies on the default lr=1.0, so alpha = 0.5 is applied only to syn1 and syn0 takes a full step
import numpy as np


def descend(W, g, lr=1.0):
    W -= lr * g


alpha = 0.5
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
np.random.seed(1)
syn0 = 2 * np.random.random((3, 4)) - 1
syn1 = 2 * np.random.random((4, 1)) - 1

for i in range(60000):
    l1 = 1 / (1 + np.exp(-(X @ syn0)))
    l2 = 1 / (1 + np.exp(-(l1 @ syn1)))
    l2_delta = (l2 - y) * (l2 * (1 - l2))
    l1_delta = (l2_delta @ syn1.T) * (l1 * (1 - l1))
    descend(syn1, l1.T @ l2_delta, alpha)
    descend(syn0, X.T @ l1_delta)
