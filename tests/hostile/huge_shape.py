"""Send a tiny .npz: a proper header, then an array that declares ten billion items."""

import io
import json
import os
import zipfile

import numpy as np

header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (10000000000,), }"
header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
npy = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + b"\0" * 64
meta = io.BytesIO()
np.save(meta, np.frombuffer(json.dumps({"status": "finished", "detail": "", "loops": []}).encode(), dtype=np.uint8))
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    archive.writestr("__header__.npy", meta.getvalue())
    archive.writestr("0/0/synapse_0.npy", npy)
argv = open("/proc/self/cmdline", "rb").read().split(b"\0")
os.write(int(argv[5]), buffer.getvalue())
os._exit(0)
