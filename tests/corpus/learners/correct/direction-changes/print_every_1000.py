# exercise: direction-changes
# expect: pass
# note: the network is right; printing ten times as often only adds figures, which the grader notes and never fails (README, How it grades, rule 4)
# style: the error is printed whenever j % 1000 == 0, ten times as often as asked (every 10,000)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]

def sigmoid(x):
    return 1/(1+np.exp(-x))

def deriv(output):
    return output*(1-output)

X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])

for alpha in alphas:
    print("\nTraining With Alpha:", alpha)
    np.random.seed(1)
    synapse_0 = 2*np.random.random((3,4)) - 1
    synapse_1 = 2*np.random.random((4,1)) - 1
    prev_0 = np.zeros_like(synapse_0); prev_1 = np.zeros_like(synapse_1)
    cnt_0 = np.zeros_like(synapse_0); cnt_1 = np.zeros_like(synapse_1)
    for j in range(60000):
        l1 = sigmoid(X.dot(synapse_0))
        l2 = sigmoid(l1.dot(synapse_1))
        e = y - l2
        if j % 1000 == 0:
            print("Error:", np.mean(np.abs(e)))
        d2 = e * deriv(l2)
        d1 = d2.dot(synapse_1.T) * deriv(l1)
        u1 = l1.T.dot(d2)
        u0 = X.T.dot(d1)
        if j > 0:
            cnt_0 += np.abs((u0 > 0) * 1 - (prev_0 > 0) * 1)
            cnt_1 += np.abs((u1 > 0) * 1 - (prev_1 > 0) * 1)
        synapse_1 += alpha * u1
        synapse_0 += alpha * u0
        prev_0, prev_1 = u0, u1
    print("Synapse 0"); print(synapse_0)
    print("Synapse 0 Update Direction Changes"); print(cnt_0)
    print("Synapse 1"); print(synapse_1)
    print("Synapse 1 Update Direction Changes"); print(cnt_1)
