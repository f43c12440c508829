# exercise: three-layer
# expect: pass
# style: preallocated work buffers with np.dot(a, b, out=buf), in-place ufuncs (np.exp(..., out=), np.subtract(w, step, out=w)) to avoid allocations
# why: every buffer is written fully each iteration before being read; the arithmetic is the reference's: sigmoid via 1/(1+exp(-z)), delta = (o-y)*o*(1-o), hidden delta from the pre-update W1, step alpha*grad subtracted
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
alpha = 0.5
np.random.seed(1)
W0 = 2 * np.random.random((3, 4)) - 1
W1 = 2 * np.random.random((4, 1)) - 1

z1 = np.empty((4, 4)); a1 = np.empty((4, 4))
z2 = np.empty((4, 1)); a2 = np.empty((4, 1))
d2 = np.empty((4, 1)); d1 = np.empty((4, 4))
g1 = np.empty((4, 1)); g0 = np.empty((3, 4))


def sigmoid_into(z, out):
    np.negative(z, out=out)
    np.exp(out, out=out)
    np.add(out, 1.0, out=out)
    np.divide(1.0, out, out=out)


for _ in range(60000):
    np.dot(X, W0, out=z1)
    sigmoid_into(z1, a1)
    np.dot(a1, W1, out=z2)
    sigmoid_into(z2, a2)
    d2[...] = (a2 - y) * (a2 * (1 - a2))
    np.dot(d2, W1.T, out=d1)
    d1 *= a1 * (1 - a1)
    np.dot(a1.T, d2, out=g1)
    np.dot(X.T, d1, out=g0)
    np.subtract(W1, alpha * g1, out=W1)
    np.subtract(W0, alpha * g0, out=W0)
