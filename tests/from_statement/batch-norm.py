import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

alpha = 0.5
epsilon = 1e-5

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1
gamma = np.ones((1, 4))
beta = np.zeros((1, 4))

n = X.shape[0]

for j in range(10000):
    layer_0 = X
    z = layer_0.dot(synapse_0)
    mean = z.mean(axis=0, keepdims=True)
    var = ((z - mean) ** 2).mean(axis=0, keepdims=True)
    std = np.sqrt(var + epsilon)
    z_hat = (z - mean) / std
    layer_1 = sigmoid(gamma * z_hat + beta)
    layer_2 = sigmoid(layer_1.dot(synapse_1))

    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error * sigmoid_slope(layer_2)
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_slope(layer_1)

    grad_1 = layer_1.T.dot(layer_2_delta)
    grad_gamma = (layer_1_delta * z_hat).sum(axis=0, keepdims=True)
    grad_beta = layer_1_delta.sum(axis=0, keepdims=True)

    # back through the normalisation (mean and variance depend on every example)
    d_hat = layer_1_delta * gamma
    d_z = (n * d_hat - d_hat.sum(axis=0, keepdims=True) - z_hat * (d_hat * z_hat).sum(axis=0, keepdims=True)) / (
        n * std
    )
    grad_0 = layer_0.T.dot(d_z)

    synapse_1 -= alpha * grad_1
    gamma -= alpha * grad_gamma
    beta -= alpha * grad_beta
    synapse_0 -= alpha * grad_0

print("Output After Training:")
print(layer_2)
