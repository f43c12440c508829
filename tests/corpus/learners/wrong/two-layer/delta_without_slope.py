# exercise: two-layer
# expect: fail
# blame: output-delta
# bug: the delta is just the error; it is never multiplied by the sigmoid's slope at layer_1
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def train(X, y, iterations=10000):
    np.random.seed(1)
    w = 2 * np.random.random((2, 1)) - 1
    for _ in range(iterations):
        out = sigmoid(X.dot(w))
        error = out - y
        delta = error          # TODO slope?
        w -= X.T.dot(delta)
    return w, out


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T
synapse_0, layer_1 = train(X, y)
print("Output After Training:")
print(layer_1)
