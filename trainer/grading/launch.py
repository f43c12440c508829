"""Start a program under the runner: its own process, limited and confined.

The program never runs inside the grader: `python -I`, its own session (so
every process it starts is killed with it), stdin from /dev/null, one BLAS
thread, capped memory, output and CPU time, a home of its own, and the
confinement of `confine.py` (Landlock, namespaces, seccomp, as the kernel
allows). What it sends back is read by `sandbox.py`.

Only the standard library is imported here: `rebuild check` starts the
learner's program first and loads numpy and the comparison while it starts,
which on a sub-second program is a third of the time to a verdict.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from trainer.basics.errors import RebuildError
from trainer.grading import confine

RUNNER = Path(__file__).with_name("runner.py")
# Not passed to the learner's program: Python's own settings, and where
# rebuild keeps the learner's progress.
HIDDEN_ENV = ("PYTHON", "REBUILD", "XDG_")
ONE_THREAD = {
    name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
}
MEMORY_MB = 1024
OUTPUT_MB = 4


class IsolationError(RebuildError):
    """Not even the weakest confinement could be applied, or the grants would expose the
    progress or the references: the program is not run at all."""


@dataclass(frozen=True)
class Limits:
    timeout: float | None = None  # CPU seconds; None: a multiple of the reference's own run
    memory_mb: int = MEMORY_MB
    output_mb: int = OUTPUT_MB


@dataclass
class Started:
    """A run under way: its process, the read end of its result channel, where its output goes.
    The runner waits for its `order` (numpy loads meanwhile): until then it runs nothing."""

    path: Path
    process: subprocess.Popen[bytes]
    confined: confine.Confinement
    channel: int  # the read end of the result pipe; -1 once a reader owns it
    out: IO[bytes]
    limits: Limits
    guard: confine.ScratchGuard | None  # where no tmpfs bounds the scratch folder
    orders: int  # the write end of the orders pipe; -1 once they are sent
    cpu: int = 0  # whole CPU seconds allowed, once ordered

    def order(
        self,
        cpu_seconds: float,
        *,
        perturb: bool,
        probe: bool,
        probe_site: int | None = None,
        zoom: tuple[int, int, int] | None = None,
    ) -> None:
        """Run the program with this much CPU. `probe`: call its functions after it ends;
        `probe_site`: instead, when that loop site is first entered, then end; `zoom`
        (loop instance, first, last iteration): snapshot every iteration of that window too."""
        self.cpu = max(1, int(cpu_seconds + 0.999))
        words = [str(self.cpu), "1" if perturb else "0"]
        words += [f"site:{probe_site}" if probe_site is not None else ("1" if probe else "0")]
        words += ["--zoom={}:{}:{}".format(*zoom)] if zoom is not None else []
        fd, self.orders = self.orders, -1
        with contextlib.suppress(OSError):  # a runner already gone is seen when its run is collected
            os.write(fd, " ".join(words).encode())
        os.close(fd)

    def end(self) -> None:
        """Stop the run and everything it started (again: a no-op)."""
        if self.orders >= 0:
            os.close(self.orders)  # no orders: the runner leaves without running anything
            self.orders = -1
        confine.end(self.process, self.confined)
        if self.guard is not None:
            self.guard.stop()

    def take_channel(self) -> int:
        fd, self.channel = self.channel, -1
        return fd


@contextlib.contextmanager
def prepare(path: Path, limits: Limits) -> Iterator[Started]:
    """The runner started on `path`, confined and waiting for its `order`; ended, whatever
    happens, when the block is left."""
    path = path.resolve()
    read_fd, write_fd = os.pipe()
    orders_read, orders_write = os.pipe()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(HIDDEN_ENV)}, **ONE_THREAD}
    runner = compiled_runner()
    args = [sys.executable, "-I", str(runner), str(path), str(write_fd), str(limits.memory_mb)]
    args += [str(limits.output_mb), str(orders_read)]
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryDirectory(prefix="rebuild-run-", ignore_cleanup_errors=True) as home,
    ):
        env.update(HOME=home, TMPDIR=home)  # a home of its own, not the one holding the learner's progress
        try:
            process, confined = _spawn(args, out, (write_fd, orders_read), env, path, runner, Path(home))
        except BaseException:
            os.close(read_fd)
            os.close(orders_write)
            raise
        os.close(write_fd)
        os.close(orders_read)
        guard = None if confined.layers.namespaces else confine.ScratchGuard(Path(home), process)
        started = Started(path, process, confined, read_fd, out, limits, guard, orders_write)
        try:
            yield started
        finally:
            started.end()
            if started.channel >= 0:
                os.close(started.take_channel())


@contextlib.contextmanager
def launch(
    path: Path,
    cpu_seconds: float,
    limits: Limits,
    *,
    perturb: bool,
    probe: bool,
    probe_site: int | None = None,
    zoom: tuple[int, int, int] | None = None,
) -> Iterator[Started]:
    """`path` running under the runner, as `Started.order` says; ended when the block is left."""
    with prepare(path, limits) as started:
        started.order(cpu_seconds, perturb=perturb, probe=probe, probe_site=probe_site, zoom=zoom)
        yield started


def compiled_runner() -> Path:
    """The runner's bytecode where Python cached it and it is current (its header names
    the source's size and time, as an import checks), else its source: compiling it
    is a few hundredths of a second of every run."""
    import importlib.util

    try:
        cached = Path(importlib.util.cache_from_source(str(RUNNER)))
        with cached.open("rb") as pyc:
            header = pyc.read(16)
        source = RUNNER.stat()
    except (OSError, NotImplementedError, ValueError):
        return RUNNER
    magic, flags = header[:4], int.from_bytes(header[4:8], "little")
    stamp, size = int.from_bytes(header[8:12], "little"), int.from_bytes(header[12:16], "little")
    current = stamp == int(source.st_mtime) & 0xFFFFFFFF and size == source.st_size & 0xFFFFFFFF
    return cached if magic == importlib.util.MAGIC_NUMBER and flags == 0 and current else RUNNER


def _spawn(
    args: list[str], out: IO[bytes], fds: tuple[int, int], env: dict[str, str], path: Path, runner: Path, home: Path
) -> tuple[subprocess.Popen[bytes], confine.Confinement]:
    """The runner, confined as strongly as the kernel allows (`confine.py`)."""

    def start(confined: confine.Confinement) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.DEVNULL,
            pass_fds=fds,
            start_new_session=True,
            env=env,
            cwd=home,
            preexec_fn=confined,
        )

    try:
        return confine.spawn(start, path, runner, home)
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:
        for fd in fds:
            os.close(fd)
        raise IsolationError(
            f"Could not confine the run of {path.name} ({error}). Nothing was graded; "
            "`rebuild doctor` shows the isolation this machine offers."
        ) from None
