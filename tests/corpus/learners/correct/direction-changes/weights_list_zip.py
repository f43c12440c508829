# exercise: direction-changes
# expect: pass
# style: weights, previous updates and counts as parallel lists walked with zip; in-place `w += alpha * u`
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    weights = [2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1]
    prev_updates = [np.zeros_like(w) for w in weights]
    counts = [np.zeros_like(w) for w in weights]

    for j in range(60000):
        l1 = sigmoid(X.dot(weights[0]))
        l2 = sigmoid(l1.dot(weights[1]))
        err = y - l2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(err))))
        d2 = err * (l2 * (1 - l2))
        d1 = d2.dot(weights[1].T) * (l1 * (1 - l1))
        updates = [X.T.dot(d1), l1.T.dot(d2)]
        for w, u, p, c in zip(weights, updates, prev_updates, counts):
            if j > 0:
                c += np.abs((u > 0).astype(int) - (p > 0).astype(int))
            w += alpha * u
        prev_updates = updates

    for k in range(2):
        print("Synapse %d" % k)
        print(weights[k])
        print("Synapse %d Update Direction Changes" % k)
        print(counts[k])
