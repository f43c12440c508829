# exercise: direction-changes
# expect: pass
# style: error written as layer_2 - y (descent convention) and the update defined as the negated gradient, then added
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
    prev_update_0 = np.zeros_like(synapse_0)
    prev_update_1 = np.zeros_like(synapse_1)
    count_0 = np.zeros_like(synapse_0)
    count_1 = np.zeros_like(synapse_1)
    for j in range(60000):
        layer_1 = sigmoid(np.dot(X, synapse_0))
        layer_2 = sigmoid(np.dot(layer_1, synapse_1))
        gradient_error = layer_2 - y
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(gradient_error))))
        layer_2_delta = gradient_error * sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        # the step we take is minus the gradient
        update_1 = -layer_1.T.dot(layer_2_delta)
        update_0 = -X.T.dot(layer_1_delta)
        if j > 0:
            count_0 += np.abs((update_0 > 0) * 1 - (prev_update_0 > 0) * 1)
            count_1 += np.abs((update_1 > 0) * 1 - (prev_update_1 > 0) * 1)
        synapse_1 += alpha * update_1
        synapse_0 += alpha * update_0
        prev_update_0, prev_update_1 = update_0, update_1
    print("Synapse 0")
    print(synapse_0)
    print("Synapse 0 Update Direction Changes")
    print(count_0)
    print("Synapse 1")
    print(synapse_1)
    print("Synapse 1 Update Direction Changes")
    print(count_1)
