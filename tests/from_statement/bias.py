import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
y = np.array([[0], [1], [1], [0]])

alpha = 1
hidden_dim = 4

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1
bias_0 = np.zeros((1, hidden_dim))
bias_1 = np.zeros((1, 1))

for j in range(10000):
    layer_0 = X
    layer_1 = sigmoid(layer_0.dot(synapse_0) + bias_0)
    layer_2 = sigmoid(layer_1.dot(synapse_1) + bias_1)

    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error * sigmoid_slope(layer_2)
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * sigmoid_slope(layer_1)

    synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
    synapse_0 -= alpha * layer_0.T.dot(layer_1_delta)
    bias_1 -= alpha * layer_2_delta.sum(axis=0, keepdims=True)
    bias_0 -= alpha * layer_1_delta.sum(axis=0, keepdims=True)

print("Output After Training:")
print(layer_2)
