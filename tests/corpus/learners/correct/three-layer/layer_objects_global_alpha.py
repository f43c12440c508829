# exercise: three-layer
# expect: pass
# style: Layer objects with forward()/backward(delta) -> delta_below, where backward only stores the gradient; a separate apply() uses a module-level ALPHA
# why: backward() of the output layer returns the delta for the hidden layer using its weights before apply(); gradients from the same forward pass; step = ALPHA * grad subtracted
import numpy as np

ALPHA = 0.5


class Layer:
    def __init__(self, shape):
        self.W = 2 * np.random.random(shape) - 1

    def forward(self, x):
        self.x = x
        self.a = 1 / (1 + np.exp(-(x @ self.W)))
        return self.a

    def backward(self, err):
        delta = err * self.a * (1 - self.a)
        self.grad = self.x.T @ delta
        return delta @ self.W.T

    def apply(self):
        self.W -= ALPHA * self.grad


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
np.random.seed(1)
net = [Layer((3, 4)), Layer((4, 1))]   # draw order: hidden first, then output

for _ in range(60000):
    a = X
    for layer in net:
        a = layer.forward(a)
    err = a - y
    for layer in reversed(net):
        err = layer.backward(err)
    for layer in net:
        layer.apply()
