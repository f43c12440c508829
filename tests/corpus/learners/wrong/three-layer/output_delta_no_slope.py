# exercise: three-layer
# expect: fail
# blame: output-delta
# bug: layer_2_delta is only the error layer_2 - y; the slope layer_2*(1-layer_2) is missing
import numpy as np

def sig(z):
    return 1 / (1 + np.exp(-z))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha, hidden_dim = (0.5, 4)
np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

for j in range(60000):
    layer_1 = sig(X @ synapse_0)
    layer_2 = sig(layer_1 @ synapse_1)
    layer_2_delta = layer_2 - y
    layer_1_delta = (layer_2_delta @ synapse_1.T) * layer_1 * (1 - layer_1)
    synapse_1 -= alpha * layer_1.T @ layer_2_delta
    synapse_0 -= alpha * X.T @ layer_1_delta
