import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

alpha = 0.5
hidden_dim = 16
dropout_percent = 0.2

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

for j in range(10000):
    layer_0 = X
    layer_1 = sigmoid(layer_0.dot(synapse_0))
    mask = np.random.binomial(1, 1 - dropout_percent, size=(4, hidden_dim)) * (1.0 / (1 - dropout_percent))
    layer_1_dropped = layer_1 * mask
    layer_2 = sigmoid(layer_1_dropped.dot(synapse_1))

    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error * sigmoid_slope(layer_2)
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * mask * sigmoid_slope(layer_1)

    synapse_1 -= alpha * layer_1_dropped.T.dot(layer_2_delta)
    synapse_0 -= alpha * layer_0.T.dot(layer_1_delta)

print("Output After Training:")
print(layer_2)
