# exercise: sigmoid
# expect: pass
# style: sigmoid through the identity 0.5*(1+tanh(x/2)); prints with 12-digit printoptions
import numpy as np

np.set_printoptions(precision=12)


def sigmoid(x):
    # numerically friendly: tanh never overflows
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def sigmoid_output_to_derivative(output):
    return output * (1.0 - output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
out = sigmoid(x)
print("Sigmoid:")
print(out)
print("Derivative:")
print(sigmoid_output_to_derivative(out))
