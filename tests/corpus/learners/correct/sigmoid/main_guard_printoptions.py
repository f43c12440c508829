# exercise: sigmoid
# expect: pass
# style: functions plus a main() under an if __name__ guard; np.set_printoptions(precision=15)
import numpy as np


def sigmoid(x):
    """compute sigmoid nonlinearity"""
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    """convert output of sigmoid function to its derivative"""
    return output * (1 - output)


def main() -> None:
    np.set_printoptions(precision=15, suppress=True)
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    output = sigmoid(x)
    print("Sigmoid:")
    print(output)
    print("Derivative:")
    print(sigmoid_output_to_derivative(output))


if __name__ == "__main__":
    main()
