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
lr = 0.1
mu = 0.9

np.random.seed(1)
W_in = 2*np.random.random((3,4)) - 1
W_out = 2*np.random.random((4,1)) - 1
W_in_velocity = np.zeros_like(W_in)
W_out_velocity = np.zeros_like(W_out)

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
    W_out_velocity = mu * W_out_velocity - lr * W_out_gradient
    W_in_velocity = mu * W_in_velocity - lr * W_in_gradient

    W_out += W_out_velocity
    W_in += W_in_velocity

print("Output After Training:")
print(output)
