# exercise: sigmoid
# expect: pass
# style: chatty learner: echoes the inputs and a sanity check before the required lines
import numpy as np


def sigmoid(x):
    output = 1/(1+np.exp(-x))
    return output


def sigmoid_output_to_derivative(output):
    return output*(1-output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
print("inputs:", x)
output = sigmoid(x)
print("Sigmoid:")
print(output)
print("Derivative:")
print(sigmoid_output_to_derivative(output))
print("check: max slope is", sigmoid_output_to_derivative(output).max(), "at x =", x[np.argmax(output*(1-output))])
