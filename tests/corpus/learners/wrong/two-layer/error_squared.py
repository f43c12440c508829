# exercise: two-layer
# expect: fail
# blame: error
# bug: the error is squared, (layer_1 - y)**2, which throws away its sign, so the delta always pushes the same way
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

data = {"X": np.array([[0,1],[0,1],[1,0],[1,0]]),
        "y": np.array([[0,0,1,1]]).T}

np.random.seed(1)
weights = {"synapse_0": 2*np.random.random((2,1)) - 1}

for iter in range(10000):
    layer_1 = sigmoid(data["X"].dot(weights["synapse_0"]))
    error = (layer_1 - data["y"]) ** 2     # squared error
    delta = error * sigmoid_output_to_derivative(layer_1)
    weights["synapse_0"] -= data["X"].T.dot(delta)

print("Output After Training:")
print(layer_1)
