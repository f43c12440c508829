# exercise: two-layer
# expect: pass
# style: weights kept in a params dict (params["W0"]), forward/backward helper functions
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def forward(params, X):
    return sigmoid(np.dot(X, params["W0"]))


def backward(params, X, y, out):
    delta = (out - y) * sigmoid_output_to_derivative(out)
    return {"W0": np.dot(X.T, delta)}


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
params = {"W0": 2 * np.random.random((2, 1)) - 1}

for it in range(10000):
    out = forward(params, X)
    grads = backward(params, X, y, out)
    params["W0"] -= grads["W0"]

print("Output After Training:")
print(out)
