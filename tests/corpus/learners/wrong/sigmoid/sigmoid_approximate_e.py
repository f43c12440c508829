# exercise: sigmoid
# expect: fail
# blame: sigmoid
# bug: e is hard-coded as 2.7 instead of using np.exp, so every sigmoid value is off in the 3rd digit
import numpy as np

E = 2.7

def sigmoid(x):
    return 1 / (1 + E ** (-x))

def sigmoid_output_to_derivative(output):
    return output * (1 - output)

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
s = sigmoid(x)
print("Sigmoid:")
print(s)
print("Derivative:")
print(sigmoid_output_to_derivative(s))
