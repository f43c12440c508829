# exercise: sigmoid
# expect: fail
# blame: derivative
# bug: uses the tanh slope 1 - output**2 instead of the sigmoid slope output*(1-output)
import numpy as np

class Sigmoid:
    def __call__(self, x):
        return 1 / (1 + np.exp(-x))

    def grad_from_output(self, out):
        return 1 - out ** 2

sigmoid = Sigmoid()


def sigmoid_output_to_derivative(output):
    return sigmoid.grad_from_output(output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
out = sigmoid(x)
print("Sigmoid:")
print(out)
print("Derivative:")
print(sigmoid_output_to_derivative(out))
