# exercise: direction-changes
# expect: pass
# style: np.set_printoptions(precision=12, suppress=True) so weights print with more digits; counts as int arrays
import numpy as np

np.set_printoptions(precision=12, suppress=True)
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
    last_up_0 = last_up_1 = None
    flips_0 = np.zeros(synapse_0.shape, dtype=np.int64)
    flips_1 = np.zeros(synapse_1.shape, dtype=np.int64)
    for j in range(60000):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = y - layer_2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        up_1 = layer_1.T.dot(layer_2_delta)
        up_0 = X.T.dot(layer_1_delta)
        if j > 0:
            flips_0 += ((up_0 > 0) != (last_up_0 > 0)).astype(np.int64)
            flips_1 += ((up_1 > 0) != (last_up_1 > 0)).astype(np.int64)
        synapse_1 += alpha * up_1
        synapse_0 += alpha * up_0
        last_up_0, last_up_1 = up_0, up_1
    print("Synapse 0")
    print(synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(flips_0)
    print("Synapse 1")
    print(synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(flips_1)
