# exercise: two-layer
# expect: fail
# blame: loop
# style: iteration bound written as range(0, N + 1) "so that N is included", short article-style names, (y - l1) with += update
# why: BUG on the `for i in range(0, N + 1)` line: it runs 10,001 iterations instead of 10,000, so the weights and the printed output are one step further along (0.00505094 vs 0.00505119)
import numpy as np

N = 10000
X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
y = np.array([[0, 0, 1, 1]]).T
np.random.seed(1)
syn0 = 2 * np.random.random((2, 1)) - 1

for i in range(0, N + 1):
    l1 = 1 / (1 + np.exp(-np.dot(X, syn0)))
    l1_delta = (y - l1) * (l1 * (1 - l1))
    syn0 += np.dot(X.T, l1_delta)

print("Output After Training:")
print(l1)
