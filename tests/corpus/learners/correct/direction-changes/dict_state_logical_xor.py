# exercise: direction-changes
# expect: pass
# style: all per-run state in one dict (weights, previous updates, counts); np.logical_xor for the flips; tolist() prints
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def new_state():
    np.random.seed(1)
    s = {"W0": 2 * np.random.random((3, 4)) - 1,
         "W1": 2 * np.random.random((4, 1)) - 1}
    for k in ("W0", "W1"):
        s["prev_" + k] = np.zeros_like(s[k])
        s["count_" + k] = np.zeros_like(s[k])
    return s


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:" + str(alpha))
    s = new_state()
    for j in range(60000):
        a1 = sigmoid(X.dot(s["W0"]))
        a2 = sigmoid(a1.dot(s["W1"]))
        err = y - a2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(err))))
        d2 = err * (a2 * (1 - a2))
        d1 = d2.dot(s["W1"].T) * (a1 * (1 - a1))
        upd = {"W1": a1.T.dot(d2), "W0": X.T.dot(d1)}
        for k in ("W0", "W1"):
            if j > 0:
                s["count_" + k] += np.logical_xor(upd[k] > 0, s["prev_" + k] > 0)
            s[k] += alpha * upd[k]
            s["prev_" + k] = upd[k]
    print("Synapse 0")
    print(s["W0"].tolist())
    print("Synapse 0 Update Direction Changes")
    print(s["count_W0"].tolist())
    print("Synapse 1")
    print(s["W1"].tolist())
    print("Synapse 1 Update Direction Changes")
    print(s["count_W1"].tolist())
