# exercise: three-layer
# expect: pass
# style: a closure: make_trainer() keeps the weights in nonlocal variables and returns a step() function
import numpy as np


def make_trainer(X, y, alpha=0.5, hidden_dim=4):
    synapse_0 = 2 * np.random.random((X.shape[1], hidden_dim)) - 1
    synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

    def step():
        nonlocal synapse_0, synapse_1
        layer_1 = 1 / (1 + np.exp(-np.dot(X, synapse_0)))
        layer_2 = 1 / (1 + np.exp(-np.dot(layer_1, synapse_1)))
        layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 = synapse_1 - alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 = synapse_0 - alpha * X.T.dot(layer_1_delta)

    def weights():
        return synapse_0, synapse_1

    return step, weights


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
np.random.seed(1)
step, weights = make_trainer(X, y)
for j in range(60000):
    step()
synapse_0, synapse_1 = weights()
