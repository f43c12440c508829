# exercise: two-layer
# expect: pass
# style: terse names (l0, l1, syn0) and a while loop with a manual counter
import numpy as np

X = np.array([[0,1],[0,1],[1,0],[1,0]])
y = np.array([[0,0,1,1]]).T
np.random.seed(1)
syn0 = 2*np.random.random((2,1)) - 1

i = 0
while i < 10000:
    l0 = X
    l1 = 1/(1+np.exp(-np.dot(l0, syn0)))
    l1_err = l1 - y
    l1_delta = l1_err * (l1*(1-l1))
    syn0 -= np.dot(l0.T, l1_delta)
    i += 1

print("Output After Training:")
print(l1)
