# exercise: three-layer
# expect: pass
# style: while loop with an explicit counter, short names l1/l2/syn0/syn1
import numpy as np

X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])
alpha = 0.5
hidden = 4

np.random.seed(1)
syn0 = 2*np.random.random((3, hidden)) - 1
syn1 = 2*np.random.random((hidden, 1)) - 1

count = 0
while count < 60000:
    l1 = 1/(1+np.exp(-np.dot(X, syn0)))
    l2 = 1/(1+np.exp(-np.dot(l1, syn1)))
    l2_delta = (l2 - y)*(l2*(1-l2))
    l1_delta = l2_delta.dot(syn1.T)*(l1*(1-l1))
    syn1 -= alpha*l1.T.dot(l2_delta)
    syn0 -= alpha*X.T.dot(l1_delta)
    count += 1
