# exercise: sigmoid
# expect: pass
# style: article's functions, prints with f-strings and full-precision lists via tolist()
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
s = sigmoid(x)
d = sigmoid_output_to_derivative(s)
print(f"Sigmoid:\n{s.tolist()}")
print(f"Derivative:\n{d.tolist()}")
