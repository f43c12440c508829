# exercise: two-layer
# expect: pass
# style: np.random.rand(2, 1) for the draw; a closure-made `step` function that mutates the weights captured from its enclosing scope; `if __name__ == "__main__": main()`
# why: np.random.rand(2,1) draws from the same legacy stream as np.random.random((2,1)) (same numbers); the closure holds the one weight array and subtracts the full gradient each call; main prints the output the last step computed before updating
import numpy as np


def make_trainer(X, y, w):
    def step():
        out = 1 / (1 + np.exp(-X.dot(w)))
        w[...] = w - X.T.dot((out - y) * out * (1 - out))
        return out
    return step


def main():
    X = np.array([[0, 1], [0, 1], [1, 0], [1, 0]])
    y = np.array([[0, 0, 1, 1]]).T
    np.random.seed(1)
    w = 2 * np.random.rand(2, 1) - 1
    step = make_trainer(X, y, w)
    out = None
    for _ in range(10000):
        out = step()
    print("Output After Training:")
    print(out)


if __name__ == "__main__":
    main()
