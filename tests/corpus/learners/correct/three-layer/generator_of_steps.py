# exercise: three-layer
# expect: pass
# style: training written as a generator yielding the error each step, consumed by a for loop with enumerate
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def training_steps(X, y, synapse_0, synapse_1, alpha, n):
    for _ in range(n):
        layer_1 = sigmoid(X.dot(synapse_0))
        layer_2 = sigmoid(layer_1.dot(synapse_1))
        layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
        yield float(np.mean(np.abs(layer_2 - y)))


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1

last_error = None
for step, err in enumerate(training_steps(X, y, synapse_0, synapse_1, 0.5, 60000)):
    last_error = err
