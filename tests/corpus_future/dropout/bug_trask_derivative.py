# expect: fail
# blame: hidden-delta
# style: iamtrask's dropout post verbatim: `layer_1 *= mask * (1.0/(1-p))` in place, then the usual layer_1 * (1 - layer_1) slope
# why: after the in-place `layer_1 *= ...` the line `layer_1_delta = layer_1_error * (layer_1 * (1 - layer_1))` takes the slope from the DROPPED, SCALED values h/(1-p): (h/0.8)*(1-h/0.8) is not the exact slope (h*(1-h))/0.8 of the dropped-out network (it is right only for dropped units, where both are 0)
import numpy as np

alpha, hidden_dim, dropout_percent = 0.5, 16, 0.2

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1

for j in range(10000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_1 *= np.random.binomial(1, 1 - dropout_percent, size=(4, hidden_dim)) * (1.0 / (1 - dropout_percent))
    layer_2 = sigmoid(np.dot(layer_1, synapse_1))
    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
    layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * (layer_1 * (1 - layer_1))
    synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
    synapse_0 -= alpha * (X.T.dot(layer_1_delta))

print("Output After Training:")
print(layer_2)
