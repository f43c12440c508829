# exercise: hidden-size
# expect: pass
# style: enumerate(alphas) with a run banner, %-formatting with %.17g, short names
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
H = 32
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

for i, alpha in enumerate(alphas):
    print("\nTraining With Alpha:%s" % alpha)
    print("[run %d/%d, %d hidden units]" % (i + 1, len(alphas), H))
    np.random.seed(1)
    w0 = 2 * np.random.random((3, H)) - 1
    w1 = 2 * np.random.random((H, 1)) - 1
    for j in range(60000):
        l1 = 1 / (1 + np.exp(-X.dot(w0)))
        l2 = 1 / (1 + np.exp(-l1.dot(w1)))
        e = l2 - y
        if j % 10000 == 0:
            print("Error after %d iterations:%.17g" % (j, np.mean(np.abs(e))))
        d2 = e * (l2 * (1 - l2))
        d1 = d2.dot(w1.T) * (l1 * (1 - l1))
        w1 -= alpha * l1.T.dot(d2)
        w0 -= alpha * X.T.dot(d1)
