# exercise: direction-changes
# expect: pass
# style: sigmoid as np.exp(x)/(1+np.exp(x)) (no overflow here: |x| stays well below 709)
# note: chaotic drift expected (the exp-ratio form rounds differently; alpha 100/1000 amplify it)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return np.exp(x) / (1 + np.exp(x))


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
            print("Error:" + str(np.mean(np.abs(layer_2_error))))
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
    print("Synapse 0")
    print(synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(count_0)
    print("Synapse 1")
    print(synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(count_1)
