# exercise: three-layer
# expect: pass
# style: computes both gradients first, then updates synapse_0 BEFORE synapse_1 (order is irrelevant once deltas exist)
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha, hidden_dim = 0.5, 4
np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

for j in range(60000):
    layer_1 = 1 / (1 + np.exp(-np.dot(X, synapse_0)))
    layer_2 = 1 / (1 + np.exp(-np.dot(layer_1, synapse_1)))
    layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
    layer_1_delta = np.dot(layer_2_delta, synapse_1.T) * (layer_1 * (1 - layer_1))
    grad_0 = np.dot(X.T, layer_1_delta)
    grad_1 = np.dot(layer_1.T, layer_2_delta)
    synapse_0 -= alpha * grad_0
    synapse_1 -= alpha * grad_1
