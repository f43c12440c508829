"""Connect to a TCP port on this machine (the test listens on it)."""

import socket

PORT = 0  # the test writes its port here
socket.create_connection(("127.0.0.1", PORT), timeout=2).sendall(b"escaped")
