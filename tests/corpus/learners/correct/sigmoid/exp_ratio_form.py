# exercise: sigmoid
# expect: pass
# style: writes sigmoid as e^x / (1 + e^x) (rounds slightly differently), prints like the article
import numpy as np


def sigmoid(x):
    ex = np.exp(x)
    return ex / (1 + ex)


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
output = sigmoid(x)
print("Sigmoid:")
print(output)
print("Derivative:")
print(sigmoid_output_to_derivative(output))
