import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


np.random.seed(1)
points = 2 * np.random.random((64, 2)) - 1
X = np.hstack([points, np.ones((64, 1))])
y = ((points[:, 0] >= 0) == (points[:, 1] >= 0)).astype(int).reshape(64, 1)

alpha = 4
hidden_dim = 8
batch_size = 16

synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1


def forward(inputs):
    hidden = sigmoid(inputs.dot(synapse_0))
    return hidden, sigmoid(hidden.dot(synapse_1))


for epoch in range(5000):
    if epoch % 1000 == 0:
        _, full_out = forward(X)
        print("Error after " + str(epoch) + " epochs:" + str(np.mean(np.abs(full_out - y))))

    order = np.random.permutation(64)
    for start in range(0, 64, batch_size):
        idx = order[start : start + batch_size]
        layer_0 = X[idx]
        target = y[idx]
        layer_1, layer_2 = forward(layer_0)

        layer_2_error = layer_2 - target
        layer_2_delta = layer_2_error * sigmoid_slope(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_slope(layer_1)

        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta) / batch_size
        synapse_0 -= alpha * layer_0.T.dot(layer_1_delta) / batch_size

print("Output After Training:")
print(forward(X)[1])
