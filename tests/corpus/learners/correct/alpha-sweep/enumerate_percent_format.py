# exercise: alpha-sweep
# expect: pass
# style: `for i, alpha in enumerate(alphas)` with a run counter, %-formatting (%s / %.17g)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for i, alpha in enumerate(alphas):
    print("\nTraining With Alpha:%s" % alpha)
    print("(run %d of %d)" % (i + 1, len(alphas)))
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    for j in range(60000):
        l1 = sigmoid(np.dot(X, syn0))
        l2 = sigmoid(np.dot(l1, syn1))
        l2_error = l2 - y
        if j % 10000 == 0:
            print("Error after %d iterations:%.17g" % (j, np.mean(np.abs(l2_error))))
        l2_delta = l2_error * (l2 * (1 - l2))
        l1_delta = l2_delta.dot(syn1.T) * (l1 * (1 - l1))
        syn1 -= alpha * l1.T.dot(l2_delta)
        syn0 -= alpha * X.T.dot(l1_delta)
