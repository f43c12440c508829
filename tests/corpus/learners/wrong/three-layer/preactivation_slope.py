# exercise: three-layer
# expect: fail
# blame: hidden-delta
# style: keeps pre-activations z1, z2 around "for backprop", helper dsig(v) = v*(1-v)
# why: BUG on the `d1 = ...` line: the hidden slope is dsig(z1) -- taken of the hidden PRE-activation -- instead of dsig(a1) of the sigmoid's output (the output layer's dsig(a2) is right); differs from iteration 0 and later overflows (RuntimeWarnings on stderr)
import numpy as np


def sig(v):
    return 1 / (1 + np.exp(-v))


def dsig(v):
    return v * (1 - v)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
np.random.seed(1)
W0 = 2 * np.random.random((3, 4)) - 1
W1 = 2 * np.random.random((4, 1)) - 1

for t in range(60000):
    z1 = X @ W0
    a1 = sig(z1)
    z2 = a1 @ W1
    a2 = sig(z2)
    d2 = (a2 - y) * dsig(a2)
    d1 = (d2 @ W1.T) * dsig(z1)
    W1 -= 0.5 * (a1.T @ d2)
    W0 -= 0.5 * (X.T @ d1)
