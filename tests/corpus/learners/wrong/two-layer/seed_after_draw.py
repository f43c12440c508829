# exercise: two-layer
# expect: fail
# blame: init
# bug: np.random.seed(1) is called after the weights are drawn, so the draw is not the seeded one
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([[0,0,1,1]]).T

synapse_0 = 2*np.random.random((2,1)) - 1
np.random.seed(1)   # deterministic

for iter in range(10000):
    layer_1 = sigmoid(np.dot(X, synapse_0))
    layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
    synapse_0 -= np.dot(X.T, layer_1_delta)

print("Output After Training:")
print(layer_1)
