import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

alpha = 0.1
momentum = 0.9

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1
velocity_0 = np.zeros_like(synapse_0)
velocity_1 = np.zeros_like(synapse_1)

for j in range(10000):
    # look-ahead weights
    ahead_0 = synapse_0 + momentum * velocity_0
    ahead_1 = synapse_1 + momentum * velocity_1

    layer_0 = X
    layer_1 = sigmoid(layer_0.dot(ahead_0))
    layer_2 = sigmoid(layer_1.dot(ahead_1))

    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error * sigmoid_slope(layer_2)
    layer_1_delta = layer_2_delta.dot(ahead_1.T) * sigmoid_slope(layer_1)

    grad_1 = layer_1.T.dot(layer_2_delta)
    grad_0 = layer_0.T.dot(layer_1_delta)

    velocity_1 = momentum * velocity_1 - alpha * grad_1
    velocity_0 = momentum * velocity_0 - alpha * grad_0
    synapse_1 += velocity_1
    synapse_0 += velocity_0

print("Output After Training:")
print(layer_2)
