# exercise: two-layer
# expect: pass
# style: a SigmoidLayer class with forward/backward methods that owns its weight matrix; the training loop only calls methods
# why: forward = sigmoid(X.W), backward = X.T.(err*out*(1-out)) with err = out - y, step of 1 subtracted; the printed output is the one cached by the last forward() (before the last update)
import numpy as np


class SigmoidLayer:
    def __init__(self, n_in, n_out):
        self.W = 2 * np.random.random((n_in, n_out)) - 1
        self.inp = None
        self.out = None

    def forward(self, inp):
        self.inp = inp
        self.out = 1 / (1 + np.exp(-inp.dot(self.W)))
        return self.out

    def backward(self, err):
        delta = err * self.out * (1 - self.out)
        grad = self.inp.T.dot(delta)
        self.W -= grad          # no learning rate: a step of 1


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0], [0], [1], [1]])

np.random.seed(1)
layer = SigmoidLayer(2, 1)

for _ in range(10000):
    out = layer.forward(X)
    layer.backward(out - y)

print("Output After Training:")
print(out)
