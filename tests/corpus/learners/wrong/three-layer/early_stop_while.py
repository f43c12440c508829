# exercise: three-layer
# expect: fail
# blame: loop
# bug: trains "until good enough" (while error > 0.01) instead of exactly 60,000 iterations, so it stops early
import numpy as np

def main():
    X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
    y = np.array([[0,1,1,0]]).T
    alpha, hidden_dim = 0.5, 4
    np.random.seed(1)
    synapse_0 = 2*np.random.random((3,hidden_dim)) - 1
    synapse_1 = 2*np.random.random((hidden_dim,1)) - 1
    err, j = 1.0, 0
    while err > 0.01 and j < 60000:
        layer_1 = 1/(1+np.exp(-(X.dot(synapse_0))))
        layer_2 = 1/(1+np.exp(-(layer_1.dot(synapse_1))))
        err = np.mean(np.abs(layer_2 - y))
        layer_2_delta = (layer_2 - y)*(layer_2*(1-layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1*(1-layer_1))
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
        j += 1
    return synapse_0, synapse_1

if __name__ == "__main__":
    synapse_0, synapse_1 = main()
