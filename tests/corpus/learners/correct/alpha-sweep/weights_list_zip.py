# exercise: alpha-sweep
# expect: pass
# style: weights as a list, forward over the list, grads list, in-place `w -= alpha * g` through zip
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
shapes = [(3, 4), (4, 1)]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    weights = [2 * np.random.random(shape) - 1 for shape in shapes]
    for j in range(60000):
        acts = [X]
        for w in weights:
            acts.append(sigmoid(acts[-1].dot(w)))
        err = acts[-1] - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(err))))
        d2 = err * (acts[2] * (1 - acts[2]))
        d1 = d2.dot(weights[1].T) * (acts[1] * (1 - acts[1]))
        grads = [acts[0].T.dot(d1), acts[1].T.dot(d2)]
        for w, g in zip(weights, grads):
            w -= alpha * g
