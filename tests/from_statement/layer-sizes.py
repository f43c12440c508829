import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


layer_sizes = [4, 8, 4, 1]

bits = np.array([[(n >> 2) & 1, (n >> 1) & 1, n & 1] for n in range(8)])
X = np.hstack([bits, np.ones((8, 1), dtype=int)])
y = (bits.sum(axis=1) % 2).reshape(8, 1)

alpha = 1

np.random.seed(1)
synapse_0 = 2 * np.random.random((layer_sizes[0], layer_sizes[1])) - 1
synapse_1 = 2 * np.random.random((layer_sizes[1], layer_sizes[2])) - 1
synapse_2 = 2 * np.random.random((layer_sizes[2], layer_sizes[3])) - 1

for j in range(10000):
    layer_0 = X
    layer_1 = sigmoid(layer_0 @ synapse_0)
    layer_2 = sigmoid(layer_1 @ synapse_1)
    layer_3 = sigmoid(layer_2 @ synapse_2)

    layer_3_error = layer_3 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_3_error))))

    layer_3_delta = layer_3_error * sigmoid_slope(layer_3)
    layer_2_delta = (layer_3_delta @ synapse_2.T) * sigmoid_slope(layer_2)
    layer_1_delta = (layer_2_delta @ synapse_1.T) * sigmoid_slope(layer_1)

    synapse_2 -= alpha * (layer_2.T @ layer_3_delta)
    synapse_1 -= alpha * (layer_1.T @ layer_2_delta)
    synapse_0 -= alpha * (layer_0.T @ layer_1_delta)

print("Output After Training:")
print(layer_3)
