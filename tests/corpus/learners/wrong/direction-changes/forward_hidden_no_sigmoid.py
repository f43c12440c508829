# exercise: direction-changes
# expect: fail
# blame: forward
# bug: the hidden layer skips the sigmoid: layer_1 = X.dot(synapse_0) stays linear
import numpy as np

ALPHAS = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1.0 - output)


for alpha in ALPHAS:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    net = {"syn0": 2 * np.random.random((3, 4)) - 1,
           "syn1": 2 * np.random.random((4, 1)) - 1}
    prev = {k: np.zeros_like(v) for k, v in net.items()}
    count = {k: np.zeros_like(v) for k, v in net.items()}
    for j in range(60000):
        layer_1 = np.dot(X, net["syn0"])
        layer_2 = sigmoid(np.dot(layer_1, net["syn1"]))
        layer_2_error = y - layer_2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(net["syn1"].T) * sigmoid_output_to_derivative(layer_1)
        upd = {"syn1": layer_1.T.dot(layer_2_delta), "syn0": X.T.dot(layer_1_delta)}
        for k in net:
            if j > 0:
                count[k] += np.abs((upd[k] > 0).astype(int) - (prev[k] > 0).astype(int))
            net[k] += alpha * upd[k]
            prev[k] = upd[k]
    print("Synapse 0"); print(net["syn0"])
    print("Synapse 0 Update Direction Changes"); print(count["syn0"])
    print("Synapse 1"); print(net["syn1"])
    print("Synapse 1 Update Direction Changes"); print(count["syn1"])
