# exercise: alpha-sweep
# expect: pass
# style: collects the checkpoint errors in a list and prints them after each run (same order); error via .mean()
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(alpha, iterations=60000):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    history = []
    for j in range(iterations):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = layer_2 - y
        if j % 10000 == 0:
            history.append((j, np.abs(layer_2_error).mean()))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
    return history, synapse_0, synapse_1


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    history, synapse_0, synapse_1 = train(alpha)
    for j, err in history:
        print("Error after " + str(j) + " iterations:" + str(err))
