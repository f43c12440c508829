# exercise: three-layer
# expect: fail
# blame: hidden-delta
# bug: back-propagates with an element-wise layer_2_delta * synapse_1 instead of layer_2_delta.dot(synapse_1.T); (4,1)*(4,1) pairs example i with hidden unit i
import numpy as np


class Net:
    def __init__(self, hidden_dim=4, alpha=0.5):
        np.random.seed(1)
        self.alpha = alpha
        self.synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
        self.synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

    @staticmethod
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def step(self, X, y):
        l1 = self.sigmoid(X.dot(self.synapse_0))
        l2 = self.sigmoid(l1.dot(self.synapse_1))
        d2 = (l2 - y) * l2 * (1 - l2)
        d1 = (d2 * self.synapse_1) * l1 * (1 - l1)
        self.synapse_1 -= self.alpha * l1.T.dot(d2)
        self.synapse_0 -= self.alpha * X.T.dot(d1)
        return l2


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
net = Net()
for j in range(60000):
    net.step(X, y)
