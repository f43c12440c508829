# exercise: three-layer
# expect: fail
# blame: init
# bug: weights drawn with np.random.random in [0,1) instead of 2*random-1, so they are not centred on 0
import numpy as np
X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0,1,1,0]]).T
alpha, hidden_dim = 0.5, 4
np.random.seed(1)
synapse_0 = np.random.random((3,hidden_dim))
synapse_1 = np.random.random((hidden_dim,1))
for j in range(60000):
    layer_1 = 1/(1+np.exp(-(X.dot(synapse_0))))
    layer_2 = 1/(1+np.exp(-(layer_1.dot(synapse_1))))
    layer_2_delta = (layer_2 - y)*(layer_2*(1-layer_2))
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1-layer_1))
    synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
    synapse_0 -= alpha * X.T.dot(layer_1_delta)
