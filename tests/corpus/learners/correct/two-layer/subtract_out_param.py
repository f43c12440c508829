# exercise: two-layer
# expect: pass
# style: in-place ufuncs: np.subtract(w, grad, out=w), np.matmul for products
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, 1)) - 1

for iteration in range(10000):
    layer_1 = sigmoid(np.matmul(X, synapse_0))
    error = np.subtract(layer_1, y)
    delta = np.multiply(error, layer_1 * (1 - layer_1))
    np.subtract(synapse_0, np.matmul(X.T, delta), out=synapse_0)

print("Output After Training:")
print(layer_1)
