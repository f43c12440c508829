# exercise: two-layer
# expect: pass
# style: the @ operator everywhere, output printed at full precision with tolist()
import numpy as np

sigmoid = lambda z: 1 / (1 + np.exp(-z))

X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0], [0], [1], [1]])

np.random.seed(1)
W = 2 * np.random.random((2, 1)) - 1

for _ in range(10_000):
    out = sigmoid(X @ W)
    grad = X.T @ ((out - y) * (out * (1 - out)))
    W -= grad

print("Output After Training:")
print(out.tolist())
