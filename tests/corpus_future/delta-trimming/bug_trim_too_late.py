# expect: fail
# blame: hidden-delta
# style: article names, trimming written as a block "just before the updates", in place with np.clip(out=)
# why: layer_1_error is computed from the UNtrimmed layer_2_delta (the clip of layer_2_delta is done only in the trimming block below it), so the hidden layer receives blame the task says to trim first; the updates themselves use trimmed deltas
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output * (1 - output)

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha = 100
delta_limit = 0.01

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1

for j in range(10000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_2 = sigmoid(np.dot(layer_1, synapse_1))
    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
    layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

    # trim the deltas so alpha = 100 cannot blow up
    np.clip(layer_2_delta, -delta_limit, delta_limit, out=layer_2_delta)
    np.clip(layer_1_delta, -delta_limit, delta_limit, out=layer_1_delta)

    synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
    synapse_0 -= alpha * X.T.dot(layer_1_delta)

print("Output After Training:")
print(layer_2)
