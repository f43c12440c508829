# exercise: two-layer
# expect: pass
# style: np.einsum for both matrix products (may round differently from BLAS)
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]], dtype=float)
y = np.array([[0, 0, 1, 1]], dtype=float).T

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, 1)) - 1

for iteration in range(10000):
    layer_1 = sigmoid(np.einsum("ij,jk->ik", X, synapse_0))
    layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
    synapse_0 -= np.einsum("ji,jk->ik", X, layer_1_delta)

print("Output After Training:")
print(layer_1)
