# exercise: alpha-sweep
# expect: fail
# blame: forward
# bug: the hidden layer is left linear: layer_1 = X.dot(synapse_0) with no sigmoid
import numpy as np


class TwoLayerNet:
    def __init__(self, alpha):
        np.random.seed(1)
        self.alpha = alpha
        self.synapse_0 = 2 * np.random.random((3, 4)) - 1
        self.synapse_1 = 2 * np.random.random((4, 1)) - 1

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    @staticmethod
    def slope(out):
        return out * (1 - out)

    def fit(self, X, y, iterations=60000):
        for j in range(iterations):
            layer_1 = X.dot(self.synapse_0)
            layer_2 = self.sigmoid(layer_1.dot(self.synapse_1))
            err = layer_2 - y
            if j % 10000 == 0:
                print(f"Error after {j} iterations:{np.mean(np.abs(err))}")
            d2 = err * self.slope(layer_2)
            d1 = d2.dot(self.synapse_1.T) * self.slope(layer_1)
            self.synapse_1 -= self.alpha * layer_1.T.dot(d2)
            self.synapse_0 -= self.alpha * X.T.dot(d1)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print(f"\nTraining With Alpha:{alpha}")
    net = TwoLayerNet(alpha)
    net.fit(X, y)
