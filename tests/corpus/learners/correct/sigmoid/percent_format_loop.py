# exercise: sigmoid
# expect: pass
# style: old-school %-formatting, one value per line with 12 decimals, plus the input echoed
import numpy as np


def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output


def sigmoid_output_to_derivative(output):
    return output*(1-output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
output = sigmoid(x)
deriv = sigmoid_output_to_derivative(output)

print("Sigmoid:")
for xi, si in zip(x, output):
    print("  sigmoid(%+.1f) = %.12f" % (xi, si))
print("Derivative:")
for xi, di in zip(x, deriv):
    print("  slope at %+.1f = %.12f" % (xi, di))
