# exercise: sigmoid
# expect: fail
# blame: sigmoid
# bug: the sigmoid rounds its result to 2 decimals ("to make it readable"), so the values themselves are wrong
import numpy as np

def sigmoid(x):
    return np.round(1/(1+np.exp(-x)), 2)

def sigmoid_output_to_derivative(output):
    return output*(1-output)

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
o = sigmoid(x)
print("Sigmoid:")
print(o)
print("Derivative:")
print(sigmoid_output_to_derivative(o))
