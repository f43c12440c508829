# exercise: direction-changes
# expect: pass
# style: np.matmul products and in-place np.add(w, alpha*u, out=w); counts with np.not_equal(...).astype(float)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    prev_0 = np.zeros_like(synapse_0)
    prev_1 = np.zeros_like(synapse_1)
    dir_0 = np.zeros_like(synapse_0)
    dir_1 = np.zeros_like(synapse_1)
    for j in range(60000):
        layer_1 = sigmoid(np.matmul(X, synapse_0))
        layer_2 = sigmoid(np.matmul(layer_1, synapse_1))
        layer_2_error = np.subtract(y, layer_2)
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = np.multiply(layer_2_error, layer_2 * (1 - layer_2))
        layer_1_delta = np.multiply(np.matmul(layer_2_delta, synapse_1.T), layer_1 * (1 - layer_1))
        upd_1 = np.matmul(layer_1.T, layer_2_delta)
        upd_0 = np.matmul(X.T, layer_1_delta)
        if j > 0:
            dir_0 += np.not_equal(upd_0 > 0, prev_0 > 0).astype(float)
            dir_1 += np.not_equal(upd_1 > 0, prev_1 > 0).astype(float)
        np.add(synapse_1, alpha * upd_1, out=synapse_1)
        np.add(synapse_0, alpha * upd_0, out=synapse_0)
        prev_0, prev_1 = upd_0, upd_1
    print("Synapse 0")
    print(synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(dir_0)
    print("Synapse 1")
    print(synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(dir_1)
