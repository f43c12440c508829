# exercise: two-layer
# expect: pass
# style: sigmoid as exp(x)/(1+exp(x)); output printed as repr(float) one per line
import numpy as np


def sigmoid(x):
    e = np.exp(x)
    return e / (1 + e)


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, 1)) - 1

for i in range(10000):
    layer_1 = sigmoid(X.dot(synapse_0))
    layer_1_delta = (layer_1 - y) * (layer_1 * (1 - layer_1))
    synapse_0 -= X.T.dot(layer_1_delta)

print("Output After Training:")
for value in layer_1[:, 0]:
    print(repr(float(value)))
