# exercise: hidden-size
# expect: pass
# style: derivative written s - s**2 and alpha multiplied into the activations before the product
# note: chaotic drift expected (both rewrites round differently; 32 hidden units at alpha 10 amplify it)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
hiddenSize = 32
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def dsig(s):
    return s - s ** 2


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, hiddenSize)) - 1
    synapse_1 = 2 * np.random.random((hiddenSize, 1)) - 1
    for j in range(60000):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = layer_2 - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * dsig(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * dsig(layer_1)
        synapse_1 -= (alpha * layer_1.T).dot(layer_2_delta)
        synapse_0 -= (alpha * X.T).dot(layer_1_delta)
