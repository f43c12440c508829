import numpy as np


def act(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def main():
    inputs = np.array([[0.0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
    targets = np.array([[0.0], [1], [1], [0]])
    lr, width = 0.5, 4
    rng = np.random.RandomState(1)
    w_in = 2 * rng.random_sample((3, width)) - 1
    w_out = 2 * rng.random_sample((width, 1)) - 1
    for _ in range(60000):
        hidden = act(inputs @ w_in)
        out = act(hidden @ w_out)
        d_out = (targets - out) * out * (1 - out)
        d_hidden = (d_out @ w_out.T) * hidden * (1 - hidden)
        step_out = lr * hidden.T @ d_out
        step_in = lr * inputs.T @ d_hidden
        w_out = w_out + step_out
        w_in = w_in + step_in
    return w_in, w_out


if __name__ == "__main__":
    main()
