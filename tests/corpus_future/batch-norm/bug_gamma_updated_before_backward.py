# expect: fail
# blame: batch-norm-backward
# style: "update as you go" backward pass: each parameter is stepped right after its slope is known, like the article's synapse updates
# why: `gamma -= alpha * dgamma` runs before `dxhat = da * gamma`, so the slope sent back to synapse_0 uses the already-updated gamma; the task says all slopes are computed before any update (synapse_1 is stepped after `da` is computed, so it is not affected)
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha = 0.5
eps = 1e-5

np.random.seed(1)
w0 = 2 * np.random.random((3, 4)) - 1
w1 = 2 * np.random.random((4, 1)) - 1
gamma = np.ones((1, 4))
beta = np.zeros((1, 4))

for j in range(10000):
    z = X @ w0
    mu = z.mean(0, keepdims=True)
    var = z.var(0, keepdims=True)
    istd = 1 / np.sqrt(var + eps)
    xhat = (z - mu) * istd
    h = sigmoid(gamma * xhat + beta)
    out = sigmoid(h @ w1)
    err = out - y
    if j % 1000 == 0:
        print(f"Error after {j} iterations: {np.mean(np.abs(err)):.14f}")
    d_out = err * out * (1 - out)
    da = (d_out @ w1.T) * h * (1 - h)
    w1 -= alpha * (h.T @ d_out)
    gamma -= alpha * (da * xhat).sum(0, keepdims=True)
    beta -= alpha * da.sum(0, keepdims=True)
    dxhat = da * gamma
    dz = istd / 4 * (4 * dxhat - dxhat.sum(0, keepdims=True) - xhat * (dxhat * xhat).sum(0, keepdims=True))
    w0 -= alpha * (X.T @ dz)

print("Output After Training:")
print(out)
