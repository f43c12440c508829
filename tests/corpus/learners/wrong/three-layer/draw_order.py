# exercise: three-layer
# expect: fail
# blame: init
# style: weights built "from the output backwards" in a dict comprehension over reversed layer sizes
# why: BUG in the `params = {...}` line: iterating reversed(...) draws the 4x1 hidden-to-output weights FIRST and the 3x4 input-to-hidden weights second, so both start from the wrong slice of the seeded stream (the task says 3x4 first)
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
shapes = {"W0": (3, 4), "W1": (4, 1)}
np.random.seed(1)
params = {name: 2 * np.random.random(shape) - 1 for name, shape in reversed(list(shapes.items()))}

for _ in range(60000):
    h = 1 / (1 + np.exp(-X.dot(params["W0"])))
    o = 1 / (1 + np.exp(-h.dot(params["W1"])))
    do = (o - y) * o * (1 - o)
    dh = do.dot(params["W1"].T) * h * (1 - h)
    params["W1"] -= 0.5 * h.T.dot(do)
    params["W0"] -= 0.5 * X.T.dot(dh)
