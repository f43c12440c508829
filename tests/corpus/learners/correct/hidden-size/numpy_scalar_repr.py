# exercise: hidden-size
# expect: pass
# style: f-strings with !r on numpy scalars, so numpy 2 prints "np.float64(0.49...)" and alpha as a plain repr
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
hiddenSize = 32
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print(f"\nTraining With Alpha:{alpha!r}")
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, hiddenSize)) - 1
    synapse_1 = 2 * np.random.random((hiddenSize, 1)) - 1
    for j in range(60000):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = layer_2 - y
        if j % 10000 == 0:
            err = np.mean(np.abs(layer_2_error))
            print(f"Error after {j} iterations:{err!r}")
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha * (X.T.dot(layer_1_delta))
