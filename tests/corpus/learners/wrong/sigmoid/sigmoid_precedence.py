# exercise: sigmoid
# expect: fail
# blame: sigmoid
# bug: operator precedence: 1/1+np.exp(-x) is 1 + e^(-x), the parentheses around the denominator are missing
import numpy as np

def sigmoid(x):
    output = 1/1+np.exp(-x)
    return output

def sigmoid_output_to_derivative(output):
    return output*(1-output)

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
output = sigmoid(x)
print("Sigmoid:")
print(output)
print("Derivative:")
print(sigmoid_output_to_derivative(output))
