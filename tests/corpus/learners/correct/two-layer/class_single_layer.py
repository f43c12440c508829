# exercise: two-layer
# expect: pass
# style: a SingleLayerNet class with forward/backward/train methods and self.synapse_0
import numpy as np


class SingleLayerNet:
    def __init__(self, n_inputs, n_outputs):
        self.synapse_0 = 2 * np.random.random((n_inputs, n_outputs)) - 1
        self.layer_1 = None

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def forward(self, X):
        self.layer_1 = self.sigmoid(np.dot(X, self.synapse_0))
        return self.layer_1

    def backward(self, X, y):
        error = self.layer_1 - y
        delta = error * (self.layer_1 * (1 - self.layer_1))
        self.synapse_0 -= X.T.dot(delta)

    def train(self, X, y, iterations):
        for _ in range(iterations):
            self.forward(X)
            self.backward(X, y)
        return self.layer_1


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
net = SingleLayerNet(2, 1)
output = net.train(X, y, 10000)

print("Output After Training:")
print(output)
