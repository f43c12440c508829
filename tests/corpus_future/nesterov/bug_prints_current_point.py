# expect: fail
# blame: error-print
# style: a correct Nesterov update, plus a separate "monitoring" forward pass at the current weights for the prints
# why: the weights train exactly right, but the `if j % 1000 == 0` block and the final print report the error and output of a forward pass at the CURRENT weights (mon_out), while the task says the printed error and the final output are those of the look-ahead pass
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha, momentum = 0.1, 0.9

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1
velocity_0 = np.zeros_like(synapse_0)
velocity_1 = np.zeros_like(synapse_1)

for j in range(10000):
    # monitoring pass at the weights we actually have
    mon_out = sigmoid(sigmoid(X.dot(synapse_0)).dot(synapse_1))
    if j % 1000 == 0:
        print("Error after %d iterations: %.15f" % (j, np.mean(np.abs(mon_out - y))))

    a0 = synapse_0 + momentum * velocity_0
    a1 = synapse_1 + momentum * velocity_1
    l1 = sigmoid(X.dot(a0))
    l2 = sigmoid(l1.dot(a1))
    d2 = (l2 - y) * l2 * (1 - l2)
    d1 = d2.dot(a1.T) * l1 * (1 - l1)
    velocity_1 = momentum * velocity_1 - alpha * l1.T.dot(d2)
    velocity_0 = momentum * velocity_0 - alpha * X.T.dot(d1)
    synapse_1 += velocity_1
    synapse_0 += velocity_0

print("Output After Training:")
print(mon_out)
