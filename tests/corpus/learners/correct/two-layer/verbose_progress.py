# exercise: two-layer
# expect: pass
# style: debug-heavy: prints initial weights, the error every 1000 iterations, the final weights
import numpy as np


def sigmoid(x):
    output = 1 / (1 + np.exp(-x))
    return output


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, 1)) - 1
print("initial synapse_0:", synapse_0.ravel())

for iter in range(10000):
    layer_0 = X
    layer_1 = sigmoid(np.dot(layer_0, synapse_0))
    layer_1_error = layer_1 - y
    if iter % 1000 == 0:
        print("iter %5d  mean |error| = %.10f" % (iter, np.mean(np.abs(layer_1_error))))
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)
    synapse_0_derivative = np.dot(layer_0.T, layer_1_delta)
    synapse_0 -= synapse_0_derivative

print("Output After Training:")
print(layer_1)
print("final synapse_0:", synapse_0.ravel())
