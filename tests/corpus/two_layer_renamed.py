import numpy as np
data = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
labels = np.array([[0], [0], [1], [1]])
np.random.seed(1)
weights = 2 * np.random.random((2, 1)) - 1
for step in range(10000):
    prediction = 1 / (1 + np.exp(-(data @ weights)))
    gradient = data.T @ ((prediction - labels) * prediction * (1 - prediction))
    weights = weights - gradient
print("Output After Training:")
print(prediction)
