# exercise: sigmoid
# expect: fail
# blame: sigmoid
# bug: sigmoid written through tanh but without halving the argument: 0.5*(1+tanh(x)) instead of 0.5*(1+tanh(x/2))
import numpy as np


def sigmoid(x):
    # numerically stable form (no overflow in exp)
    return 0.5 * (1.0 + np.tanh(x))


def sigmoid_output_to_derivative(output):
    return output * (1.0 - output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
y = sigmoid(x)
print("Sigmoid:")
print(y)
print("Derivative:")
print(sigmoid_output_to_derivative(y))
