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
lr = 100
delta_limit = 0.01

np.random.seed(1)
W_in = 2*np.random.random((3,4)) - 1
W_out = 2*np.random.random((4,1)) - 1

for j in range(10000):
    inputs = X
    hidden = squash(np.dot(inputs,W_in))
    output = squash(np.dot(hidden,W_out))
    output_error = output - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(output_error))))

    output_delta = output_error*slope(output)
    np.clip(output_delta, -delta_limit, delta_limit, out=output_delta)

    hidden_error = output_delta.dot(W_out.T)
    hidden_delta = hidden_error * slope(hidden)
    np.clip(hidden_delta, -delta_limit, delta_limit, out=hidden_delta)

    W_out -= lr * (hidden.T.dot(output_delta))
    W_in -= lr * (inputs.T.dot(hidden_delta))

print("Output After Training:")
print(output)
