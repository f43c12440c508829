# exercise: two-layer
# expect: fail
# blame: loop
# bug: trains for 1,000 iterations instead of 10,000 (a zero missing)
import numpy as np

sigmoid = lambda x: 1/(1+np.exp(-x))
sigmoid_output_to_derivative = lambda o: o*(1-o)

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([[0,0,1,1]]).T
np.random.seed(1)
synapse_0 = 2*np.random.random((2,1)) - 1

N_ITER = 1_000
for step in range(N_ITER):
    layer_1 = sigmoid(X.dot(synapse_0))
    layer_1_delta = (layer_1 - y) * sigmoid_output_to_derivative(layer_1)
    synapse_0 -= X.T.dot(layer_1_delta)

print("Output After Training:")
print(layer_1)
