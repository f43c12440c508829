# expect: pass
import numpy as np
def squash(x):
    output = 1/(1+np.exp(-x))
    return output
def slope(output):
    return output*(1-output)
np.random.seed(1)
points = 2*np.random.random((64,2)) - 1
X = np.hstack([points, np.ones((64,1))])
y = (points[:,0:1]*points[:,1:2] > 0)*1

lr = 4
n_hidden = 8
bs = 16
W_in = 2*np.random.random((3,n_hidden)) - 1
W_out = 2*np.random.random((n_hidden,1)) - 1

epoch = 0
while epoch < 5000:

    if (epoch% 1000) == 0:
        all_output = squash(np.dot(squash(np.dot(X,W_in)),W_out))
        print("Error after "+str(epoch)+" epochs:" + str(np.mean(np.abs(all_output - y))))
    perm = np.random.permutation(len(X))

    for start in range(0, len(X), bs):
        batch = perm[start:start+bs]
        inputs = X[batch]
        hidden = squash(np.dot(inputs,W_in))
        output = squash(np.dot(hidden,W_out))

        output_error = output - y[batch]
        output_delta = output_error*slope(output)
        hidden_error = output_delta.dot(W_out.T)
        hidden_delta = hidden_error * slope(hidden)
        W_out -= lr * (hidden.T.dot(output_delta)) / bs
        W_in -= lr * (inputs.T.dot(hidden_delta)) / bs
    epoch += 1

print("Output After Training:")
print(squash(np.dot(squash(np.dot(X,W_in)),W_out)))
