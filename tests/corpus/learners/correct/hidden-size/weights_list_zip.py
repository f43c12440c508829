# exercise: hidden-size
# expect: pass
# style: layer sizes list [3, 32, 1], weights list built with zip, in-place `w -= alpha * g` via zip
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
sizes = [3, 32, 1]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    weights = [2 * np.random.random((a, b)) - 1 for a, b in zip(sizes[:-1], sizes[1:])]
    for j in range(60000):
        acts = [X]
        for w in weights:
            acts.append(sigmoid(acts[-1].dot(w)))
        err = acts[-1] - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(err))))
        deltas = [err * (acts[-1] * (1 - acts[-1]))]
        deltas.insert(0, deltas[0].dot(weights[1].T) * (acts[1] * (1 - acts[1])))
        grads = [a.T.dot(d) for a, d in zip(acts[:-1], deltas)]
        for w, g in zip(weights, grads):
            w -= alpha * g
