# exercise: sigmoid
# expect: pass
# style: type hints and long docstrings, functions only, nothing printed
from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def sigmoid(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Squash every element of ``x`` into (0, 1).

    sigma(x) = 1 / (1 + e^(-x))
    """
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_output_to_derivative(output: NDArray[np.float64]) -> NDArray[np.float64]:
    """Slope of the sigmoid, expressed through its *output* s: s * (1 - s)."""
    return output * (1.0 - output)
