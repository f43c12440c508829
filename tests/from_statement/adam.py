import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_slope(out):
    return out * (1 - out)


X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0], [1], [1], [0]])

alpha = 0.01
beta_1 = 0.9
beta_2 = 0.999
epsilon = 1e-8

np.random.seed(1)
synapse_0 = 2 * np.random.random((3, 4)) - 1
synapse_1 = 2 * np.random.random((4, 1)) - 1

weights = [synapse_0, synapse_1]
m = [np.zeros_like(w) for w in weights]
v = [np.zeros_like(w) for w in weights]

for j in range(10000):
    t = j + 1
    layer_0 = X
    layer_1 = sigmoid(layer_0.dot(synapse_0))
    layer_2 = sigmoid(layer_1.dot(synapse_1))

    layer_2_error = layer_2 - y
    if j % 1000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))

    layer_2_delta = layer_2_error * sigmoid_slope(layer_2)
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_slope(layer_1)

    grads = [layer_0.T.dot(layer_1_delta), layer_1.T.dot(layer_2_delta)]

    for i in range(2):
        m[i] = beta_1 * m[i] + (1 - beta_1) * grads[i]
        v[i] = beta_2 * v[i] + (1 - beta_2) * grads[i] ** 2
        m_hat = m[i] / (1 - beta_1**t)
        v_hat = v[i] / (1 - beta_2**t)
        weights[i] -= alpha * m_hat / (np.sqrt(v_hat) + epsilon)

print("Output After Training:")
print(layer_2)
