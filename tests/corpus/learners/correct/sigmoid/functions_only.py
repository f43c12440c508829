# exercise: sigmoid
# expect: pass
# style: writes only the two functions, exactly as the article does, and prints nothing
import numpy as np


def sigmoid(x):
    output = 1 / (1 + np.exp(-x))
    return output


def sigmoid_output_to_derivative(output):
    return output * (1 - output)
