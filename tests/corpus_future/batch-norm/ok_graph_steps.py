# expect: pass
# style: the step-by-step computational-graph backward (mu, xmu, sq, var, sqrtvar, ivar, xhat, each node's slope in reverse), error as y - out with += updates, `@`, f-strings
# why: each backward line is the local derivative of one forward line, summed where a node fans out, so dz is the exact slope through the batch mean and the biased (1/N) variance; the y - out sign is undone by +=
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
alpha, eps = 0.5, 1e-5
N = 4

np.random.seed(1)
W0 = 2 * np.random.random((3, 4)) - 1
W1 = 2 * np.random.random((4, 1)) - 1
gamma = np.ones((1, 4))
beta = np.zeros((1, 4))

sig = lambda a: 1 / (1 + np.exp(-a))

for j in range(10000):
    # forward, one node per line
    z = X @ W0
    mu = 1.0 / N * np.sum(z, axis=0)
    xmu = z - mu
    sq = xmu ** 2
    var = 1.0 / N * np.sum(sq, axis=0)
    sqrtvar = np.sqrt(var + eps)
    ivar = 1.0 / sqrtvar
    xhat = xmu * ivar
    a = gamma * xhat + beta
    h = sig(a)
    out = sig(h @ W1)
    miss = y - out
    if j % 1000 == 0:
        print(f"Error after {j} iterations: {np.mean(np.abs(miss)):.15f}")

    # backward (slopes of the quantity that += will increase)
    d_out = miss * out * (1 - out)
    dW1 = h.T @ d_out
    da = (d_out @ W1.T) * h * (1 - h)
    dbeta = np.sum(da, axis=0, keepdims=True)
    dgamma = np.sum(da * xhat, axis=0, keepdims=True)
    dxhat = da * gamma
    divar = np.sum(dxhat * xmu, axis=0)
    dxmu1 = dxhat * ivar
    dsqrtvar = -1.0 / (sqrtvar ** 2) * divar
    dvar = 0.5 * 1.0 / np.sqrt(var + eps) * dsqrtvar
    dsq = 1.0 / N * np.ones((N, 4)) * dvar
    dxmu2 = 2 * xmu * dsq
    dx1 = dxmu1 + dxmu2
    dmu = -1 * np.sum(dx1, axis=0)
    dx2 = 1.0 / N * np.ones((N, 4)) * dmu
    dz = dx1 + dx2
    dW0 = X.T @ dz

    W1 += alpha * dW1
    gamma += alpha * dgamma
    beta += alpha * dbeta
    W0 += alpha * dW0

print("Output After Training:")
print(out)
