# exercise: hidden-size
# expect: fail
# blame: derivative
# bug: the slope function takes sigmoid(out)*(1-sigmoid(out)) of an output that is already a sigmoid, instead of out*(1-out)
import numpy as np


class Network:
    def __init__(self, hidden_size=32, seed=1):
        np.random.seed(seed)
        self.synapse_0 = 2 * np.random.random((3, hidden_size)) - 1
        self.synapse_1 = 2 * np.random.random((hidden_size, 1)) - 1

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    @classmethod
    def sigmoid_output_to_derivative(cls, output):
        s = cls.sigmoid(output)
        return s * (1 - s)

    def train(self, X, y, alpha, iterations=60000):
        for j in range(iterations):
            layer_1 = self.sigmoid(np.dot(X, self.synapse_0))
            layer_2 = self.sigmoid(np.dot(layer_1, self.synapse_1))
            layer_2_error = layer_2 - y
            if j % 10000 == 0:
                print("Error after {} iterations:{}".format(j, np.mean(np.abs(layer_2_error))))
            layer_2_delta = layer_2_error * self.sigmoid_output_to_derivative(layer_2)
            layer_1_delta = layer_2_delta.dot(self.synapse_1.T) * self.sigmoid_output_to_derivative(layer_1)
            self.synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
            self.synapse_0 -= alpha * X.T.dot(layer_1_delta)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:{}".format(alpha))
    net = Network(hidden_size=32)
    net.train(X, y, alpha)
