# expect: pass
# style: a hand-written trim() with np.maximum/np.minimum, weights kept in a list and updated in place by index, a while loop, %-formatting
# why: np.maximum(-L, np.minimum(x, L)) is element-wise clipping to [-L, L]; the list holds the two weight arrays themselves and `syn[i] -= ...` updates them in place
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def trim(d, limit):
    return np.maximum(-limit, np.minimum(d, limit))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

np.random.seed(1)
syn = [2 * np.random.random((3, 4)) - 1]
syn.append(2 * np.random.random((4, 1)) - 1)
alpha = 100
delta_limit = 0.01

j = 0
while j < 10000:
    acts = [X]
    for W in syn:
        acts.append(sigmoid(np.dot(acts[-1], W)))
    err = acts[2] - y
    if j % 1000 == 0:
        print("Error after %d iterations: %.15f" % (j, np.mean(np.abs(err))))
    delta2 = trim(err * acts[2] * (1 - acts[2]), delta_limit)
    delta1 = trim(np.dot(delta2, syn[1].T) * acts[1] * (1 - acts[1]), delta_limit)
    syn[1] -= alpha * np.dot(acts[1].T, delta2)
    syn[0] -= alpha * np.dot(acts[0].T, delta1)
    j += 1

print("Output After Training:")
print(acts[2])
