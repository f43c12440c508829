# rebuild exercise: three-layer | level: 5 | blanks: forward, output-delta, hidden-delta, update
# Replace each `...` marked TODO, then run: rebuild check <this file>
import numpy as np
X = np.array([ [0,0,1],[0,1,1],[1,0,1],[1,1,1] ])
y = np.array([[0,1,1,0]]).T
alpha,hidden_dim = (0.5,4)
np.random.seed(1)
synapse_0 = 2*np.random.random((3,hidden_dim)) - 1
synapse_1 = 2*np.random.random((hidden_dim,1)) - 1
for j in range(60000):
    ...  # TODO(forward): the forward pass: layer_1 and layer_2
    ...  # TODO(output-delta): the output delta
    ...  # TODO(hidden-delta): the hidden delta: the output delta sent back through synapse_1
    ...  # TODO(update): the weight updates, scaled by alpha
