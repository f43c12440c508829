# exercise: three-layer
# expect: pass
# style: weights in a list, activations list, backprop loop over layers, in-place `w -= alpha * g` via zip
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha = 0.5
sizes = [3, 4, 1]

np.random.seed(1)
weights = [2 * np.random.random((m, n)) - 1 for m, n in zip(sizes[:-1], sizes[1:])]

for j in range(60000):
    acts = [X]
    for w in weights:
        acts.append(sigmoid(acts[-1].dot(w)))

    delta = (acts[-1] - y) * (acts[-1] * (1 - acts[-1]))
    grads = [None] * len(weights)
    for k in reversed(range(len(weights))):
        grads[k] = acts[k].T.dot(delta)
        if k > 0:
            delta = delta.dot(weights[k].T) * (acts[k] * (1 - acts[k]))

    for w, g in zip(weights, grads):
        w -= alpha * g
