# exercise: direction-changes
# expect: pass
# style: records the (update > 0) mask of every iteration, then counts flips afterwards with np.diff over the history
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])
ITER = 60000


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    positive_0 = np.empty((ITER, 3, 4), dtype=np.int8)
    positive_1 = np.empty((ITER, 4, 1), dtype=np.int8)
    for j in range(ITER):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = y - layer_2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * (layer_2 * (1 - layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1_weight_update = layer_1.T.dot(layer_2_delta)
        synapse_0_weight_update = X.T.dot(layer_1_delta)
        positive_0[j] = synapse_0_weight_update > 0
        positive_1[j] = synapse_1_weight_update > 0
        synapse_1 += alpha * synapse_1_weight_update
        synapse_0 += alpha * synapse_0_weight_update
    changes_0 = np.abs(np.diff(positive_0, axis=0)).sum(axis=0)
    changes_1 = np.abs(np.diff(positive_1, axis=0)).sum(axis=0)
    print("Synapse 0")
    print(synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(changes_0)
    print("Synapse 1")
    print(synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(changes_1)
