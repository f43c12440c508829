# expect: pass
import numpy as np


def main():

    # compute sigmoid nonlinearity
    def sigmoid(x):
        output = 1/(1+np.exp(-x))
        return output

    # convert output of sigmoid function to its derivative
    def sigmoid_output_to_derivative(output):
        return output*(1-output)

    # 3-bit parity (1 when an odd number of bits is set), and a constant column of 1
    X = np.array([[0,0,0,1],
                  [0,0,1,1],
                  [0,1,0,1],
                  [0,1,1,1],
                  [1,0,0,1],
                  [1,0,1,1],
                  [1,1,0,1],
                  [1,1,1,1]])

    y = np.array([[0],
                  [1],
                  [1],
                  [0],
                  [1],
                  [0],
                  [0],
                  [1]])

    alpha = 1
    # inputs, two hidden layers, output
    layer_sizes = [4, 8, 4, 1]

    np.random.seed(1)

    # randomly initialize our weights with mean 0
    synapse_0 = 2*np.random.random((layer_sizes[0],layer_sizes[1])) - 1
    synapse_1 = 2*np.random.random((layer_sizes[1],layer_sizes[2])) - 1
    synapse_2 = 2*np.random.random((layer_sizes[2],layer_sizes[3])) - 1

    for j in range(10000):

        # Feed forward through layers 0, 1, 2 and 3
        layer_0 = X
        layer_1 = sigmoid((layer_0 @ synapse_0))
        layer_2 = sigmoid((layer_1 @ synapse_1))
        layer_3 = sigmoid((layer_2 @ synapse_2))

        # how much did we miss the target value?
        layer_3_error = layer_3 - y

        if (j% 1000) == 0:
            print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_3_error))))

        layer_3_delta = layer_3_error*sigmoid_output_to_derivative(layer_3)
        layer_2_error = layer_3_delta @ (synapse_2.T)
        layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
        layer_1_error = layer_2_delta @ (synapse_1.T)
        layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)

        synapse_2 -= alpha * (layer_2.T @ (layer_3_delta))
        synapse_1 -= alpha * (layer_1.T @ (layer_2_delta))
        synapse_0 -= alpha * (layer_0.T @ (layer_1_delta))

    print("Output After Training:")
    print(layer_3)


main()
