# exercise: direction-changes
# expect: pass
# style: main() + train(alpha) that returns (synapse_0, count_0, synapse_1, count_1) right after the loop; @ operator
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(alpha, iterations=60000):
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    count_0 = np.zeros_like(synapse_0)
    count_1 = np.zeros_like(synapse_1)
    prev_0 = prev_1 = None
    for j in range(iterations):
        layer_1 = sigmoid(X @ synapse_0)
        layer_2 = sigmoid(layer_1 @ synapse_1)
        error = y - layer_2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(error))))
        delta_2 = error * (layer_2 * (1 - layer_2))
        delta_1 = (delta_2 @ synapse_1.T) * (layer_1 * (1 - layer_1))
        update_1 = layer_1.T @ delta_2
        update_0 = X.T @ delta_1
        if prev_0 is not None:
            count_0 += np.not_equal(np.greater(update_0, 0), np.greater(prev_0, 0))
            count_1 += np.not_equal(np.greater(update_1, 0), np.greater(prev_1, 0))
        synapse_1 += alpha * update_1
        synapse_0 += alpha * update_0
        prev_0, prev_1 = update_0, update_1
    return synapse_0, count_0, synapse_1, count_1


def main():
    for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
        print("\nTraining With Alpha:" + str(alpha))
        synapse_0, count_0, synapse_1, count_1 = train(alpha)
        print("Synapse 0")
        print(synapse_0)
        print("Synapse 0 Update Direction Changes")
        print(count_0)
        print("Synapse 1")
        print(synapse_1)
        print("Synapse 1 Update Direction Changes")
        print(count_1)


if __name__ == "__main__":
    main()
