# exercise: sigmoid
# expect: fail
# blame: derivative
# bug: the slope is computed from the input x instead of from the sigmoid's output (x*(1-x) on the pre-activation)
import numpy as np

def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output

def sigmoid_output_to_derivative(output):
    return output*(1-output)

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
print("Sigmoid:")
print(sigmoid(x))
print("Derivative:")
print(sigmoid_output_to_derivative(x))
