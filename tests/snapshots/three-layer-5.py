# rebuild exercise: three-layer | level: 5 | blanks: init, loop
# Replace each `...` marked TODO, then run: rebuild check <this file>
import numpy as np
X = np.array([ [0,0,1],[0,1,1],[1,0,1],[1,1,1] ])
y = np.array([[0,1,1,0]]).T
alpha,hidden_dim = (0.5,4)
np.random.seed(1)
...  # TODO(init): the random starting weights: synapse_0, then synapse_1
for j in range(60000):
    ...  # TODO(loop): one training iteration, all of it
