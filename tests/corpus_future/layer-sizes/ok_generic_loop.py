# expect: pass
# style: generic forward/backward loops over a list that references the three separately named matrices; all deltas computed first, then the in-place updates; itertools.product for the bits
# why: `synapses` holds the very arrays synapse_0..2 (no copies), the backward loop computes every delta with the pre-update weights before the update loop runs, and `W -= ...` changes the named arrays in place
import itertools
import numpy as np

layer_sizes = [4, 8, 4, 1]
alpha = 1.0

bits = np.array(list(itertools.product([0, 1], repeat=3)))
X = np.hstack([bits, np.ones((8, 1))])
y = (bits.sum(axis=1) % 2).reshape(8, 1)

np.random.seed(1)
synapse_0 = 2 * np.random.random((layer_sizes[0], layer_sizes[1])) - 1
synapse_1 = 2 * np.random.random((layer_sizes[1], layer_sizes[2])) - 1
synapse_2 = 2 * np.random.random((layer_sizes[2], layer_sizes[3])) - 1
synapses = [synapse_0, synapse_1, synapse_2]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for j in range(10000):
    layers = [X]
    for W in synapses:
        layers.append(sigmoid(layers[-1] @ W))

    error = layers[-1] - y
    if j % 1000 == 0:
        print(f"Error after {j} iterations: {np.mean(np.abs(error))}")

    deltas = [None] * len(synapses)
    blame = error
    for i in reversed(range(len(synapses))):
        deltas[i] = blame * layers[i + 1] * (1 - layers[i + 1])
        blame = deltas[i] @ synapses[i].T

    for i, W in enumerate(synapses):
        W -= alpha * (layers[i].T @ deltas[i])

print("Output After Training:")
print(layers[-1])
