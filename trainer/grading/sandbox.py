"""Collect a run's trace: what it sends on its channel, how it ended.

A run is started by `launch.py`. Its results stream back on a private pipe and
are parsed with fixed caps (`channel`); all comparisons happen in the grading
process, which may stop the run as soon as it has seen a difference.

Time is CPU time, not wall time: a busy machine slows a program down without
making it wrong. The wall clock only guards against a program that is not
running at all; if it runs out while the program has used less than its CPU
allowance, the run is `NotGraded` (try again), never a failure. A program
that waits by itself (sleeps, reads input, blocks on a lock) is told apart
from one the machine is too busy to run (`activity.py`) and stopped sooner.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from trainer.basics.errors import RebuildError
from trainer.grading import confine
from trainer.grading.activity import IdleClock
from trainer.grading.channel import END, ChannelError, FrameReader, Trace
from trainer.grading.launch import RUNNER, IsolationError, Limits, Started, launch

__all__ = ["RUNNER", "IsolationError", "Limits", "NotGraded", "OnFrame", "collect", "run_program", "run_window"]

WALL_FACTOR = 10  # wall-clock guard: this many times the CPU allowance, plus a minute
WALL_SLACK = 60.0
IDLE_SLACK = 10.0  # waiting by itself (sleep, input, a lock) for its CPU allowance and this long: stopped
POLL = 0.5  # seconds between looks at whether the run is doing anything

Guard = Literal["wall", "idle"] | None

OnFrame = Callable[[Trace, dict[str, Any]], bool]  # True: stop the run, a difference was found


class NotGraded(RebuildError):
    """The machine was too busy to finish the run within the wall-clock guard."""


def run_program(
    path: Path,
    cpu_seconds: float,
    limits: Limits,
    *,
    perturb: bool = False,
    probe: bool = False,
    probe_site: int | None = None,
    on_frame: OnFrame | None = None,
    raw: bytearray | None = None,
    zoom: tuple[int, int, int] | None = None,
) -> Trace:
    """Run `path` under the runner; `raw` collects the channel's bytes (for the cache);
    `zoom` (loop instance, first, last iteration) snapshots every iteration of that window."""
    with launch(path, cpu_seconds, limits, perturb=perturb, probe=probe, probe_site=probe_site, zoom=zoom) as started:
        return collect(started, on_frame, raw)


def run_window(
    path: Path,
    cpu_seconds: float,
    limits: Limits,
    zoom: tuple[int, int, int],
    *,
    perturb: bool = False,
    raw: bytearray | None = None,
) -> Trace:
    """Run `path` snapshotting every iteration of `zoom` (loop instance, first, last
    iteration), and stop it once the window is sent: what follows is not needed."""
    seq, _, last = zoom

    def sent(trace: Trace, frame: dict[str, Any]) -> bool:
        at = frame.get("at")
        ended = frame["kind"] == "leave" or at == END or (isinstance(at, int) and at >= last)
        return frame.get("seq") == seq and frame["kind"] != "enter" and ended

    return run_program(path, cpu_seconds, limits, perturb=perturb, on_frame=sent, raw=raw, zoom=zoom)


def collect(started: Started, on_frame: OnFrame | None = None, raw: bytearray | None = None) -> Trace:
    """The trace of a started run, read as it streams in; `on_frame` may stop the run early."""
    trace, stop, process, cpu = Trace(), threading.Event(), started.process, started.cpu
    reader = threading.Thread(
        target=_read, args=(started.take_channel(), trace, on_frame, stop, process, raw), daemon=True
    )
    reader.start()
    code, used, stopped_by = _wait(process, cpu * WALL_FACTOR + WALL_SLACK, cpu + IDLE_SLACK)
    started.end()
    reader.join(timeout=10)  # a process that escaped the group may hold the pipe open
    started.out.seek(0)
    trace.stdout = started.out.read(started.limits.output_mb * 1024 * 1024).decode("utf-8", errors="replace")
    if started.guard is not None and started.guard.full:
        trace.status = "output"
        trace.detail = f"it wrote more than {confine.SCRATCH_MB} MB or {confine.SCRATCH_FILES} files"
    trace.cpu = used
    if stopped_by == "wall" and used < cpu:
        raise NotGraded(
            f"Not graded: the machine was too busy to run {started.path.name} (it got {used:.1f} s of CPU in "
            f"{cpu * WALL_FACTOR + WALL_SLACK:.0f} s). Nothing was recorded; check it again when the machine is "
            "quieter, or give it longer with --timeout."
        )
    _settle(trace, code, stop.is_set(), stopped_by, cpu, started.limits)
    return trace


def _read(
    fd: int,
    trace: Trace,
    on_frame: OnFrame | None,
    stop: threading.Event,
    process: subprocess.Popen[bytes],
    raw: bytearray | None,
) -> None:
    reader = FrameReader(trace)
    with os.fdopen(fd, "rb", buffering=0) as pipe:
        while data := pipe.read(1 << 16):
            if stop.is_set():
                continue  # drain, so the program never blocks on a full pipe before it is killed
            try:
                frames = reader.feed(data)
            except ChannelError as error:
                trace.status, trace.detail = "crashed", f"its results came back damaged ({error})"
                stop.set()
                _kill_group(process)
                continue
            if raw is not None:
                raw += data
            if on_frame is not None and any(on_frame(trace, f) for f in frames):
                stop.set()
                _kill_group(process)


def _wait(process: subprocess.Popen[bytes], wall: float, idle_limit: float) -> tuple[int | None, float, Guard]:
    """(exit code, CPU seconds used, which guard stopped it: the wall clock, idleness, or none)."""
    done = threading.Event()
    result: list[Any] = []

    def reap() -> None:
        with contextlib.suppress(ChildProcessError):
            _, status, usage = os.wait4(process.pid, 0)
            result.extend([os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime])
        done.set()

    threading.Thread(target=reap, daemon=True).start()
    idle, start, ended = IdleClock(process.pid), time.monotonic(), False
    while not ended and (left := wall - (time.monotonic() - start)) > 0:
        before = time.monotonic()
        ended = done.wait(min(POLL, left))
        if not ended and idle.tick(time.monotonic() - before) > idle_limit:
            _kill_group(process)
            done.wait()
            process.returncode = result[0] if result else -1
            return None, result[1] if result else 0.0, "idle"
    if ended:
        process.returncode = result[0] if result else -1
        return (result[0], result[1], None) if result else (None, 0.0, None)
    used = _cpu_so_far(process.pid)
    _kill_group(process)
    done.wait()
    process.returncode = result[0] if result else -1
    return None, max(used, result[1] if result else 0.0), "wall"


def _cpu_so_far(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _settle(trace: Trace, code: int | None, stopped: bool, guard: Guard, cpu: int, limits: Limits) -> None:
    """How the run ended, when the runner could not say so itself."""
    if trace.status in ("crashed", "output"):
        return
    if stopped:
        trace.status = "stopped"
    elif guard == "idle":
        trace.status = "cpu"
        trace.detail = f"it waited more than {cpu + IDLE_SLACK:.0f} s without computing (a sleep, input() or a lock?)"
    elif guard == "wall" or code in (-signal.SIGXCPU, 128 + signal.SIGXCPU) or (code in (-9, 137) and trace.cpu >= cpu):
        trace.status, trace.detail = "cpu", f"it used more than {cpu} s of CPU time without finishing"
    elif code in (-signal.SIGXFSZ, 128 + signal.SIGXFSZ):
        trace.status, trace.detail = "output", f"it printed more than {limits.output_mb} MB"
    elif trace.status == "running":
        trace.status, trace.detail = "crashed", _crash_reason(code)


def _crash_reason(code: int | None) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        return f"it was killed by {name}" + (" (out of memory?)" if name in ("SIGKILL", "SIGSEGV") else "")
    return f"it ended (exit code {code}) before the grader could read its results"
