# expect: fail
# blame: none
# bug: t = j, so at the first step 1 - beta^0 = 0 and the corrected moments are divided by zero
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
np.random.seed(1)
s0 = 2 * np.random.random((3, 4)) - 1
s1 = 2 * np.random.random((4, 1)) - 1
m0 = np.zeros_like(s0); m1 = np.zeros_like(s1)
v0 = np.zeros_like(s0); v1 = np.zeros_like(s1)
for j in range(10000):
    h = sigmoid(X @ s0)
    o = sigmoid(h @ s1)
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(o - y))))
    do = (o - y) * o * (1 - o)
    dh = (do @ s1.T) * h * (1 - h)
    g1 = h.T @ do; g0 = X.T @ dh
    m1 = 0.9 * m1 + 0.1 * g1; m0 = 0.9 * m0 + 0.1 * g0
    v1 = 0.999 * v1 + 0.001 * g1 ** 2; v0 = 0.999 * v0 + 0.001 * g0 ** 2
    t = j
    s1 -= 0.01 * (m1 / (1 - 0.9 ** t)) / (np.sqrt(v1 / (1 - 0.999 ** t)) + 1e-8)
    s0 -= 0.01 * (m0 / (1 - 0.9 ** t)) / (np.sqrt(v0 / (1 - 0.999 ** t)) + 1e-8)
print("Output After Training:")
print(o)
