# exercise: three-layer
# expect: fail
# blame: hidden-delta
# style: "update as soon as you have the gradient" -- each layer is updated right after its gradient is computed, walking backwards
# why: BUG: `syn1 -= alpha * l1.T.dot(l2_delta)` runs BEFORE `l1_delta = l2_delta.dot(syn1.T) * ...`, so the hidden delta is backpropagated through the already-updated syn1 instead of the weights used in the forward pass
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha = 0.5
np.random.seed(1)
syn0 = 2 * np.random.random((3, 4)) - 1
syn1 = 2 * np.random.random((4, 1)) - 1

for j in range(60000):
    l1 = 1 / (1 + np.exp(-X.dot(syn0)))
    l2 = 1 / (1 + np.exp(-l1.dot(syn1)))
    l2_delta = (l2 - y) * l2 * (1 - l2)
    syn1 -= alpha * l1.T.dot(l2_delta)
    l1_delta = l2_delta.dot(syn1.T) * l1 * (1 - l1)
    syn0 -= alpha * X.T.dot(l1_delta)
