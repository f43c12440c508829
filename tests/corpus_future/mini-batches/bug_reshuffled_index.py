# expect: fail
# blame: shuffle
# style: an index array shuffled in place with np.random.shuffle each epoch, batch loop with a while
# why: `idx = np.arange(64)` is created once before the epoch loop and `np.random.shuffle(idx)` then reshuffles the previous epoch's order; the random draws are the very ones permutation(64) makes, so epoch 0 matches exactly, but from epoch 1 on the order is the composition of all shuffles so far, not the new permutation the task asks for
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

alpha = 4
hidden_dim = 8
batch_size = 16

np.random.seed(1)
pts = 2 * np.random.random((64, 2)) - 1
X = np.column_stack([pts, np.ones(64)])
y = np.array([[1 if a * b > 0 else 0] for a, b in pts])
w0 = 2 * np.random.random((3, hidden_dim)) - 1
w1 = 2 * np.random.random((hidden_dim, 1)) - 1

idx = np.arange(64)
for epoch in range(5000):
    if epoch % 1000 == 0:
        o = sigmoid(sigmoid(X @ w0) @ w1)
        print(f"Error after {epoch} epochs: {np.mean(np.abs(o - y)):.15f}")
    np.random.shuffle(idx)
    start = 0
    while start < 64:
        b = idx[start:start + batch_size]
        h = sigmoid(X[b] @ w0)
        o = sigmoid(h @ w1)
        d_o = (o - y[b]) * o * (1 - o)
        d_h = (d_o @ w1.T) * h * (1 - h)
        w1 -= alpha / batch_size * (h.T @ d_o)
        w0 -= alpha / batch_size * (X[b].T @ d_h)
        start += batch_size

print("Output After Training:")
print(sigmoid(sigmoid(X @ w0) @ w1))
