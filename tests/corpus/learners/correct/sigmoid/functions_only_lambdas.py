# exercise: sigmoid
# expect: pass
# style: one-liner lambdas bound to the required names, no prints at all
import numpy as np

sigmoid = lambda x: 1.0 / (1.0 + np.exp(-x))
sigmoid_output_to_derivative = lambda output: output * (1.0 - output)
