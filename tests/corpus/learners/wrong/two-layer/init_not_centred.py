# exercise: two-layer
# expect: fail
# blame: init
# bug: weights drawn with np.random.random((2,1)) in [0,1) instead of 2*random-1 (mean 0)
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([[0,0,1,1]]).T

np.random.seed(1)
synapse_0 = np.random.random((2,1))

for iter in range(10000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
    synapse_0 -= np.dot(X.T, layer_1_delta)

print("Output After Training:")
print(layer_1)
