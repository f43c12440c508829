# rebuild exercise: sigmoid | level: 1 | blanks: sigmoid
# Replace each `...` marked TODO, then run: rebuild check <this file>
import numpy as np

# compute sigmoid nonlinearity
def sigmoid(x):
    ...  # TODO(sigmoid): the sigmoid of x, element-wise

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
