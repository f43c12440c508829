# exercise: sigmoid
# expect: pass
# style: a class with __call__ for the sigmoid and a method for the slope; main() guard, extra lines
import numpy as np


class Sigmoid:
    def __call__(self, x):
        return 1.0 / (1.0 + np.exp(-x))

    def grad(self, y):
        """slope, given y = sigmoid(x)"""
        return y * (1.0 - y)


def main():
    act = Sigmoid()
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    print("x =", x)
    y = act(x)
    print("Sigmoid:")
    print(y)
    print("Derivative:")
    print(act.grad(y))
    print("done")


if __name__ == "__main__":
    main()
