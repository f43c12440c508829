# expect: fail
# blame: batch-norm-forward
import numpy as np

# compute sigmoid nonlinearity
def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output

# convert output of sigmoid function to its derivative
def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,0,1],
              [0,1,1],
              [1,0,1],
              [1,1,1]])

y = np.array([[0],
              [1],
              [1],
              [0]])

alpha = 0.5
epsilon = 1e-5

np.random.seed(1)

# randomly initialize our weights with mean 0
synapse_0 = 2*np.random.random((3,4)) - 1
synapse_1 = 2*np.random.random((4,1)) - 1
# the normalised hidden inputs are scaled by gamma and shifted by beta, learned too
gamma = np.ones((1,4))
beta = np.zeros((1,4))

for j in range(10000):

    # Feed forward: normalise each hidden unit's input over the batch of four
    layer_0 = X
    layer_1_input = np.dot(layer_0,synapse_0)
    layer_1_mean = np.mean(layer_1_input, axis=0, keepdims=True)
    layer_1_var = np.var(layer_1_input, axis=0, keepdims=True)
    layer_1_norm = (layer_1_input - layer_1_mean) / (np.sqrt(layer_1_var) + epsilon)
    layer_1 = sigmoid(gamma * layer_1_norm + beta)
    layer_2 = sigmoid(np.dot(layer_1,synapse_1))

    # how much did we miss the target value?
    layer_2_error = layer_2 - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

    # back through the normalisation: every example's input moved the mean and the variance
    layer_1_norm_delta = layer_1_delta * gamma
    layer_1_input_delta = (layer_1_norm_delta - np.mean(layer_1_norm_delta, axis=0, keepdims=True)
        - layer_1_norm * np.mean(layer_1_norm_delta * layer_1_norm, axis=0, keepdims=True)) / np.sqrt(layer_1_var + epsilon)

    synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
    gamma -= alpha * np.sum(layer_1_delta * layer_1_norm, axis=0, keepdims=True)
    beta -= alpha * np.sum(layer_1_delta, axis=0, keepdims=True)
    synapse_0 -= alpha * (layer_0.T.dot(layer_1_input_delta))

print("Output After Training:")
print(layer_2)
