# exercise: three-layer
# expect: pass
# style: np.matmul and in-place np.subtract(w, step, out=w); np.transpose instead of .T
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha, hidden_dim = 0.5, 4

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for j in range(60000):
    layer_1 = sigmoid(np.matmul(X, synapse_0))
    layer_2 = sigmoid(np.matmul(layer_1, synapse_1))
    layer_2_delta = np.multiply(np.subtract(layer_2, y), layer_2 * (1 - layer_2))
    layer_1_delta = np.multiply(np.matmul(layer_2_delta, np.transpose(synapse_1)), layer_1 * (1 - layer_1))
    np.subtract(synapse_1, alpha * np.matmul(np.transpose(layer_1), layer_2_delta), out=synapse_1)
    np.subtract(synapse_0, alpha * np.matmul(np.transpose(X), layer_1_delta), out=synapse_0)
