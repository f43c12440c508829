# expect: pass
import numpy as np
def squash(x):
    output = 1/(1+np.exp(-x))
    return output
def slope(output):
    return output*(1-output)

X = np.array([[0,0,1],
              [0,1,1],
              [1,0,1],
              [1,1,1]])

y = np.array([[0],
              [1],
              [1],
              [0]])

lr = 0.5
n_hidden = 16
dropout_percent = 0.2

np.random.seed(1)
W_in = 2*np.random.random((3,n_hidden)) - 1
W_out = 2*np.random.random((n_hidden,1)) - 1

j = 0
while j < 10000:
    inputs = X
    hidden = squash(np.dot(inputs,W_in))
    keep = np.random.binomial(1, 1-dropout_percent, size=(len(X),n_hidden)) * (1.0/(1-dropout_percent))
    hidden_dropped = hidden * keep
    output = squash(np.dot(hidden_dropped,W_out))
    output_error = output - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(output_error))))

    output_delta = output_error*slope(output)
    hidden_error = output_delta.dot(W_out.T) * keep
    hidden_delta = hidden_error * slope(hidden)

    W_out -= lr * (hidden_dropped.T.dot(output_delta))
    W_in -= lr * (inputs.T.dot(hidden_delta))
    j += 1

print("Output After Training:")
print(output)
