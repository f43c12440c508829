# expect: fail
# blame: batch-norm-forward
# style: np.var with ddof=1 ("the unbiased estimate"), backward written out by hand through dvar and dmu, consistent with N-1
# why: the line `var = np.var(z, axis=0, ddof=1, keepdims=True)` divides by N-1 = 3 instead of 4 (the task asks for the biased, divide-by-4 variance); the backward pass is the exact slope of this wrong forward, so only the variance definition is off
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha, eps = 0.5, 1e-5
N = 4

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1
gamma = np.ones((1, 4))
beta = np.zeros((1, 4))

for j in range(10000):
    z = X.dot(synapse_0)
    mu = z.mean(axis=0, keepdims=True)
    var = np.var(z, axis=0, ddof=1, keepdims=True)
    inv = 1 / np.sqrt(var + eps)
    zh = (z - mu) * inv
    l1 = sigmoid(gamma * zh + beta)
    l2 = sigmoid(l1.dot(synapse_1))
    err = l2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(err))))
    d2 = err * l2 * (1 - l2)
    da = d2.dot(synapse_1.T) * l1 * (1 - l1)
    g_gamma = (da * zh).sum(axis=0, keepdims=True)
    g_beta = da.sum(axis=0, keepdims=True)
    dzh = da * gamma
    # slope through mean and (N-1) variance
    dvar = (dzh * (z - mu)).sum(axis=0, keepdims=True) * -0.5 * inv ** 3
    dmu = -(dzh * inv).sum(axis=0, keepdims=True)
    dz = dzh * inv + dvar * 2 * (z - mu) / (N - 1) + dmu / N
    g_s1 = l1.T.dot(d2)
    g_s0 = X.T.dot(dz)
    synapse_1 -= alpha * g_s1
    gamma -= alpha * g_gamma
    beta -= alpha * g_beta
    synapse_0 -= alpha * g_s0

print("Output After Training:")
print(l2)
