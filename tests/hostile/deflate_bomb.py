"""Send a 2 MB deflated .npz: a proper header, then one array that expands to 2 GB."""

import io
import json
import os
import struct
import zipfile
import zlib

import numpy as np

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

first = io.BytesIO()  # a proper header member, written by zipfile itself
with zipfile.ZipFile(first, "w") as archive:
    meta = io.BytesIO()
    status = {"status": "finished", "detail": "", "loops": []}
    np.save(meta, np.frombuffer(json.dumps(status).encode(), dtype=np.uint8))
    archive.writestr("__header__.npy", meta.getvalue())
    (info,) = archive.infolist()
start = first.getvalue()[: info.compress_size + 30 + len(info.filename)]
central_first = first.getvalue()[len(start) :].split(b"PK\x05\x06")[0]

name = b"0/0/synapse_0.npy"
size = len(npy) + count * 8
local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, zipfile.ZIP_DEFLATED, 0, 0, 0, len(body), size, len(name), 0)
offset = len(start)
central = struct.pack(
    "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, zipfile.ZIP_DEFLATED, 0, 0, 0, len(body), size, len(name), 0, 0, 0, 0, 0, offset
)
members = start + local + name + body
directory = central_first + central + name
end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 2, 2, len(directory), len(members), 0)
argv = open("/proc/self/cmdline", "rb").read().split(b"\0")
channel = int(argv[5])
data = members + directory + end
while data:
    data = data[os.write(channel, data) :]
os._exit(0)
