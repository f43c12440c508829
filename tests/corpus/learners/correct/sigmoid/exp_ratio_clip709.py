# exercise: sigmoid
# expect: pass
# style: sigmoid as exp(x)/(1+exp(x)) guarded with np.clip at +-709 (the float64 exp overflow edge); one print call per item with sep/end
# why: the clip only acts for |x| > 709, outside every input the task or the README's probes (|x| <= 700) use; exp(x)/(1+exp(x)) equals 1/(1+exp(-x)) up to last-bit rounding
import numpy as np


def squash(x):
    z = np.clip(x, -709.0, 709.0)
    e = np.exp(z)
    return e / (1.0 + e)


def slope(sq):
    return sq - sq * sq   # = sq*(1-sq), from the output only


x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
sq = squash(x)
print("Sigmoid:", sep="", end="\n")
print(sq, sep="", end="\n")
print("Derivative:", sep="", end="\n")
print(slope(sq), sep="", end="\n")
