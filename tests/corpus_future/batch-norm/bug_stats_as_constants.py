# expect: fail
# blame: batch-norm-backward
# style: a "simple" backward that treats the batch mean and variance as constants, einsum for the products
# why: the line `dz = dxhat * inv_std` drops the terms through the batch mean and variance (how each example's input moves them); the task asks for the exact slope including those, so synapse_0's update is wrong from iteration 0 while gamma, beta and synapse_1 are right at iteration 0
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha, epsilon = 0.5, 1e-5

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1
gamma = np.ones((1, 4))
beta = np.zeros((1, 4))

for j in range(10000):
    z = np.einsum("ni,ih->nh", X, synapse_0)
    mean = z.mean(axis=0, keepdims=True)
    var = z.var(axis=0, keepdims=True)
    inv_std = 1 / np.sqrt(var + epsilon)
    xhat = (z - mean) * inv_std
    layer_1 = sigmoid(gamma * xhat + beta)
    layer_2 = sigmoid(np.einsum("nh,ho->no", layer_1, synapse_1))
    error = layer_2 - y
    if j % 1000 == 0:
        print("Error after", j, "iterations:", repr(float(np.mean(np.abs(error)))))
    d2 = error * layer_2 * (1 - layer_2)
    da = np.einsum("no,ho->nh", d2, synapse_1) * layer_1 * (1 - layer_1)
    dgamma = np.einsum("nh,nh->h", da, xhat)[None, :]
    dbeta = da.sum(axis=0, keepdims=True)
    dxhat = da * gamma
    dz = dxhat * inv_std
    ds1 = np.einsum("nh,no->ho", layer_1, d2)
    ds0 = np.einsum("ni,nh->ih", X, dz)
    synapse_1 -= alpha * ds1
    gamma -= alpha * dgamma
    beta -= alpha * dbeta
    synapse_0 -= alpha * ds0

print("Output After Training:")
print(layer_2)
