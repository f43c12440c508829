# exercise: three-layer
# expect: pass
# style: weights in a list indexed by layer; generic forward loop collecting activations and a generic reversed backward loop
# why: the backward loop computes every gradient (and the delta passed down, which needs the old weights) before any weight changes -- updates are applied in a separate loop afterwards
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
sizes = [3, 4, 1]
alpha = 0.5

np.random.seed(1)
weights = [2 * np.random.random((a, b)) - 1 for a, b in zip(sizes[:-1], sizes[1:])]

for it in range(60000):
    acts = [X]
    for W in weights:
        acts.append(1 / (1 + np.exp(-acts[-1].dot(W))))
    delta = (acts[-1] - y) * acts[-1] * (1 - acts[-1])
    grads = [None] * len(weights)
    for k in reversed(range(len(weights))):
        grads[k] = acts[k].T.dot(delta)
        if k > 0:
            delta = delta.dot(weights[k].T) * acts[k] * (1 - acts[k])
    for k in range(len(weights)):
        weights[k] -= alpha * grads[k]
