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
eps = 1e-5

np.random.seed(1)
W_in = 2*np.random.random((3,4)) - 1
W_out = 2*np.random.random((4,1)) - 1
scale = np.ones((1,4))
shift = np.zeros((1,4))

for j in range(10000):
    inputs = X
    hidden_input = np.dot(inputs,W_in)
    hidden_mean = np.mean(hidden_input, axis=0, keepdims=True)
    hidden_var = np.var(hidden_input, axis=0, keepdims=True)
    hidden_norm = (hidden_input - hidden_mean) / np.sqrt(hidden_var + eps)
    hidden = squash(scale * hidden_norm + shift)
    output = squash(np.dot(hidden,W_out))
    output_error = output - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(output_error))))

    output_delta = output_error*slope(output)
    hidden_error = output_delta.dot(W_out.T)
    hidden_delta = hidden_error * slope(hidden)
    hidden_norm_delta = hidden_delta * scale
    hidden_input_delta = (hidden_norm_delta - np.mean(hidden_norm_delta, axis=0, keepdims=True)
        - hidden_norm * np.mean(hidden_norm_delta * hidden_norm, axis=0, keepdims=True)) / np.sqrt(hidden_var + eps)

    W_out -= lr * (hidden.T.dot(output_delta))
    scale -= lr * np.sum(hidden_delta * hidden_norm, axis=0, keepdims=True)
    shift -= lr * np.sum(hidden_delta, axis=0, keepdims=True)
    W_in -= lr * (inputs.T.dot(hidden_input_delta))

print("Output After Training:")
print(output)
