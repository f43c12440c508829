# exercise: hidden-size
# expect: pass
# style: lambdas for sigmoid and slope, terse names (l1, l2, syn0, syn1), print with sep="" and mean via .mean()
import numpy as np

sig = lambda x: 1/(1+np.exp(-x))
dsig = lambda s: s*(1-s)

X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])
hs = 32

for alpha in [0.001,0.01,0.1,1,10,100,1000]:
    print("\nTraining With Alpha:", alpha, sep="")
    np.random.seed(1)
    syn0 = 2*np.random.random((3,hs)) - 1
    syn1 = 2*np.random.random((hs,1)) - 1
    for j in range(60000):
        l1 = sig(X.dot(syn0))
        l2 = sig(l1.dot(syn1))
        l2_err = l2 - y
        if j % 10000 == 0:
            print("Error after ", j, " iterations:", np.abs(l2_err).mean(), sep="")
        l2_d = l2_err*dsig(l2)
        l1_d = l2_d.dot(syn1.T)*dsig(l1)
        syn1 -= alpha*l1.T.dot(l2_d)
        syn0 -= alpha*X.T.dot(l1_d)
