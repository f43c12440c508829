# exercise: direction-changes
# expect: pass
# style: prints every weight with repr(float(w)) (full precision) and counts as plain ints, one matrix row per line
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def dump(name, matrix, as_int=False):
    print(name)
    for row in matrix:
        if as_int:
            print("  ".join(str(int(v)) for v in row))
        else:
            print("  ".join(repr(float(v)) for v in row))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    prev_0 = np.zeros_like(synapse_0)
    prev_1 = np.zeros_like(synapse_1)
    count_0 = np.zeros_like(synapse_0)
    count_1 = np.zeros_like(synapse_1)
    for j in range(60000):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = y - layer_2
        if j % 10000 == 0:
            print("Error:" + repr(float(np.mean(np.abs(layer_2_error)))))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        update_1 = layer_1.T.dot(layer_2_delta)
        update_0 = X.T.dot(layer_1_delta)
        if j > 0:
            count_0 += np.abs(((update_0 > 0) + 0) - ((prev_0 > 0) + 0))
            count_1 += np.abs(((update_1 > 0) + 0) - ((prev_1 > 0) + 0))
        synapse_1 += alpha * update_1
        synapse_0 += alpha * update_0
        prev_0, prev_1 = update_0, update_1
    dump("Synapse 0", synapse_0)
    dump("Synapse 0 Update Direction Changes", count_0, as_int=True)
    dump("Synapse 1", synapse_1)
    dump("Synapse 1 Update Direction Changes", count_1, as_int=True)
