import numpy as np

# compute sigmoid nonlinearity
def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output

# convert output of sigmoid function to its derivative
def sigmoid_output_to_derivative(output):
    return output*(1-output)

# try both on a few values
x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
output = sigmoid(x)
print("Sigmoid:")
print(output)
print("Derivative:")
print(sigmoid_output_to_derivative(output))
