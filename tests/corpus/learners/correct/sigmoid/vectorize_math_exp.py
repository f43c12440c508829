# exercise: sigmoid
# expect: pass
# style: scalar math.exp wrapped with np.vectorize; prints each value on its own line
import math

import numpy as np


def _scalar_sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def sigmoid(x):
    return np.vectorize(_scalar_sigmoid, otypes=[float])(x)


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
output = sigmoid(x)
print("Sigmoid:")
for v in output:
    print(v)
print("Derivative:")
for v in sigmoid_output_to_derivative(output):
    print(v)
