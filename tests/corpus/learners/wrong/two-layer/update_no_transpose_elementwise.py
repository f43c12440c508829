# exercise: two-layer
# expect: fail
# blame: update
# bug: the gradient is written as (X*delta).sum(axis=0), a flat (2,) vector instead of X.T.dot(delta) (2,1); subtracting it broadcasts the weights into a (2,2) matrix
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([[0,0,1,1]]).T
np.random.seed(1)
synapse_0 = 2*np.random.random((2,1)) - 1
for iter in range(10000):
    layer_1 = sigmoid(np.dot(X,synapse_0))
    layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
    grad = (X * layer_1_delta).sum(axis=0)
    synapse_0 = synapse_0 - grad
print("Output After Training:")
print(layer_1)
