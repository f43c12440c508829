# exercise: sigmoid
# expect: fail
# blame: derivative
# style: helper functions with docstrings, derivative helper that "helpfully" re-applies the sigmoid
# why: BUG on the line `s = sigmoid(out)` in sigmoid_output_to_derivative: the slope function is given the sigmoid's OUTPUT but squashes it again, so it returns sigmoid(sigmoid(x))*(1-sigmoid(sigmoid(x))); printed Derivative is [0.23..., 0.24..., 0.235..., ...] instead of [0.10499359 0.19661193 0.25 ...]
import numpy as np


def sigmoid(x):
    """Logistic function."""
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(out):
    """Slope of the sigmoid, given the sigmoid's output."""
    s = sigmoid(out)
    return s * (1 - s)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
out = sigmoid(x)
print("Sigmoid:")
print(out)
print("Derivative:")
print(sigmoid_output_to_derivative(out))
