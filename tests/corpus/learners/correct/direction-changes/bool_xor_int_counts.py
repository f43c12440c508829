# exercise: direction-changes
# expect: pass
# style: integer counters, sign changes counted with boolean XOR (^) of (update > 0); prev stored as booleans
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    syn0 = 2 * np.random.random((3, 4)) - 1
    syn1 = 2 * np.random.random((4, 1)) - 1
    changes0 = np.zeros((3, 4), dtype=int)
    changes1 = np.zeros((4, 1), dtype=int)
    prev_pos0 = prev_pos1 = None

    for j in range(60000):
        l1 = sigmoid(X.dot(syn0))
        l2 = sigmoid(l1.dot(syn1))
        l2_error = y - l2
        if j % 10000 == 0:
            print("Error:" + str(np.mean(np.abs(l2_error))))
        l2_delta = l2_error * (l2 * (1 - l2))
        l1_delta = l2_delta.dot(syn1.T) * (l1 * (1 - l1))
        upd1 = l1.T.dot(l2_delta)
        upd0 = X.T.dot(l1_delta)
        pos0, pos1 = upd0 > 0, upd1 > 0
        if prev_pos0 is not None:
            changes0 += pos0 ^ prev_pos0
            changes1 += pos1 ^ prev_pos1
        prev_pos0, prev_pos1 = pos0, pos1
        syn1 += alpha * upd1
        syn0 += alpha * upd0

    print("Synapse 0")
    print(syn0)
    print("Synapse 0 Update Direction Changes")
    print(changes0)
    print("Synapse 1")
    print(syn1)
    print("Synapse 1 Update Direction Changes")
    print(changes1)
