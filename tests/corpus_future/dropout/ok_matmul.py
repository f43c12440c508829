# expect: pass
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
hidden_dim = 16
# each hidden unit is switched off with this probability, anew every iteration
dropout_percent = 0.2

np.random.seed(1)

# randomly initialize our weights with mean 0
synapse_0 = 2*np.random.random((3,hidden_dim)) - 1
synapse_1 = 2*np.random.random((hidden_dim,1)) - 1

for j in range(10000):

    # Feed forward through layers 0, 1, and 2, with some hidden units dropped
    layer_0 = X
    layer_1 = sigmoid((layer_0 @ synapse_0))
    dropout_mask = np.random.binomial(1, 1-dropout_percent, size=(len(X),hidden_dim)) * (1.0/(1-dropout_percent))
    layer_1_dropped = layer_1 * dropout_mask
    layer_2 = sigmoid((layer_1_dropped @ synapse_1))

    # how much did we miss the target value?
    layer_2_error = layer_2 - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
    layer_1_error = layer_2_delta @ (synapse_1.T) * dropout_mask
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

    synapse_1 -= alpha * (layer_1_dropped.T @ (layer_2_delta))
    synapse_0 -= alpha * (layer_0.T @ (layer_1_delta))

print("Output After Training:")
print(layer_2)
