# expect: fail
# blame: update
# style: penalty written from the loss formula, with the 1/2 carried into the slope; matmul via np.matmul
# why: the lines `reg0 = reg_lambda / 2 * synapse_0` (and reg1) copy the loss's reg_lambda/2 into the slope; the derivative of reg_lambda/2 * W**2 is reg_lambda * W, so the penalty acts at half strength
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
y = np.array([[0], [1], [1], [0]])
alpha, hidden_dim, reg_lambda = 1, 4, 0.001

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1
bias_0 = np.zeros((1, hidden_dim))
bias_1 = np.zeros((1, 1))

for j in range(10000):
    h = sigmoid(np.matmul(X, synapse_0) + bias_0)
    o = sigmoid(np.matmul(h, synapse_1) + bias_1)
    e = o - y
    if j % 1000 == 0:
        print(f"Error after {j} iterations: {np.mean(np.abs(e))}")
    do = e * o * (1 - o)
    dh = np.matmul(do, synapse_1.T) * h * (1 - h)
    # loss = 0.5*sum(e**2) + reg_lambda/2 * (sum(W0**2) + sum(W1**2))
    reg0 = reg_lambda / 2 * synapse_0
    reg1 = reg_lambda / 2 * synapse_1
    synapse_1 -= alpha * (np.matmul(h.T, do) + reg1)
    synapse_0 -= alpha * (np.matmul(X.T, dh) + reg0)
    bias_1 -= alpha * do.sum(axis=0, keepdims=True)
    bias_0 -= alpha * dh.sum(axis=0, keepdims=True)

print("Output After Training:")
print(o)
