# exercise: three-layer
# expect: pass
# style: main() and a train() function that returns the two weight matrices right after the loop
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def train(X, y, alpha=0.5, hidden_dim=4, iterations=60000):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((X.shape[1], hidden_dim)) - 1
    synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1
    for j in range(iterations):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_delta = (layer_2 - y) * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
    return synapse_0, synapse_1


def main():
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0, 1, 1, 0]]).T
    synapse_0, synapse_1 = train(X, y)
    return synapse_0, synapse_1


if __name__ == "__main__":
    main()
