# exercise: three-layer
# expect: pass
# style: EDGE: weights stored transposed (4x3 and 1x4, "rows are neurons"), drawn with the same calls then .T; same numbers
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
np.random.seed(1)
W_hidden = (2 * np.random.random((3, 4)) - 1).T.copy()   # (4, 3): one row per hidden neuron
W_out = (2 * np.random.random((4, 1)) - 1).T.copy()      # (1, 4)
sig = lambda z: 1 / (1 + np.exp(-z))
for _ in range(60000):
    h = sig(X @ W_hidden.T)
    o = sig(h @ W_out.T)
    do = (o - y) * o * (1 - o)
    dh = (do @ W_out) * h * (1 - h)
    W_out -= 0.5 * (do.T @ h)
    W_hidden -= 0.5 * (dh.T @ X)
