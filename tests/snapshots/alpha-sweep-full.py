# rebuild exercise: alpha-sweep | level: full
# Write the program the docstring describes, then run: rebuild check <this file>
"""Alpha sweep (Part 5, Improvement 1)

Compare learning rates on a network with one hidden layer of 4 units. Inputs X
= [[0,0,1],[0,1,1],[1,0,1],[1,1,1]], targets y = [[0],[1],[1],[0]] (a 4x1
column). For each alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000], in that order:
print "\\nTraining With Alpha:" followed by alpha; call np.random.seed(1); draw
synapse_0 = 2*np.random.random((3,4)) - 1 and then synapse_1 =
2*np.random.random((4,1)) - 1; train for 60,000 iterations j: layer_1 =
sigmoid(X . synapse_0), layer_2 = sigmoid(layer_1 . synapse_1), layer_2_error =
layer_2 - y; when j % 10000 == 0 print "Error after J iterations:" followed by
the mean absolute error; layer_2_delta = layer_2_error * layer_2*(1-layer_2);
layer_1_delta = layer_2_delta . synapse_1.T * layer_1*(1-layer_1); subtract
alpha * layer_1.T . layer_2_delta from synapse_1 and alpha * X.T .
layer_1_delta from synapse_0.
"""

import numpy as np
