# expect: fail
# blame: lookahead
# style: velocity of raw slopes (v = mu*v + g, w -= alpha*v) but the look-ahead copied from the paper's formula w + mu*v
# why: the lines `ahead0 = w0 + mu * v0` / `ahead1 = w1 + mu * v1` use the paper's look-ahead with THIS program's velocity, which points uphill and lacks alpha: the slope is taken at w + 0.9*v instead of w - 0.1*0.9*v; iteration 0 matches (v = 0) and the drift starts at iteration 1
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha = 0.1
mu = 0.9

np.random.seed(1)
w0 = 2 * np.random.random((3, 4)) - 1
w1 = 2 * np.random.random((4, 1)) - 1
v0 = np.zeros_like(w0)
v1 = np.zeros_like(w1)

for j in range(10000):
    ahead0 = w0 + mu * v0
    ahead1 = w1 + mu * v1
    l1 = sigmoid(X.dot(ahead0))
    l2 = sigmoid(l1.dot(ahead1))
    e = l2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(e))))
    d2 = e * l2 * (1 - l2)
    d1 = d2.dot(ahead1.T) * l1 * (1 - l1)
    v1 = mu * v1 + l1.T.dot(d2)
    v0 = mu * v0 + X.T.dot(d1)
    w1 -= alpha * v1
    w0 -= alpha * v0

print("Output After Training:")
print(l2)
