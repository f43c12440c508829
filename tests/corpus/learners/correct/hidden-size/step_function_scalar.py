# exercise: hidden-size
# expect: pass
# blame:
# style: a step(w0, w1, alpha) helper does one in-place training step and returns only the scalar error; loop calls it
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T


def step(w0, w1, alpha):
    l1 = 1 / (1 + np.exp(-np.dot(X, w0)))
    l2 = 1 / (1 + np.exp(-np.dot(l1, w1)))
    e = l2 - y
    d2 = e * (l2 * (1 - l2))
    d1 = d2.dot(w1.T) * (l1 * (1 - l1))
    w1 -= alpha * l1.T.dot(d2)
    w0 -= alpha * X.T.dot(d1)
    return np.mean(np.abs(e))


for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    w0 = 2 * np.random.random((3, 32)) - 1
    w1 = 2 * np.random.random((32, 1)) - 1
    for j in range(60000):
        err = step(w0, w1, alpha)
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(err))
