import numpy as np
X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0,1,1,0]]).T
np.random.seed(1)
w0 = 2*np.random.random((3,4)) - 1
w1 = 2*np.random.random((4,1)) - 1
i = 0
while i < 60000:
    a1 = 1/(1+np.exp(-X.dot(w0)))
    a2 = 1/(1+np.exp(-a1.dot(w1)))
    d2 = 0.5 * (a2 - y) * a2 * (1 - a2)
    d1 = d2.dot(w1.T) * a1 * (1 - a1)
    w1 -= a1.T.dot(d2)
    w0 -= X.T.dot(d1)
    i += 1
