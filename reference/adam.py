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

# alpha 0.01: plain gradient descent barely moves in 10,000 iterations
alpha = 0.01
beta_1 = 0.9
beta_2 = 0.999
epsilon = 1e-8

np.random.seed(1)

# randomly initialize our weights with mean 0
synapse_0 = 2*np.random.random((3,4)) - 1
synapse_1 = 2*np.random.random((4,1)) - 1

# running averages of each slope and of its square, both starting at zero
synapse_0_m = np.zeros_like(synapse_0)
synapse_1_m = np.zeros_like(synapse_1)
synapse_0_v = np.zeros_like(synapse_0)
synapse_1_v = np.zeros_like(synapse_1)

for j in range(10000):

    # Feed forward through layers 0, 1, and 2
    layer_0 = X
    layer_1 = sigmoid(np.dot(layer_0,synapse_0))
    layer_2 = sigmoid(np.dot(layer_1,synapse_1))

    # how much did we miss the target value?
    layer_2_error = layer_2 - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
    layer_1_error = layer_2_delta.dot(synapse_1.T)
    layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

    # the slope of the error for each weight
    synapse_1_gradient = layer_1.T.dot(layer_2_delta)
    synapse_0_gradient = layer_0.T.dot(layer_1_delta)

    synapse_1_m = beta_1 * synapse_1_m + (1 - beta_1) * synapse_1_gradient
    synapse_0_m = beta_1 * synapse_0_m + (1 - beta_1) * synapse_0_gradient
    synapse_1_v = beta_2 * synapse_1_v + (1 - beta_2) * synapse_1_gradient**2
    synapse_0_v = beta_2 * synapse_0_v + (1 - beta_2) * synapse_0_gradient**2

    # the averages start at zero: scale them up, less and less as t grows
    t = j + 1
    synapse_1_m_hat = synapse_1_m / (1 - beta_1**t)
    synapse_0_m_hat = synapse_0_m / (1 - beta_1**t)
    synapse_1_v_hat = synapse_1_v / (1 - beta_2**t)
    synapse_0_v_hat = synapse_0_v / (1 - beta_2**t)

    synapse_1 -= alpha * synapse_1_m_hat / (np.sqrt(synapse_1_v_hat) + epsilon)
    synapse_0 -= alpha * synapse_0_m_hat / (np.sqrt(synapse_0_v_hat) + epsilon)

print("Output After Training:")
print(layer_2)
