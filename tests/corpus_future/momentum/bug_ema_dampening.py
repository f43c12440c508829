# expect: fail
# blame: velocity
# style: the "exponentially weighted average" momentum from Andrew Ng's course: v = beta*v + (1-beta)*dW; W -= alpha*v
# why: the lines `v1 = beta * v1 + (1 - beta) * dW1` (and v0) damp each new slope by (1-beta) = 0.1; that is not the heavy ball the task describes (velocity = momentum*velocity plus alpha times the slope), the steps are 10x smaller once the average builds up and the early steps differ in shape too
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha = 0.1
beta = 0.9

np.random.seed(1)
W0 = 2 * np.random.random((3, 4)) - 1
W1 = 2 * np.random.random((4, 1)) - 1
v0 = np.zeros_like(W0)
v1 = np.zeros_like(W1)

for j in range(10000):
    A1 = sigmoid(X.dot(W0))
    A2 = sigmoid(A1.dot(W1))
    E = A2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(E))))
    D2 = E * A2 * (1 - A2)
    D1 = D2.dot(W1.T) * A1 * (1 - A1)
    dW1 = A1.T.dot(D2)
    dW0 = X.T.dot(D1)
    v1 = beta * v1 + (1 - beta) * dW1
    v0 = beta * v0 + (1 - beta) * dW0
    W1 -= alpha * v1
    W0 -= alpha * v0

print("Output After Training:")
print(A2)
