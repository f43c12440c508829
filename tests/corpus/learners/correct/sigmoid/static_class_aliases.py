# exercise: sigmoid
# expect: pass
# style: an Activation class with staticmethods, the required names bound as module aliases; repr(float) prints
import numpy as np


class Activation:
    @staticmethod
    def forward(x):
        return 1 / (1 + np.exp(-x))

    @staticmethod
    def slope_from_output(output):
        return output * (1 - output)


sigmoid = Activation.forward
sigmoid_output_to_derivative = Activation.slope_from_output

if __name__ == "__main__":
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    s = sigmoid(x)
    print("Sigmoid:")
    print(", ".join(repr(float(v)) for v in s))
    print("Derivative:")
    print(", ".join(repr(float(v)) for v in sigmoid_output_to_derivative(s)))
