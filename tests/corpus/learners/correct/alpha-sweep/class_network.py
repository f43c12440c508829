# exercise: alpha-sweep
# expect: pass
# style: a Network class re-created per alpha; weights on self; forward/backward/train methods; str.format
import numpy as np


class Network:
    def __init__(self, alpha, n_in=3, n_hidden=4, n_out=1):
        self.alpha = alpha
        self.synapse_0 = 2 * np.random.random((n_in, n_hidden)) - 1
        self.synapse_1 = 2 * np.random.random((n_hidden, n_out)) - 1

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def forward(self, X):
        self.layer_1 = self.sigmoid(X.dot(self.synapse_0))
        self.layer_2 = self.sigmoid(self.layer_1.dot(self.synapse_1))
        return self.layer_2

    def backward(self, X, error):
        layer_2_delta = error * (self.layer_2 * (1 - self.layer_2))
        layer_1_delta = layer_2_delta.dot(self.synapse_1.T) * (self.layer_1 * (1 - self.layer_1))
        self.synapse_1 -= self.alpha * self.layer_1.T.dot(layer_2_delta)
        self.synapse_0 -= self.alpha * X.T.dot(layer_1_delta)

    def train(self, X, y, iterations=60000):
        for j in range(iterations):
            error = self.forward(X) - y
            if j % 10000 == 0:
                print("Error after {} iterations:{}".format(j, np.mean(np.abs(error))))
            self.backward(X, error)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:{}".format(alpha))
    np.random.seed(1)
    net = Network(alpha)
    net.train(X, y)
