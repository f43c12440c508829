import numpy as np

def sigmoid(x):
    return (np.tanh(x / 2) + 1) / 2

def sigmoid_output_to_derivative(output):
    return output - output ** 2

values = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
s = sigmoid(values)
print("Sigmoid:", s)
print("Derivative:", sigmoid_output_to_derivative(s))
