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
lr = 0.01
shift_1 = 0.9
shift_2 = 0.999
eps = 1e-8

np.random.seed(1)
W_in = 2*np.random.random((3,4)) - 1
W_out = 2*np.random.random((4,1)) - 1
W_in_m = np.zeros_like(W_in)
W_out_m = np.zeros_like(W_out)
W_in_v = np.zeros_like(W_in)
W_out_v = np.zeros_like(W_out)

for j in range(10000):
    inputs = X
    hidden = squash(np.dot(inputs,W_in))
    output = squash(np.dot(hidden,W_out))
    output_error = output - y

    if (j% 1000) == 0:
        print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(output_error))))

    output_delta = output_error*slope(output)
    hidden_error = output_delta.dot(W_out.T)
    hidden_delta = hidden_error * slope(hidden)
    W_out_gradient = hidden.T.dot(output_delta)
    W_in_gradient = inputs.T.dot(hidden_delta)

    W_out_m = shift_1 * W_out_m + (1 - shift_1) * W_out_gradient
    W_in_m = shift_1 * W_in_m + (1 - shift_1) * W_in_gradient
    W_out_v = shift_2 * W_out_v + (1 - shift_2) * W_out_gradient**2
    W_in_v = shift_2 * W_in_v + (1 - shift_2) * W_in_gradient**2
    t = j + 1
    W_out_m_hat = W_out_m / (1 - shift_1**t)
    W_in_m_hat = W_in_m / (1 - shift_1**t)
    W_out_v_hat = W_out_v / (1 - shift_2**t)
    W_in_v_hat = W_in_v / (1 - shift_2**t)

    W_out -= lr * W_out_m_hat / (np.sqrt(W_out_v_hat) + eps)
    W_in -= lr * W_in_m_hat / (np.sqrt(W_in_v_hat) + eps)

print("Output After Training:")
print(output)
