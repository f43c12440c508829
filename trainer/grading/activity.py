"""How much a run is doing: enough to tell a program that waits from a machine that is busy.

A program that sleeps, waits for input or blocks on a lock uses no CPU, and
neither does a program the scheduler never gets to; only the second is the
machine's fault. The kernel keeps both numbers per process in
/proc/<pid>/schedstat: time on a CPU, and time spent runnable but waiting
for one. Their sum grows with the wall clock while a program wants to run,
whatever the load; when it stops growing, the program is waiting by itself.
"""

from __future__ import annotations

import os
from pathlib import Path

PROC = Path("/proc")


def _in_session(stat: str, session: int) -> bool:
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[3]) == session  # fields after the name: state, ppid, pgrp, session


def _wanted_seconds(pid: str) -> float:
    """CPU time plus time waiting for a CPU, of every thread of `pid`."""
    total = 0
    for task in (PROC / pid / "task").iterdir():
        on_cpu, waiting, _slices = (task / "schedstat").read_text().split()
        total += int(on_cpu) + int(waiting)
    return total / 1e9


def wanted(session: int) -> float | None:
    """Seconds the processes of `session` have run or wanted to run; None where the kernel does not say."""
    if not (PROC / "self" / "schedstat").exists():
        return None
    total = 0.0
    for entry in os.scandir(PROC):
        if not entry.name.isdigit():
            continue
        try:
            if _in_session((PROC / entry.name / "stat").read_text(), session):
                total += _wanted_seconds(entry.name)
        except (OSError, ValueError, IndexError):
            continue  # it ended while we looked
    return total


class IdleClock:
    """Wall seconds a session spent waiting by itself (neither running nor queued to run)."""

    def __init__(self, session: int) -> None:
        self.session = session
        self.idle = 0.0
        self._last: float | None = None  # first read at the first tick: a short run never scans /proc

    def tick(self, elapsed: float) -> float:
        """After `elapsed` wall seconds: the idle seconds so far."""
        now = wanted(self.session)
        if now is not None and self._last is not None:
            active = max(0.0, now - self._last)  # a process that ended takes its seconds with it
            self.idle += max(0.0, elapsed - active)
        self._last = now
        return self.idle
