import numpy as np


def squash(z):
    return 1.0 / (1.0 + np.exp(-z))


def slope_from_squashed(s):
    return s * (1.0 - s)


points = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
activations = squash(points)
print("Sigmoid:")
print(activations)
print("Derivative:")
print(slope_from_squashed(activations))
