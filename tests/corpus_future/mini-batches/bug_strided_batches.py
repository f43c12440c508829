# expect: fail
# blame: batch
# style: batches by slicing with a step, order[b::n_batches], in-place np.subtract(..., out=...)
# why: `idx = order[b::n_batches]` deals the shuffled order out like cards (elements b, b+4, b+8, ...) instead of taking consecutive runs of 16; every batch is still 16 distinct examples and every epoch still covers all 64, but the batches differ from the reference's from the first epoch
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

alpha, hidden_dim, batch_size = 4, 8, 16
np.random.seed(1)
P = 2 * np.random.random((64, 2)) - 1
X = np.hstack([P, np.ones((64, 1))])
y = ((P[:, 0] > 0) == (P[:, 1] > 0)).astype(int).reshape(-1, 1)
synapse_0 = 2 * np.random.random((3, hidden_dim)) - 1
synapse_1 = 2 * np.random.random((hidden_dim, 1)) - 1
n_batches = 64 // batch_size

for e in range(5000):
    if e % 1000 == 0:
        out = sigmoid(sigmoid(X.dot(synapse_0)).dot(synapse_1))
        print("Error after", e, "epochs:", np.mean(np.abs(out - y)))
    order = np.random.permutation(64)
    for b in range(n_batches):
        idx = order[b::n_batches]
        l0 = X[idx]
        l1 = sigmoid(l0.dot(synapse_0))
        l2 = sigmoid(l1.dot(synapse_1))
        d2 = (l2 - y[idx]) * l2 * (1 - l2)
        d1 = d2.dot(synapse_1.T) * l1 * (1 - l1)
        np.subtract(synapse_1, alpha * l1.T.dot(d2) / batch_size, out=synapse_1)
        np.subtract(synapse_0, alpha * l0.T.dot(d1) / batch_size, out=synapse_0)

print("Output After Training:")
print(sigmoid(sigmoid(X.dot(synapse_0)).dot(synapse_1)))
