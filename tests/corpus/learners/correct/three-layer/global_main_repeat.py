# exercise: three-layer
# expect: pass
# style: module globals mutated inside train_once() via `global`, looped with itertools.repeat(None, 60000), `if __name__ == "__main__": main()`
# why: train_once rebinds the globals to new arrays (not in place) but computes both gradients from the same forward pass first; 60,000 repeats
import itertools
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
Y = np.array([[0, 1, 1, 0]]).T
synapse_0 = None
synapse_1 = None


def init():
    global synapse_0, synapse_1
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1


def train_once():
    global synapse_0, synapse_1
    l1 = 1 / (1 + np.exp(-np.dot(X, synapse_0)))
    l2 = 1 / (1 + np.exp(-np.dot(l1, synapse_1)))
    l2_delta = (l2 - Y) * (l2 * (1 - l2))
    l1_delta = np.dot(l2_delta, synapse_1.T) * (l1 * (1 - l1))
    synapse_1 = synapse_1 - 0.5 * np.dot(l1.T, l2_delta)
    synapse_0 = synapse_0 - 0.5 * np.dot(X.T, l1_delta)


def main():
    init()
    for _ in itertools.repeat(None, 60000):
        train_once()


if __name__ == "__main__":
    main()
