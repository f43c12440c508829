# exercise: alpha-sweep
# expect: pass
# style: train(alpha) builds a params dict, logs checkpoints, and returns the dict; results kept per alpha
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, alpha, iterations=60000, hidden=4, log_every=10000):
    np.random.seed(1)
    params = {
        "synapse_0": 2 * np.random.random((X.shape[1], hidden)) - 1,
        "synapse_1": 2 * np.random.random((hidden, 1)) - 1,
    }
    for j in range(iterations):
        layer_1 = sigmoid(X.dot(params["synapse_0"]))
        layer_2 = sigmoid(layer_1.dot(params["synapse_1"]))
        error = layer_2 - y
        if j % log_every == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(error))))
        layer_2_delta = error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(params["synapse_1"].T) * (layer_1 * (1 - layer_1))
        params["synapse_1"] -= alpha * layer_1.T.dot(layer_2_delta)
        params["synapse_0"] -= alpha * X.T.dot(layer_1_delta)
    return params


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

results = {}
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:" + str(alpha))
    results[alpha] = train(X, y, alpha)
