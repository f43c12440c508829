# expect: fail
# blame: bias-update
import numpy as np

# compute sigmoid nonlinearity
def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output

# convert output of sigmoid function to its derivative
def sigmoid_output_to_derivative(output):
    return output*(1-output)

# XOR on the points 1 and 2, with no constant column: every unit needs its own bias
X = np.array([[1,1],
              [1,2],
              [2,1],
              [2,2]])

y = np.array([[0],
              [1],
              [1],
              [0]])

alpha = 1
hidden_dim = 4

np.random.seed(1)

# randomly initialize our weights with mean 0; the biases start at zero
synapse_0 = 2*np.random.random((2,hidden_dim)) - 1
synapse_1 = 2*np.random.random((hidden_dim,1)) - 1
bias_0 = np.zeros((1,hidden_dim))
bias_1 = np.zeros((1,1))

for j in range(10000):

    # Feed forward through layers 0, 1, and 2, each shifted by its bias
    layer_0 = X
    layer_1 = sigmoid(np.dot(layer_0,synapse_0) + bias_0)
    layer_2 = sigmoid(np.dot(layer_1,synapse_1) + bias_1)

    # how much did we miss the target value?
    layer_2_error = layer_2 - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

    synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
    synapse_0 -= alpha * (layer_0.T.dot(layer_1_delta))

    # a bias is a weight whose input is always 1
    bias_1 -= alpha * np.sum(layer_2_delta, axis=0, keepdims=True)
    bias_0 -= alpha * np.sum(layer_1_delta)

print("Output After Training:")
print(layer_2)
