# exercise: three-layer
# expect: pass
# style: prints its initial weights, a progress line every 10000 iterations, and the final output and weights
import numpy as np

np.set_printoptions(precision=10, suppress=True)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
alpha, hidden_dim = (0.5, 4)
np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1
print("initial synapse_0:\n", synapse_0)
print("initial synapse_1:\n", synapse_1)

for j in range(60000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_2 = sigmoid(np.dot(layer_1, synapse_1))
    if j % 10000 == 0:
        print(f"iter {j:6d}  error {np.mean(np.abs(layer_2 - y)):.12f}")
    layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
    synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
    synapse_0 -= alpha * (X.T.dot(layer_1_delta))

print("output after training:")
print(layer_2)
print("synapse_0:", synapse_0.tolist())
print("synapse_1:", synapse_1.tolist())
