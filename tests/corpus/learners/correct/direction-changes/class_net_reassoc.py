# exercise: direction-changes
# expect: pass
# style: class Net with train(alpha), @, bool counts; deltas written err*out*(1-out) (reassociated: last-bit differences, macroscopic drift at alpha 1000 chaos)
import numpy as np

ALPHAS = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


class Net:
    def __init__(self):
        np.random.seed(1)
        self.W0 = 2 * np.random.random((3, 4)) - 1
        self.W1 = 2 * np.random.random((4, 1)) - 1
        self.flips0 = np.zeros((3, 4), dtype=int)
        self.flips1 = np.zeros((4, 1), dtype=int)

    @staticmethod
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def train(self, alpha, iterations=60000):
        up0_prev = up1_prev = None
        for j in range(iterations):
            h = self.sigmoid(X @ self.W0)
            out = self.sigmoid(h @ self.W1)
            err = y - out
            if j % 10000 == 0:
                print(f"Error:{np.mean(np.abs(err))}")
            d_out = err * out * (1 - out)
            d_h = (d_out @ self.W1.T) * h * (1 - h)
            up1 = h.T @ d_out
            up0 = X.T @ d_h
            if up0_prev is not None:
                self.flips0 += (up0 > 0) != (up0_prev > 0)
                self.flips1 += (up1 > 0) != (up1_prev > 0)
            self.W1 += alpha * up1
            self.W0 += alpha * up0
            up0_prev, up1_prev = up0, up1


for alpha in ALPHAS:
    print(f"\nTraining With Alpha:{alpha}")
    net = Net()
    net.train(alpha)
    print("Synapse 0")
    print(net.W0)
    print("Synapse 0 Update Direction Changes")
    print(net.flips0)
    print("Synapse 1")
    print(net.W1)
    print("Synapse 1 Update Direction Changes")
    print(net.flips1)
