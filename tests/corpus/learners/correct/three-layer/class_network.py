# exercise: three-layer
# expect: pass
# style: a Network class (self.synapse_0/self.synapse_1) with forward, backward and train methods
import numpy as np


class Network:
    def __init__(self, n_inputs=3, hidden_dim=4, n_outputs=1, alpha=0.5):
        self.alpha = alpha
        self.synapse_0 = 2 * np.random.random((n_inputs, hidden_dim)) - 1
        self.synapse_1 = 2 * np.random.random((hidden_dim, n_outputs)) - 1

    @staticmethod
    def _sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def forward(self, X):
        self.layer_0 = X
        self.layer_1 = self._sigmoid(np.dot(self.layer_0, self.synapse_0))
        self.layer_2 = self._sigmoid(np.dot(self.layer_1, self.synapse_1))
        return self.layer_2

    def backward(self, y):
        layer_2_delta = (self.layer_2 - y) * (self.layer_2 * (1 - self.layer_2))
        layer_1_delta = layer_2_delta.dot(self.synapse_1.T) * (self.layer_1 * (1 - self.layer_1))
        self.synapse_1 -= self.alpha * self.layer_1.T.dot(layer_2_delta)
        self.synapse_0 -= self.alpha * self.layer_0.T.dot(layer_1_delta)

    def train(self, X, y, iterations):
        for j in range(iterations):
            self.forward(X)
            self.backward(y)


if __name__ == "__main__":
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0, 1, 1, 0]]).T
    np.random.seed(1)
    net = Network(alpha=0.5, hidden_dim=4)
    net.train(X, y, 60000)
