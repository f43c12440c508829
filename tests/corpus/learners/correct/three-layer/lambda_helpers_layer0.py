# exercise: three-layer
# expect: pass
# style: lambdas for sigmoid and its derivative, article names with layer_0 = X, article-style comments
import numpy as np

sigmoid = lambda x: 1/(1+np.exp(-x))
sigmoid_output_to_derivative = lambda output: output*(1-output)

X = np.array([[0,0,1],
              [0,1,1],
              [1,0,1],
              [1,1,1]])
y = np.array([[0],
              [1],
              [1],
              [0]])
alpha = 0.5
hidden_dim = 4

np.random.seed(1)

# randomly initialize our weights with mean 0
synapse_0 = 2*np.random.random((3,hidden_dim)) - 1
synapse_1 = 2*np.random.random((hidden_dim,1)) - 1

for j in range(60000):
    # feed forward
    layer_0 = X
    layer_1 = sigmoid(np.dot(layer_0,synapse_0))
    layer_2 = sigmoid(np.dot(layer_1,synapse_1))

    # how much did we miss?
    layer_2_error = layer_2 - y
    layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)

    # back-propagate to the hidden layer
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error*sigmoid_output_to_derivative(layer_1)

    synapse_1 -= alpha*(layer_1.T.dot(layer_2_delta))
    synapse_0 -= alpha*(layer_0.T.dot(layer_1_delta))
