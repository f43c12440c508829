# expect: fail
# blame: bias-update
# style: article layout with short names, bias slopes written with np.sum over an axis
# why: line `b0 -= alpha * np.sum(d1, axis=1)` sums each example's deltas over the hidden units (axis=1) instead of over the examples (axis=0); because there are 4 examples and 4 hidden units the (4,) result broadcasts silently into the 1x4 bias
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def deriv(out):
    return out * (1 - out)

X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
y = np.array([[0], [1], [1], [0]])
alpha = 1
hidden_dim = 4

np.random.seed(1)
w0 = 2 * np.random.random((2, hidden_dim)) - 1
w1 = 2 * np.random.random((hidden_dim, 1)) - 1
b0 = np.zeros((1, hidden_dim))
b1 = np.zeros((1, 1))

for j in range(10000):
    l1 = sigmoid(X.dot(w0) + b0)
    l2 = sigmoid(l1.dot(w1) + b1)
    e = l2 - y
    if j % 1000 == 0:
        print("Error after", j, "iterations:", np.mean(np.abs(e)))
    d2 = e * deriv(l2)
    d1 = d2.dot(w1.T) * deriv(l1)
    w1 -= alpha * l1.T.dot(d2)
    b1 -= alpha * np.sum(d2)
    w0 -= alpha * X.T.dot(d1)
    b0 -= alpha * np.sum(d1, axis=1)

print("Output After Training:")
print(l2)
