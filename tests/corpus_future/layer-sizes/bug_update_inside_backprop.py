# expect: fail
# blame: hidden-delta
# style: a generic backward loop that updates each matrix as soon as its slope is known, weights referenced through a list of the named arrays
# why: in the backward loop, `W -= alpha * ...` runs BEFORE `blame = delta @ W.T`, so the blame sent to the layer below is computed with the already-updated matrix (synapse_2, then synapse_1) instead of the weights of the forward pass
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

layer_sizes = [4, 8, 4, 1]
alpha = 1
X = np.array([[0, 0, 0, 1], [0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 1, 1],
              [1, 0, 0, 1], [1, 0, 1, 1], [1, 1, 0, 1], [1, 1, 1, 1]])
y = np.array([[0], [1], [1], [0], [1], [0], [0], [1]])

np.random.seed(1)
synapse_0 = 2 * np.random.random((layer_sizes[0], layer_sizes[1])) - 1
synapse_1 = 2 * np.random.random((layer_sizes[1], layer_sizes[2])) - 1
synapse_2 = 2 * np.random.random((layer_sizes[2], layer_sizes[3])) - 1
weights = [synapse_0, synapse_1, synapse_2]

for j in range(10000):
    acts = [X]
    for W in weights:
        acts.append(sigmoid(acts[-1].dot(W)))
    err = acts[-1] - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(err))))
    blame = err
    for i in range(len(weights) - 1, -1, -1):
        W = weights[i]
        delta = blame * acts[i + 1] * (1 - acts[i + 1])
        W -= alpha * acts[i].T.dot(delta)
        blame = delta.dot(W.T)

print("Output After Training:")
print(acts[-1])
