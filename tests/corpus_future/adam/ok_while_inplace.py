# expect: pass
# style: a while loop with t kept as its own counter (t += 1 at the top), moments updated in place (m *= b1; m += (1-b1)*g), y - out error with the gradient negated, weights in a list, prints via format()
# why: in-place `*=`/`+=` compute the same moving averages; t is 1 on the first pass; g = -(slope of y - out) is the true gradient; the list holds the two weight arrays updated in place with `-=`
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
alpha, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8

np.random.seed(1)
W = [2 * np.random.random((3, 4)) - 1]
W.append(2 * np.random.random((4, 1)) - 1)
M = [np.zeros_like(w) for w in W]
V = [np.zeros_like(w) for w in W]

j = 0
t = 0
while j < 10000:
    t += 1
    h = sigmoid(np.dot(X, W[0]))
    o = sigmoid(np.dot(h, W[1]))
    miss = y - o
    if j % 1000 == 0:
        print("Error after {} iterations: {:.15f}".format(j, np.mean(np.abs(miss))))
    d_o = miss * o * (1 - o)
    d_h = np.dot(d_o, W[1].T) * h * (1 - h)
    G = [-np.dot(X.T, d_h), -np.dot(h.T, d_o)]
    for i in range(2):
        M[i] *= b1
        M[i] += (1 - b1) * G[i]
        V[i] *= b2
        V[i] += (1 - b2) * np.square(G[i])
        m_hat = M[i] / (1 - b1 ** t)
        v_hat = V[i] / (1 - b2 ** t)
        W[i] -= alpha * m_hat / (np.sqrt(v_hat) + eps)
    j += 1

print("Output After Training:")
print(o)
