# exercise: two-layer
# expect: fail
# blame: update
# bug: error is layer_1 - y but the update adds the gradient (+=), so it climbs the error instead of descending
import sys
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([[0,0,1,1]]).T
np.random.seed(1)
synapse_0 = 2*np.random.random((2,1)) - 1

for it in range(10000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_1_error = layer_1 - y
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)
    synapse_0 += np.dot(X.T, layer_1_delta)
    if it % 2500 == 0:
        print("debug", it, float(np.mean(np.abs(layer_1_error))), file=sys.stderr)

print("Output After Training:")
print(layer_1)
