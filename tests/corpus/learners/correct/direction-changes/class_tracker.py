# exercise: direction-changes
# expect: pass
# style: a DirectionTracker helper class plus a Network class with forward/backward/train; str.format prints
import numpy as np


class DirectionTracker:
    def __init__(self, shape):
        self.count = np.zeros(shape)
        self.prev = None

    def update(self, step):
        if self.prev is not None:
            self.count += ((step > 0) != (self.prev > 0))
        self.prev = step


class Network:
    def __init__(self, alpha):
        self.alpha = alpha
        self.synapse_0 = 2 * np.random.random((3, 4)) - 1
        self.synapse_1 = 2 * np.random.random((4, 1)) - 1
        self.track_0 = DirectionTracker(self.synapse_0.shape)
        self.track_1 = DirectionTracker(self.synapse_1.shape)

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
        update_1 = self.layer_1.T.dot(layer_2_delta)
        update_0 = X.T.dot(layer_1_delta)
        self.track_0.update(update_0)
        self.track_1.update(update_1)
        self.synapse_1 += self.alpha * update_1
        self.synapse_0 += self.alpha * update_0

    def train(self, X, y, iterations=60000):
        for j in range(iterations):
            error = y - self.forward(X)
            if j % 10000 == 0:
                print("Error:{}".format(np.mean(np.abs(error))))
            self.backward(X, error)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:{}".format(alpha))
    np.random.seed(1)
    net = Network(alpha)
    net.train(X, y)
    print("Synapse 0\n{}".format(net.synapse_0))
    print("Synapse 0 Update Direction Changes\n{}".format(net.track_0.count))
    print("Synapse 1\n{}".format(net.synapse_1))
    print("Synapse 1 Update Direction Changes\n{}".format(net.track_1.count))
