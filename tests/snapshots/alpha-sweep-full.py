# rebuild exercise: alpha-sweep | level: full
# Write the program the docstring describes, then run: rebuild check <this file>
"""Alpha sweep (Part 5, Improvement 1)

Compare seven learning rates on one network: 3 inputs, one hidden layer of 4
sigmoid units and one sigmoid output unit, no biases. Inputs X =
[[0,0,1],[0,1,1],[1,0,1],[1,1,1]] (4x3), targets y = [[0],[1],[1],[0]] (a 4x1
column). For each alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000], in that order:
print an empty line, then "Training With Alpha:" followed directly by alpha;
call np.random.seed(1), so that every alpha starts from the same weights; draw
the 3x4 input-to-hidden weights with one call np.random.random((3,4)) and then
the 4x1 hidden-to-output weights with np.random.random((4,1)), each mapped
linearly onto [-1, 1); then train for 60,000 iterations, numbered j from 0, by
full-batch gradient descent on half the sum of squared errors, with learning
rate alpha. At j = 0, 10000, 20000, ..., 50000, after the forward pass, print
the line "Error after J iterations:E", where J is j and E is the mean absolute
difference between the output and the targets. Free: names, `@` or `.dot`, the
sign conventions of the error and of the update (as long as each step moves the
weights downhill), functions or inline code.
"""

import numpy as np
