# exercise: two-layer
# expect: pass
# style: float dtype data, y built with reshape(-1, 1), weights rebound (w = w - g) instead of -=
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def slope(out):
    return out * (1.0 - out)


X = np.array([[0.0, 1.0], [0.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
y = np.array([0.0, 0.0, 1.0, 1.0]).reshape(-1, 1)

np.random.seed(1)
w = 2.0 * np.random.random((2, 1)) - 1.0

for epoch in range(10000):
    l1 = sigmoid(np.dot(X, w))
    d1 = (l1 - y) * slope(l1)
    w = w - np.dot(X.T, d1)

print("Output After Training:")
print(l1)
