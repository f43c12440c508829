import numpy as np

X_in = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
Y_out = np.array([[0], [1], [1], [0]])


def sig(v):
    return 1 / (1 + np.exp(-v))


for lr in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print()
    print("Training With Alpha:" + str(lr))
    np.random.seed(1)
    a = 2 * np.random.random((3, 4)) - 1
    b = 2 * np.random.random((4, 1)) - 1
    flips_a = np.zeros((3, 4))
    flips_b = np.zeros((4, 1))
    last_a = last_b = None
    for step in range(60000):
        h = sig(X_in @ a)
        o = sig(h @ b)
        err = o - Y_out
        if step % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(err))))
        g_o = err * (o * (1 - o))
        g_h = (g_o @ b.T) * (h * (1 - h))
        change_b = -lr * (h.T @ g_o)  # what is applied to the weights: downhill
        change_a = -lr * (X_in.T @ g_h)
        if last_a is not None:
            flips_a += (change_a > 0) != (last_a > 0)
            flips_b += (change_b > 0) != (last_b > 0)
        b += change_b
        a += change_a
        last_a, last_b = change_a, change_b
    print("Synapse 0")
    print(a)
    print("Synapse 0 Update Direction Changes")
    print(flips_a)
    print("Synapse 1")
    print(b)
    print("Synapse 1 Update Direction Changes")
    print(flips_b)
