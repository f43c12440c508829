# exercise: sigmoid
# expect: pass
# style: article-style nonlin(x, deriv=False) but dispatching through a dict of lambdas; output via sys.stdout.write + np.array2string
# why: sigmoid is 1/(1+exp(-x)), slope is out*(1-out) taken from the sigmoid's output; array2string renders exactly what print(array) does
import sys
import numpy as np

_impl = {
    False: lambda v: 1.0 / (1.0 + np.exp(-v)),
    True: lambda v: v * (1.0 - v),   # v is already the sigmoid's output here
}


def nonlin(x, deriv=False):
    return _impl[bool(deriv)](x)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
s = nonlin(x)
sys.stdout.write("Sigmoid:\n")
sys.stdout.write(np.array2string(s) + "\n")
sys.stdout.write("Derivative:\n")
sys.stdout.write(np.array2string(nonlin(s, True)) + "\n")
