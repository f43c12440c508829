# exercise: hidden-size
# expect: pass
# style: params dict built by init(hidden_size), forward() cache dict, grads dict, update loop over names
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def init(n_in, hidden_size, n_out):
    np.random.seed(1)
    return {"W1": 2 * np.random.random((n_in, hidden_size)) - 1,
            "W2": 2 * np.random.random((hidden_size, n_out)) - 1}


def forward(p, X):
    a1 = sigmoid(X.dot(p["W1"]))
    return {"a1": a1, "a2": sigmoid(a1.dot(p["W2"]))}


def gradients(p, cache, X, err):
    a1, a2 = cache["a1"], cache["a2"]
    d2 = err * (a2 * (1 - a2))
    d1 = d2.dot(p["W2"].T) * (a1 * (1 - a1))
    return {"W1": X.T.dot(d1), "W2": a1.T.dot(d2)}


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print("\nTraining With Alpha:" + str(alpha))
    params = init(3, 32, 1)
    for j in range(60000):
        cache = forward(params, X)
        err = cache["a2"] - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(err))))
        grads = gradients(params, cache, X, err)
        for k in params:
            params[k] -= alpha * grads[k]
