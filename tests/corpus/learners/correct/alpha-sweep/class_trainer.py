# exercise: alpha-sweep
# expect: pass
# blame:
# style: a Trainer class with reset()/step(); weights in self.params dict; print via str.format with {:.15f}
import numpy as np


class Trainer:
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    y = np.array([[0, 1, 1, 0]]).T

    def __init__(self, alpha):
        self.alpha = alpha
        self.reset()

    def reset(self):
        np.random.seed(1)
        self.params = {
            "syn0": 2 * np.random.random((3, 4)) - 1,
            "syn1": 2 * np.random.random((4, 1)) - 1,
        }

    def step(self):
        p = self.params
        l1 = 1 / (1 + np.exp(-np.dot(self.X, p["syn0"])))
        l2 = 1 / (1 + np.exp(-np.dot(l1, p["syn1"])))
        error = l2 - self.y
        d2 = error * (l2 * (1 - l2))
        d1 = d2.dot(p["syn1"].T) * (l1 * (1 - l1))
        p["syn1"] -= self.alpha * l1.T.dot(d2)
        p["syn0"] -= self.alpha * self.X.T.dot(d1)
        return np.mean(np.abs(error))


for alpha in (0.001, 0.01, 0.1, 1, 10, 100, 1000):
    print()
    print("Training With Alpha:{}".format(alpha))
    t = Trainer(alpha)
    for j in range(60000):
        e = t.step()
        if j % 10000 == 0:
            print("Error after {} iterations:{:.15f}".format(j, e))
