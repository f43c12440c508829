# exercise: sigmoid
# expect: pass
# style: avoids temporaries with ufunc out= arguments; str.format for the prints
import numpy as np


def sigmoid(x):
    z = np.negative(x, dtype=float)
    np.exp(z, out=z)
    z += 1.0
    return np.reciprocal(z, out=z)


def sigmoid_output_to_derivative(output):
    one_minus = np.subtract(1.0, output)
    return np.multiply(output, one_minus)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
sig = sigmoid(x)
print("{}".format("Sigmoid:"))
print("{}".format(sig))
print("{}".format("Derivative:"))
print("{}".format(sigmoid_output_to_derivative(sig)))
