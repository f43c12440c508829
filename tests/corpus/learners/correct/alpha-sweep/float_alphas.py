# exercise: alpha-sweep
# expect: pass
# style: alphas written as floats in scientific notation (prints "1.0", "10.0", ...), data as float arrays
import numpy as np

alphas = [1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0, 1000.0]
X = np.array([[0., 0., 1.], [0., 1., 1.], [1., 0., 1.], [1., 1., 1.]])
y = np.array([[0.], [1.], [1.], [0.]])


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2.0 * np.random.random((3, 4)) - 1.0
    synapse_1 = 2.0 * np.random.random((4, 1)) - 1.0
    for j in range(60000):
        layer_1 = sigmoid(X.dot(synapse_0))
        layer_2 = sigmoid(layer_1.dot(synapse_1))
        layer_2_error = layer_2 - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * (layer_2 * (1.0 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1.0 - layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
