# exercise: two-layer
# expect: pass
# style: weights kept as a (1, 2) row (the drawn column transposed) and used through np.einsum; draw via np.random.uniform(-1, 1, ...)
# why: np.random.uniform(-1, 1, (2,1)) computes -1 + 2*random_sample() from the same stream, bit-identical to 2*random((2,1)) - 1; the (1,2) row holds the same numbers as the reference's (2,1) column (README rule 2 allows transposed storage); einsum over one index of length 2 sums the same two products
import numpy as np

X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]], dtype=np.float64)
y = np.array([0, 0, 1, 1], dtype=np.float64).reshape(4, 1)

np.random.seed(1)
w_row = np.random.uniform(-1, 1, (2, 1)).T.copy()   # shape (1, 2)

for it in range(10_000):
    h = 1 / (1 + np.exp(-np.einsum("ni,oi->no", X, w_row)))
    d = (h - y) * h * (1 - h)
    w_row -= np.einsum("no,ni->oi", d, X)

print("Output After Training:")
print(*(f"{float(v)!r}" for v in h.ravel()), sep="\n")
