"""Create 100,000 empty files: no single one is large, together they exhaust a file system's inodes."""

import os

for i in range(100_000):
    open(os.path.join(os.environ["HOME"], f"f{i}"), "w").close()
