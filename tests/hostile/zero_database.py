"""Overwrite the progress database and every backup of it with zeros."""

import os

environ = open(f"/proc/{os.getppid()}/environ", "rb").read().split(b"\0")
home = next(v.split(b"=", 1)[1].decode() for v in environ if v.startswith(b"REBUILD_HOME="))
targets = [f"{home}/rebuild.db"] + [f"{home}/backups/{n}" for n in os.listdir(f"{home}/backups")]
for path in targets:
    size = os.path.getsize(path)
    with open(path, "r+b") as f:
        f.write(b"\0" * size)
