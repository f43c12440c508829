# exercise: hidden-size
# expect: pass
# style: a generator yields (iteration, error) at each checkpoint and the caller prints
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def checkpoints(X, y, alpha, hidden_size=32, iterations=60000, every=10000):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((X.shape[1], hidden_size)) - 1
    synapse_1 = 2 * np.random.random((hidden_size, 1)) - 1
    for j in range(iterations):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = layer_2 - y
        if j % every == 0:
            yield j, np.mean(np.abs(layer_2_error))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha * (X.T.dot(layer_1_delta))


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:" + str(alpha))
    for j, err in checkpoints(X, y, alpha):
        print("Error after {} iterations:{}".format(j, err))
