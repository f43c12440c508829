# expect: pass
# style: "shuffled copies": X and y stacked side by side, np.random.permutation(data) shuffles the rows, the batches come from reshaping the shuffled copy to (4, 16, 4); %-formatting
# why: permutation of a 2-D array draws exactly the same random numbers as permutation(64) and applies that order to rows, so each batch holds the same examples in the same order as X[order[b*16:(b+1)*16]]
import numpy as np

np.set_printoptions(precision=10)

sig = lambda t: 1 / (1 + np.exp(-t))
alpha = 4
batch_size = 16

np.random.seed(1)
xy = 2 * np.random.random((64, 2)) - 1
X = np.c_[xy, np.ones(64)]
y = ((xy[:, 0] > 0) == (xy[:, 1] > 0)).astype(int)[:, None]
syn0 = 2 * np.random.random((3, 8)) - 1
syn1 = 2 * np.random.random((8, 1)) - 1

data = np.hstack([X, y])          # 64 x 4, label in the last column

for epoch in range(5000):
    if epoch % 1000 == 0:
        print("Error after %d epochs: %.13f" % (epoch, np.mean(np.abs(sig(sig(X @ syn0) @ syn1) - y))))
    shuffled = np.random.permutation(data)
    for batch in shuffled.reshape(64 // batch_size, batch_size, 4):
        xb, yb = batch[:, :3], batch[:, 3:]
        h = sig(xb @ syn0)
        o = sig(h @ syn1)
        do = (o - yb) * o * (1 - o)
        dh = do @ syn1.T * h * (1 - h)
        syn1 -= alpha * (h.T @ do) / batch_size
        syn0 -= alpha * (xb.T @ dh) / batch_size

print("Output After Training:")
print(sig(sig(X @ syn0) @ syn1))
