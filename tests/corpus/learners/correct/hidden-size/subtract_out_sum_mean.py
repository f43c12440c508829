# exercise: hidden-size
# expect: pass
# style: np.matmul and np.subtract(w, step, out=w); mean abs error computed as np.sum(...)/len(...)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
hiddenSize = 32
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, hiddenSize)) - 1
    synapse_1 = 2 * np.random.random((hiddenSize, 1)) - 1
    for j in range(60000):
        layer_1 = sigmoid(np.matmul(X, synapse_0))
        layer_2 = sigmoid(np.matmul(layer_1, synapse_1))
        layer_2_error = np.subtract(layer_2, y)
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.sum(np.abs(layer_2_error)) / len(layer_2_error)))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = np.matmul(layer_2_delta, synapse_1.T) * (layer_1 * (1 - layer_1))
        np.subtract(synapse_1, alpha * np.matmul(layer_1.T, layer_2_delta), out=synapse_1)
        np.subtract(synapse_0, alpha * np.matmul(X.T, layer_1_delta), out=synapse_0)
