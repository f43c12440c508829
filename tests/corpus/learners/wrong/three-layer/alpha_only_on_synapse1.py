# exercise: three-layer
# expect: fail
# blame: update
# bug: alpha scales only synapse_1's update; synapse_0 takes the full, unscaled step
import numpy as np
X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0,1,1,0]]).T
alpha, hidden_dim = (0.5, 4)
np.random.seed(1)
W = [2*np.random.random((3,hidden_dim)) - 1, 2*np.random.random((hidden_dim,1)) - 1]
for j in range(60000):
    a1 = 1/(1+np.exp(-(X @ W[0])))
    a2 = 1/(1+np.exp(-(a1 @ W[1])))
    d2 = (a2 - y) * (a2 * (1 - a2))
    d1 = d2 @ W[1].T * (a1 * (1 - a1))
    W[1] -= alpha * (a1.T @ d2)
    W[0] -= X.T @ d1
synapse_0, synapse_1 = W
