# exercise: alpha-sweep
# expect: pass
# style: while loops for both the alpha index and the iteration counter
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])

a = 0
while a < len(alphas):
    alpha = alphas[a]
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2*np.random.random((3,4)) - 1
    synapse_1 = 2*np.random.random((4,1)) - 1
    j = 0
    while j < 60000:
        layer_1 = 1/(1+np.exp(-np.dot(X, synapse_0)))
        layer_2 = 1/(1+np.exp(-np.dot(layer_1, synapse_1)))
        layer_2_error = layer_2 - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error*(layer_2*(1-layer_2))
        layer_1_delta = layer_2_delta.dot(synapse_1.T)*(layer_1*(1-layer_1))
        synapse_1 -= alpha*(layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha*(X.T.dot(layer_1_delta))
        j += 1
    a += 1
