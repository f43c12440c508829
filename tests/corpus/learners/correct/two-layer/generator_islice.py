# exercise: two-layer
# expect: pass
# style: an infinite generator yields (weights, output) after each step; itertools.islice takes 10,000 of them and a deque(maxlen=1) keeps the last
# why: each yield happens after one forward pass and one update, so the 10,000th yielded output is the last iteration's forward pass (before its update); weights are updated in place and exactly 10,000 steps run because islice stops pulling
import itertools
from collections import deque
import numpy as np


def descend(X, y, w):
    while True:
        a = 1 / (1 + np.exp(-np.dot(X, w)))
        g = np.dot(X.T, (a - y) * (a * (1 - a)))
        w -= g
        yield w, a


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0], [0], [1], [1]])
np.random.seed(1)
weights = 2 * np.random.random((2, 1)) - 1

last = deque(itertools.islice(descend(X, y, weights), 10000), maxlen=1)
_, final_output = last[0]
print("Output After Training:")
for row in final_output:
    print(f"{row[0]:.12f}")
