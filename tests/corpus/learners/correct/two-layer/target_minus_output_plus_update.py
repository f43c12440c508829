# exercise: two-layer
# expect: pass
# style: error as y - output and the update ADDED (the other sign convention), f-string print
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.array([[0, 1],
              [0, 1],
              [1, 0],
              [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
weights = 2 * np.random.random((2, 1)) - 1

for step in range(10000):
    prediction = sigmoid(X.dot(weights))
    miss = y - prediction
    delta = miss * (prediction * (1 - prediction))
    weights += X.T.dot(delta)

print(f"Output After Training:\n{prediction}")
