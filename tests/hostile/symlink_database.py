"""Reach the progress database through a symbolic link made in the program's own, writable home."""

import os

environ = open(f"/proc/{os.getppid()}/environ", "rb").read().split(b"\0")
home = next(v.split(b"=", 1)[1].decode() for v in environ if v.startswith(b"REBUILD_HOME="))
link = os.path.join(os.environ["HOME"], "db")
os.symlink(f"{home}/rebuild.db", link)
with open(link, "r+b") as f:
    f.write(b"\0" * 4096)
