# exercise: two-layer
# expect: pass
# style: main() calls train(), which returns the weights and the last output as soon as the loop ends
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def train(X, y, iterations=10000):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((2, 1)) - 1
    layer_1 = None
    for _ in range(iterations):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
        synapse_0 -= np.dot(X.T, layer_1_delta)
    return synapse_0, layer_1


def main():
    X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
    y = np.array([[0, 0, 1, 1]]).T
    weights, output = train(X, y)
    print("Output After Training:")
    print(output)


if __name__ == "__main__":
    main()
