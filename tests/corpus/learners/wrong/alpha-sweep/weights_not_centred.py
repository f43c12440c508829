# exercise: alpha-sweep
# expect: fail
# blame: init
# bug: weights drawn with np.random.random(...) in [0,1) instead of 2*np.random.random(...)-1 (mean 0)
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]

def sigmoid(x):
    return 1/(1+np.exp(-x))

def sigmoid_output_to_derivative(output):
    return output*(1-output)

X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])

for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = np.random.random((3,4))
    synapse_1 = np.random.random((4,1))
    for j in range(60000):
        layer_1 = sigmoid(np.dot(X,synapse_0))
        layer_2 = sigmoid(np.dot(layer_1,synapse_1))
        layer_2_error = layer_2 - y
        if (j % 10000) == 0:
            print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        synapse_1 -= alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 -= alpha * (X.T.dot(layer_1_delta))
