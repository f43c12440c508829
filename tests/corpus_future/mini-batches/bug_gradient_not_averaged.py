# expect: fail
# blame: update
import numpy as np

# compute sigmoid nonlinearity
def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output

# convert output of sigmoid function to its derivative
def sigmoid_output_to_derivative(output):
    return output*(1-output)

# 64 points of the square [-1, 1) x [-1, 1), labelled 1 where both coordinates
# have the same sign, and a constant column of 1
np.random.seed(1)
points = 2*np.random.random((64,2)) - 1
X = np.hstack([points, np.ones((64,1))])
y = (points[:,0:1]*points[:,1:2] > 0)*1

alpha = 4
hidden_dim = 8
batch_size = 16

# randomly initialize our weights with mean 0
synapse_0 = 2*np.random.random((3,hidden_dim)) - 1
synapse_1 = 2*np.random.random((hidden_dim,1)) - 1

for epoch in range(5000):

    if (epoch% 1000) == 0:
        all_output = sigmoid(np.dot(sigmoid(np.dot(X,synapse_0)),synapse_1))
        print("Error after "+str(epoch)+" epochs:" + str(np.mean(np.abs(all_output - y))))

    # a fresh order of the examples for every epoch
    order = np.random.permutation(len(X))

    for start in range(0, len(X), batch_size):
        batch = order[start:start+batch_size]

        # Feed forward one batch through layers 0, 1, and 2
        layer_0 = X[batch]
        layer_1 = sigmoid(np.dot(layer_0,synapse_0))
        layer_2 = sigmoid(np.dot(layer_1,synapse_1))

        layer_2_error = layer_2 - y[batch]
        layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
        layer_1_error = layer_2_delta.dot(synapse_1.T)
        layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

        # the step follows the batch's average slope
        synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha * (layer_0.T.dot(layer_1_delta))

print("Output After Training:")
print(sigmoid(np.dot(sigmoid(np.dot(X,synapse_0)),synapse_1)))
