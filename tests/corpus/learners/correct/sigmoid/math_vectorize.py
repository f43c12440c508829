# exercise: sigmoid
# expect: pass
# style: math.exp wrapped by np.vectorize, prints each value on its own line with print(*...)
import math
import numpy as np


def _sig(t):
    return 1.0 / (1.0 + math.exp(-t))


sigmoid = np.vectorize(_sig, otypes=[float])


def dsigmoid(sig_out):
    return sig_out * (1.0 - sig_out)


if __name__ == "__main__":
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    s = sigmoid(x)
    print("Sigmoid:")
    print(*s, sep="\n")
    print("Derivative:")
    print(*dsigmoid(s), sep="\n")
