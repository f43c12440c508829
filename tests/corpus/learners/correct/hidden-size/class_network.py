# exercise: hidden-size
# expect: pass
# style: Network(hidden_size, alpha) class with forward/backward/train methods, str.format prints
import numpy as np


class Network:
    def __init__(self, n_inputs, hidden_size, alpha):
        self.alpha = alpha
        self.synapse_0 = 2 * np.random.random((n_inputs, hidden_size)) - 1
        self.synapse_1 = 2 * np.random.random((hidden_size, 1)) - 1

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def forward(self, X):
        self.layer_1 = self.sigmoid(np.dot(X, self.synapse_0))
        self.layer_2 = self.sigmoid(np.dot(self.layer_1, self.synapse_1))
        return self.layer_2

    def backward(self, X, y):
        layer_2_delta = (self.layer_2 - y) * (self.layer_2 * (1 - self.layer_2))
        layer_1_delta = layer_2_delta.dot(self.synapse_1.T) * (self.layer_1 * (1 - self.layer_1))
        self.synapse_1 -= self.alpha * self.layer_1.T.dot(layer_2_delta)
        self.synapse_0 -= self.alpha * X.T.dot(layer_1_delta)

    def train(self, X, y, iterations=60000, every=10000):
        for j in range(iterations):
            out = self.forward(X)
            if j % every == 0:
                print("Error after {} iterations:{}".format(j, np.mean(np.abs(out - y))))
            self.backward(X, y)
        return self


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
hiddenSize = 32

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:{}".format(alpha))
    np.random.seed(1)
    Network(X.shape[1], hiddenSize, alpha).train(X, y)
