# expect: fail
# blame: update
# style: parameters and velocities in parallel lists, one loop over the pairs doing "move, then update velocity"
# why: inside the `for i in range(2)` loop, `weights[i] += vel[i]` runs BEFORE `vel[i] = ...`, so each matrix moves by the previous iteration's velocity (zero at iteration 0) and the fresh slope only acts one iteration later; the task says to update the velocities first, then move by them
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha = 0.1
momentum = 0.9

np.random.seed(1)
weights = [2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1]
vel = [np.zeros((3, 4)), np.zeros((4, 1))]

for j in range(10000):
    l1 = sigmoid(X.dot(weights[0]))
    l2 = sigmoid(l1.dot(weights[1]))
    err = l2 - y
    if j % 1000 == 0:
        print(f"Error after {j} iterations: {np.mean(np.abs(err))}")
    d2 = err * l2 * (1 - l2)
    d1 = d2.dot(weights[1].T) * l1 * (1 - l1)
    slopes = [X.T.dot(d1), l1.T.dot(d2)]
    for i in range(2):
        weights[i] += vel[i]
        vel[i] = momentum * vel[i] - alpha * slopes[i]

print("Output After Training:")
print(l2)
