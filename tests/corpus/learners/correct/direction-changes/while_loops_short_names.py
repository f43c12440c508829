# exercise: direction-changes
# expect: pass
# style: while loops with counters, terse names, counting with `if j:` and != of the two masks
import numpy as np

alphas = [0.001,0.01,0.1,1,10,100,1000]
X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])

k = 0
while k < len(alphas):
    alpha = alphas[k]
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    s0 = 2*np.random.random((3,4)) - 1
    s1 = 2*np.random.random((4,1)) - 1
    p0 = np.zeros_like(s0); p1 = np.zeros_like(s1)
    c0 = np.zeros_like(s0); c1 = np.zeros_like(s1)
    j = 0
    while j < 60000:
        l1 = 1/(1+np.exp(-np.dot(X,s0)))
        l2 = 1/(1+np.exp(-np.dot(l1,s1)))
        e2 = y - l2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(e2))))
        d2 = e2*(l2*(1-l2))
        d1 = d2.dot(s1.T)*(l1*(1-l1))
        u1 = l1.T.dot(d2)
        u0 = X.T.dot(d1)
        if j:
            c0 += (u0 > 0) != (p0 > 0)
            c1 += (u1 > 0) != (p1 > 0)
        s1 += alpha*u1
        s0 += alpha*u0
        p0, p1 = u0, u1
        j += 1
    print("Synapse 0"); print(s0)
    print("Synapse 0 Update Direction Changes"); print(c0)
    print("Synapse 1"); print(s1)
    print("Synapse 1 Update Direction Changes"); print(c1)
    k += 1
