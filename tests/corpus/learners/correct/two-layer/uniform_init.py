# exercise: two-layer
# expect: pass
# style: initial weights from np.random.uniform(-1, 1, (2, 1)) (same draw, computed as -1 + 2*r), output as f-string list
import numpy as np

X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
synapse_0 = np.random.uniform(-1, 1, (2, 1))

sigmoid = lambda t: 1 / (1 + np.exp(-t))

for it in range(10000):
    layer_1 = sigmoid(X.dot(synapse_0))
    synapse_0 -= X.T.dot((layer_1 - y) * (layer_1 * (1 - layer_1)))

print("Output After Training:")
print(f"{[round(float(v), 12) for v in layer_1.ravel()]}")
