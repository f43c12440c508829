# exercise: sigmoid
# expect: fail
# blame: sigmoid
# bug: the minus sign in the exponent is missing, so this computes 1/(1+e^x) = sigmoid(-x)
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


if __name__ == "__main__":
    xs = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    s = sigmoid(xs)
    print("Sigmoid:")
    print(s)
    print("Derivative:")
    print(sigmoid_output_to_derivative(s))
