# expect: pass
# style: np.array_split(order, 4) for the batches, forward()/gradients() helpers returning a dict, labels from np.sign, alpha/batch_size folded into one step size, main()
# why: array_split of 64 indices into 4 gives the same consecutive 16-index chunks as slicing; np.sign(x)==np.sign(y) is "same sign" (no coordinate is exactly 0); lr = alpha/batch_size times the summed slope is the average slope times alpha
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W, xb):
    h = sigmoid(xb @ W["s0"])
    return h, sigmoid(h @ W["s1"])


def gradients(W, xb, yb):
    h, out = forward(W, xb)
    d_out = (out - yb) * out * (1 - out)
    d_h = (d_out @ W["s1"].T) * h * (1 - h)
    return {"s1": h.T @ d_out, "s0": xb.T @ d_h}


def main():
    alpha, hidden_dim, batch_size, epochs = 4.0, 8, 16, 5000
    np.random.seed(1)
    pts = np.random.random((64, 2)) * 2 - 1
    X = np.concatenate([pts, np.ones((64, 1))], axis=1)
    y = (np.sign(pts[:, :1]) == np.sign(pts[:, 1:])).astype(int)
    W = {"s0": np.random.random((3, hidden_dim)) * 2 - 1,
         "s1": np.random.random((hidden_dim, 1)) * 2 - 1}
    n_batches = 64 // batch_size

    for epoch in range(epochs):
        if epoch % 1000 == 0:
            _, out = forward(W, X)
            print(f"Error after {epoch} epochs: {np.mean(np.abs(out - y)):.16g}")
        order = np.random.permutation(64)
        for idx in np.array_split(order, n_batches):
            g = gradients(W, X[idx], y[idx])
            for k in W:
                W[k] -= alpha * (g[k] / batch_size)

    print("Output After Training:")
    print(forward(W, X)[1])


if __name__ == "__main__":
    main()
