# exercise: direction-changes
# expect: pass
# style: chatty: prints the initial weights, progress lines, the final predictions and a total flip count per run
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_output_to_derivative(output):
    return output * (1 - output)


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    print("[debug] initial synapse_1:", synapse_1.ravel())
    prev_0 = np.zeros_like(synapse_0)
    prev_1 = np.zeros_like(synapse_1)
    count_0 = np.zeros_like(synapse_0)
    count_1 = np.zeros_like(synapse_1)
    for j in range(60000):
        layer_0 = X
        layer_1 = sigmoid(np.dot(layer_0, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        layer_2_error = y - layer_2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(layer_2_error))))
            print("[debug] iter %d, max |error| %.5f" % (j, np.abs(layer_2_error).max()))
        layer_2_delta = layer_2_error * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        u1 = layer_1.T.dot(layer_2_delta)
        u0 = layer_0.T.dot(layer_1_delta)
        if j > 0:
            count_0 += np.abs(((u0 > 0) + 0) - ((prev_0 > 0) + 0))
            count_1 += np.abs(((u1 > 0) + 0) - ((prev_1 > 0) + 0))
        synapse_1 += alpha * u1
        synapse_0 += alpha * u0
        prev_0, prev_1 = u0, u1
    print("Synapse 0")
    print(synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(count_0)
    print("Synapse 1")
    print(synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(count_1)
    print("[debug] predictions:", layer_2.ravel())
    print("[debug] total flips:", int(count_0.sum() + count_1.sum()))
