# exercise: three-layer
# expect: pass
# style: derivative written as out - out**2 (different rounding), data built with np.column_stack and a bias column
import numpy as np

inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
X = np.column_stack([inputs, np.ones(4, dtype=int)])
y = np.array([0, 1, 1, 0]).reshape(4, 1)

alpha = 0.5
hidden_dim = 4
np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def dsigmoid(s):
    return s - s ** 2


for j in range(60000):
    hidden = sigmoid(X.dot(synapse_0))
    output = sigmoid(hidden.dot(synapse_1))
    output_delta = (output - y) * dsigmoid(output)
    hidden_delta = output_delta.dot(synapse_1.T) * dsigmoid(hidden)
    synapse_1 -= alpha * hidden.T.dot(output_delta)
    synapse_0 -= alpha * X.T.dot(hidden_delta)
