import numpy as np

inputs = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
targets = np.array([[0], [0], [1], [1]])

np.random.seed(1)
weights = np.random.random((2, 1)) * 2 - 1

for _ in range(10000):
    prediction = 1 / (1 + np.exp(-(inputs @ weights)))
    shortfall = targets - prediction  # pointing towards the targets, so the step is added
    signal = shortfall * (prediction * (1 - prediction))
    weights += inputs.T @ signal

print("Output After Training:")
print(prediction)
