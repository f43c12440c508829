# exercise: sigmoid
# expect: pass
# style: pandas-free table of x, sigmoid and slope after the required prints; loop-based sigmoid with math.exp
import math
import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=float)
    out = np.empty_like(x)
    for i, v in np.ndenumerate(x):
        out[i] = 1 / (1 + math.exp(-v))
    return out


def deriv(out):
    return out * (1 - out)


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
s = sigmoid(x)
d = deriv(s)
print("Sigmoid:")
print(np.array2string(s, separator=", ", precision=9))
print("Derivative:")
print(np.array2string(d, separator=", ", precision=9))
print()
print(f"{'x':>6} | {'sigmoid':>12} | {'slope':>12}")
for a, b, c in zip(x, s, d):
    print(f"{a:6.1f} | {b:12.8f} | {c:12.8f}")
