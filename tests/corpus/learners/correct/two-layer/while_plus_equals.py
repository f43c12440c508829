# exercise: two-layer
# expect: pass
# style: while loop with a manual counter, error as (y - out) and `+=` update, `@` operator, output printed with np.array2string at 10 decimals
# why: (y - out) with += is the same downhill step as (out - y) with -=; exactly 10,000 iterations (count 0..9999); the printed output is the last forward pass's
import numpy as np

X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]], dtype=float)
y = np.array([[0, 0, 1, 1]], dtype=float).T

np.random.seed(1)
w = np.random.random((2, 1)) * 2 - 1

count = 0
while count < 10000:
    pred = 1.0 / (1.0 + np.exp(-(X @ w)))
    miss = y - pred
    w += X.T @ (miss * pred * (1.0 - pred))
    count += 1

print("Output After Training:")
print(np.array2string(pred, precision=10))
