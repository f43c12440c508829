# expect: fail
# blame: dropout-mask
# style: keep_prob variable, mask and scale kept apart, `@`, %-formatting
# why: the line `h_drop = h * mask * keep_prob` multiplies the kept units by 1-p = 0.8 (test-time style scaling) instead of dividing by it, so the hidden layer's expected value shrinks to 0.64 of h instead of staying h; the backward pass is consistent with that wrong scale
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha = 0.5
hidden_dim = 16
dropout_percent = 0.2
keep_prob = 1 - dropout_percent

np.random.seed(1)
w0 = 2 * np.random.random((3, hidden_dim)) - 1
w1 = 2 * np.random.random((hidden_dim, 1)) - 1

for j in range(10000):
    h = sigmoid(X @ w0)
    mask = np.random.binomial(1, keep_prob, size=(4, hidden_dim))
    h_drop = h * mask * keep_prob
    out = sigmoid(h_drop @ w1)
    err = out - y
    if j % 1000 == 0:
        print("Error after %d iterations: %.12f" % (j, np.mean(np.abs(err))))
    d_out = err * out * (1 - out)
    d_h = (d_out @ w1.T) * mask * keep_prob * h * (1 - h)
    w1 -= alpha * h_drop.T @ d_out
    w0 -= alpha * X.T @ d_h

print("Output After Training:")
print(out)
