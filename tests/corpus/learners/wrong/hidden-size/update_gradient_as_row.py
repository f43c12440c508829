# exercise: hidden-size
# expect: fail
# blame: update
# bug: synapse_1's gradient is computed as (layer_1 * layer_2_delta).sum(axis=0), a (32,) row; subtracting it turns the (32,1) synapse_1 into a (32,32) matrix
import numpy as np

HIDDEN = 32


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


def train(alpha, X, y):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, HIDDEN)) - 1
    synapse_1 = 2 * np.random.random((HIDDEN, 1)) - 1
    for j in range(60000):
        layer_1 = sigmoid(X @ synapse_0)
        layer_2 = sigmoid(layer_1 @ synapse_1)
        err = layer_2 - y
        if j % 10000 == 0:
            print(f"Error after {j} iterations:{np.mean(np.abs(err))}")
        d2 = err * sigmoid_output_to_derivative(layer_2)
        d1 = (d2 @ synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        grad_1 = (layer_1 * d2).sum(axis=0)        # sum over the 4 examples
        synapse_1 = synapse_1 - alpha * grad_1
        synapse_0 = synapse_0 - alpha * (X.T @ d1)
    return synapse_0, synapse_1


if __name__ == "__main__":
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0], [1], [1], [0]])
    for alpha in (0.001, 0.01, 0.1, 1, 10, 100, 1000):
        print(f"\nTraining With Alpha:{alpha}")
        train(alpha, X, y)
