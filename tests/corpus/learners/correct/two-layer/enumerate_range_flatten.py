# exercise: two-layer
# expect: pass
# style: explicit layer_0 alias, delta written inline as err*out*(1-out) (left-to-right products), output flattened via np.array2string(precision=10)
import numpy as np

np.random.seed(1)

X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T
synapse_0 = 2 * np.random.random((2, 1)) - 1

n_iter = 10000
for it in range(n_iter):
    layer_0 = X
    z = layer_0.dot(synapse_0)
    layer_1 = 1 / (1 + np.exp(-z))
    grad = layer_0.T.dot((layer_1 - y) * layer_1 * (1 - layer_1))
    synapse_0 -= grad

print("Output After Training:")
print(np.array2string(layer_1.ravel(), precision=10))
