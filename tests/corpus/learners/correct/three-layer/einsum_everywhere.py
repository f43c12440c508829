# exercise: three-layer
# expect: pass
# style: every product written with np.einsum index notation (summation order may differ from BLAS)
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T
alpha, hidden_dim = 0.5, 4

np.random.seed(1)
W0 = 2 * np.random.random((3, hidden_dim)) - 1
W1 = 2 * np.random.random((hidden_dim, 1)) - 1

sig = lambda z: 1 / (1 + np.exp(-z))

for j in range(60000):
    h = sig(np.einsum("ni,ih->nh", X, W0))
    o = sig(np.einsum("nh,ho->no", h, W1))
    d_o = (o - y) * (o * (1 - o))
    d_h = np.einsum("no,ho->nh", d_o, W1) * (h * (1 - h))
    W1 -= alpha * np.einsum("nh,no->ho", h, d_o)
    W0 -= alpha * np.einsum("ni,nh->ih", X, d_h)
