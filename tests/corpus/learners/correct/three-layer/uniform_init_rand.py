# exercise: three-layer
# expect: pass
# style: np.random.uniform(-1, 1, size) for synapse_0 and 2*np.random.rand(...)-1 for synapse_1 (same draws); prints final layer_2
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha, hidden_dim = 0.5, 4

np.random.seed(1)
synapse_0 = np.random.uniform(-1, 1, size=(3, hidden_dim))
synapse_1 = 2 * np.random.rand(hidden_dim, 1) - 1

for j in range(60000):
    layer_1 = 1 / (1 + np.exp(-X.dot(synapse_0)))
    layer_2 = 1 / (1 + np.exp(-layer_1.dot(synapse_1)))
    layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
    synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
    synapse_0 -= alpha * X.T.dot(layer_1_delta)

print("prediction after training:", layer_2.ravel().tolist())
