# exercise: two-layer
# expect: fail
# blame: error
# bug: y is a flat vector of shape (4,), so layer_1 - y broadcasts (4,1) against (4,) into a (4,4) error matrix
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([0,0,1,1])          # targets

np.random.seed(1)
synapse_0 = 2*np.random.random((2,1)) - 1

for i in range(10000):
    layer_1 = sigmoid(X @ synapse_0)
    err = layer_1 - y
    delta = err * sigmoid_output_to_derivative(layer_1)
    synapse_0 = synapse_0 - X.T @ delta

print("Output After Training:")
print(layer_1)
