# exercise: sigmoid
# expect: fail
# blame: derivative
# bug: the factors are the wrong way round: output*(output-1) gives minus the slope
import numpy as np


def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output


def sigmoid_output_to_derivative(output):
    return output*(output-1)


def main():
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    output = sigmoid(x)
    print("Sigmoid:")
    print(output)
    print("Derivative:")
    print(sigmoid_output_to_derivative(output))


main()
