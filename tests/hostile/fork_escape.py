"""Fork, start a new session, fork again: the grandchild escapes the process group and lives on."""

import os
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(10**6)  # not a loop: nothing of the runner's instrumentation ends it
    os._exit(0)
