# exercise: three-layer
# expect: pass
# style: forward pass as functools.reduce over the weight tuple (keeping every activation), np.matmul everywhere, error as (y - out) with += updates
# why: reduce produces [X, h, o] exactly as two chained sigmoid(matmul) calls; y - out with += is the same downhill step; both deltas come from one forward pass before either update
from functools import reduce
import numpy as np

sig = lambda z: 1 / (1 + np.exp(-z))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
np.random.seed(1)
syn0 = 2 * np.random.random((3, 4)) - 1
syn1 = 2 * np.random.random((4, 1)) - 1
params = (syn0, syn1)

for j in range(60000):
    x0, h, o = reduce(lambda acc, W: acc + [sig(np.matmul(acc[-1], W))], params, [X])
    d_o = (y - o) * (o * (1 - o))
    d_h = np.matmul(d_o, syn1.T) * (h * (1 - h))
    syn1 += 0.5 * np.matmul(h.T, d_o)
    syn0 += 0.5 * np.matmul(x0.T, d_h)
