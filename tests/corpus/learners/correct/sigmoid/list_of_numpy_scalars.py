# exercise: sigmoid
# expect: pass
# style: prints list(array), which under numpy 2 shows np.float64(...) reprs
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
out = sigmoid(x)
print("Sigmoid:")
print(list(out))
print("Derivative:")
print(list(sigmoid_output_to_derivative(out)))
