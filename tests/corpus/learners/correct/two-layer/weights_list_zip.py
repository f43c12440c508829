# exercise: two-layer
# expect: pass
# style: generic list-of-weights code (a one-element list) updated in place with zip(weights, grads)
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
layer_sizes = [2, 1]
weights = [2 * np.random.random((a, b)) - 1 for a, b in zip(layer_sizes[:-1], layer_sizes[1:])]

for _ in range(10000):
    activations = [X]
    for w in weights:
        activations.append(sigmoid(activations[-1].dot(w)))
    out = activations[-1]
    delta = (out - y) * (out * (1 - out))
    grads = [activations[0].T.dot(delta)]
    for w, g in zip(weights, grads):
        w -= g

print("Output After Training:")
print(activations[-1])
