# exercise: hidden-size
# expect: pass
# style: one reusable train(X, y, alpha, hidden_size) that returns the weights early; layer sizes taken from the data
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def train(X, y, alpha, hidden_size, iterations=60000, verbose_every=10000):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((X.shape[1], hidden_size)) - 1
    synapse_1 = 2 * np.random.random((hidden_size, y.shape[1])) - 1
    for j in range(iterations):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = layer_2 - y
        if verbose_every and j % verbose_every == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha * (X.T.dot(layer_1_delta))
    return synapse_0, synapse_1


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
final = {}
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:" + str(alpha))
    final[alpha] = train(X, y, alpha, hidden_size=32)
