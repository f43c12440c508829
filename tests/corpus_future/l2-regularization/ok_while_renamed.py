# expect: pass
import numpy as np
def squash(x):
    output = 1/(1+np.exp(-x))
    return output
def slope(output):
    return output*(1-output)
X = np.array([[1,1],
              [1,2],
              [2,1],
              [2,2]])

y = np.array([[0],
              [1],
              [1],
              [0]])

lr = 1
n_hidden = 4
reg_lambda = 0.001

np.random.seed(1)
W_in = 2*np.random.random((2,n_hidden)) - 1
W_out = 2*np.random.random((n_hidden,1)) - 1
b_hidden = np.zeros((1,n_hidden))
b_out = np.zeros((1,1))

j = 0
while j < 10000:
    inputs = X
    hidden = squash(np.dot(inputs,W_in) + b_hidden)
    output = squash(np.dot(hidden,W_out) + b_out)
    output_error = output - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(output_error))))

    output_delta = output_error*slope(output)
    hidden_error = output_delta.dot(W_out.T)
    hidden_delta = hidden_error * slope(hidden)
    W_out -= lr * (hidden.T.dot(output_delta) + reg_lambda * W_out)
    W_in -= lr * (inputs.T.dot(hidden_delta) + reg_lambda * W_in)
    b_out -= lr * np.sum(output_delta, axis=0, keepdims=True)
    b_hidden -= lr * np.sum(hidden_delta, axis=0, keepdims=True)
    j += 1

print("Output After Training:")
print(output)
