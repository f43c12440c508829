# exercise: three-layer
# expect: pass
# style: error = y - layer_2 and both updates ADDED (equivalent sign convention), named error terms
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha, hidden_dim = (0.5, 4)

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

for j in range(60000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_2 = sigmoid(np.dot(layer_1, synapse_1))

    layer_2_error = y - layer_2
    layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))

    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * (layer_1 * (1 - layer_1))

    synapse_1 += alpha * layer_1.T.dot(layer_2_delta)
    synapse_0 += alpha * X.T.dot(layer_1_delta)
