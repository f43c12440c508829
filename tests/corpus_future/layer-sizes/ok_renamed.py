# expect: pass
import numpy as np
def squash(x):
    output = 1/(1+np.exp(-x))
    return output
def slope(output):
    return output*(1-output)
X = np.array([[0,0,0,1],
              [0,0,1,1],
              [0,1,0,1],
              [0,1,1,1],
              [1,0,0,1],
              [1,0,1,1],
              [1,1,0,1],
              [1,1,1,1]])

y = np.array([[0],
              [1],
              [1],
              [0],
              [1],
              [0],
              [0],
              [1]])

lr = 1
layer_sizes = [4, 8, 4, 1]

np.random.seed(1)
W_in = 2*np.random.random((layer_sizes[0],layer_sizes[1])) - 1
W_out = 2*np.random.random((layer_sizes[1],layer_sizes[2])) - 1
W_last = 2*np.random.random((layer_sizes[2],layer_sizes[3])) - 1

for j in range(10000):
    inputs = X
    hidden = squash(np.dot(inputs,W_in))
    output = squash(np.dot(hidden,W_out))
    final = squash(np.dot(output,W_last))
    final_error = final - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(final_error))))

    final_delta = final_error*slope(final)
    output_error = final_delta.dot(W_last.T)
    output_delta = output_error * slope(output)
    hidden_error = output_delta.dot(W_out.T)
    hidden_delta = hidden_error * slope(hidden)

    W_last -= lr * (output.T.dot(final_delta))
    W_out -= lr * (hidden.T.dot(output_delta))
    W_in -= lr * (inputs.T.dot(hidden_delta))

print("Output After Training:")
print(final)
