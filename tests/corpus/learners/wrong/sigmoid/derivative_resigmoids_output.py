# exercise: sigmoid
# expect: fail
# blame: derivative
# bug: the derivative re-applies the sigmoid to a value that is already a sigmoid output: sigmoid(out)*(1-sigmoid(out)) instead of out*(1-out)
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    # slope of the sigmoid is s(x) * (1 - s(x))
    s = sigmoid(output)
    return s * (1 - s)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
out = sigmoid(x)
print("Sigmoid:")
print(out)
print("Derivative:")
print(sigmoid_output_to_derivative(out))
