# expect: fail
# blame: bias-update
# style: a loop over (param, grad) pairs with in-place updates, decay applied uniformly inside the loop
# why: in the update loop, `p -= alpha * (g + reg_lambda * p)` is applied to all four pairs, so bias_0 and bias_1 are penalised too; the task says the biases are not
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[1, 1], [1, 2], [2, 1], [2, 2]])
y = np.array([[0], [1], [1], [0]])
alpha = 1
hidden_dim = 4
reg_lambda = 0.001

np.random.seed(1)
synapse_0 = 2 * np.random.random((2, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1
bias_0 = np.zeros((1, hidden_dim))
bias_1 = np.zeros((1, 1))

for j in range(10000):
    l1 = sigmoid(X.dot(synapse_0) + bias_0)
    l2 = sigmoid(l1.dot(synapse_1) + bias_1)
    l2_error = l2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(l2_error))))
    l2_delta = l2_error * l2 * (1 - l2)
    l1_delta = l2_delta.dot(synapse_1.T) * l1 * (1 - l1)
    pairs = [(synapse_1, l1.T.dot(l2_delta)),
             (bias_1, l2_delta.sum(axis=0, keepdims=True)),
             (synapse_0, X.T.dot(l1_delta)),
             (bias_0, l1_delta.sum(axis=0, keepdims=True))]
    for p, g in pairs:
        p -= alpha * (g + reg_lambda * p)

print("Output After Training:")
print(l2)
