"""Flood the result channel with 1.5 GB."""

argv = open("/proc/self/cmdline", "rb").read().split(b"\0")
with open(int(argv[5]), "wb", closefd=False) as channel:
    block = b"\0" * (1 << 20)
    for _ in range(1536):
        channel.write(block)
