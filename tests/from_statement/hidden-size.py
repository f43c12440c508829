import numpy as np

WIDTH = 32
RATES = (0.001, 0.01, 0.1, 1, 10, 100, 1000)
samples = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
answers = np.array([[0], [1], [1], [0]])

for rate in RATES:
    print("\nTraining With Alpha:" + str(rate))
    np.random.seed(1)
    w_a = 2 * np.random.random((3, WIDTH)) - 1
    w_b = 2 * np.random.random((WIDTH, 1)) - 1
    iteration = 0
    while iteration < 60000:
        mid = 1 / (1 + np.exp(-(samples @ w_a)))
        top = 1 / (1 + np.exp(-(mid @ w_b)))
        off = top - answers
        if iteration % 10000 == 0:
            print(f"Error after {iteration} iterations:{float(np.mean(np.abs(off)))!r}")
        top_term = off * (top * (1 - top))
        mid_term = (top_term @ w_b.T) * (mid * (1 - mid))
        w_b -= rate * (mid.T @ top_term)
        w_a -= rate * (samples.T @ mid_term)
        iteration += 1
