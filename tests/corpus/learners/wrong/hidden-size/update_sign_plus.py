# exercise: hidden-size
# expect: fail
# blame: update
# bug: the error is layer_2 - y but both updates are added (+=), so gradient ascent instead of descent
import numpy as np

alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
hiddenSize = 32

sigmoid = lambda x: 1/(1+np.exp(-x))
sigmoid_output_to_derivative = lambda o: o*(1-o)

X = np.array([[0,0,1],[0,1,1],[1,0,1],[1,1,1]])
y = np.array([[0],[1],[1],[0]])

for alpha in alphas:
    print("\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2*np.random.random((3,hiddenSize)) - 1
    synapse_1 = 2*np.random.random((hiddenSize,1)) - 1
    for j in range(60000):
        layer_1 = sigmoid(X.dot(synapse_0))
        layer_2 = sigmoid(layer_1.dot(synapse_1))
        layer_2_error = layer_2 - y
        if not j % 10000:
            print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error*sigmoid_output_to_derivative(layer_2)
        layer_1_delta = layer_2_delta.dot(synapse_1.T) * sigmoid_output_to_derivative(layer_1)
        synapse_1 += alpha * (layer_1.T.dot(layer_2_delta))
        synapse_0 += alpha * (X.T.dot(layer_1_delta))
