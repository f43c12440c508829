"""Run a program in a separate, limited process and collect its trace.

The program never runs inside the grader: `python -I`, its own session (so a
timeout kills every process it started), stdin from /dev/null, one BLAS thread,
capped memory, output and wall time. Its results come back on a private pipe as
plain arrays; all comparisons happen in the grading process.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from trainer.basics.errors import RebuildError
from trainer.grading import confine, results

RUNNER = Path(__file__).with_name("runner.py")
# Not passed to the learner's program: Python's own settings, and where
# rebuild keeps the learner's progress.
HIDDEN_ENV = ("PYTHON", "REBUILD", "XDG_")
ONE_THREAD = {
    name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
}
MEMORY_MB = 1024
OUTPUT_MB = 4


FULL_RUN_FACTOR = 3  # a full run walks every iteration: about 10 s for the slowest correct sweep here


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0
    memory_mb: int = MEMORY_MB
    output_mb: int = OUTPUT_MB

    def for_full_run(self) -> Limits:
        return replace(self, timeout=self.timeout * FULL_RUN_FACTOR)


@dataclass
class Trace:
    """What one run produced: status, stdout, long loops and state snapshots."""

    status: str  # finished | exited | error | memory | timeout | crashed | needs-full | output
    detail: str = ""
    stdout: str = ""
    loops: list[dict[str, Any]] = field(default_factory=list)
    snapshots: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "finished"


class IsolationError(RebuildError):
    """Not even the weakest confinement could be applied, or the grants would expose the
    progress or the references: the program is not run at all."""


def _read_all(fd: int, sink: list[tuple[bytes, bool]]) -> None:
    sink.append(results.read_capped(fd))


def run_program(path: Path, mode: str, limits: Limits, perturb: bool = False) -> Trace:
    """Run `path` under the runner in `mode` ("sampled" or "full"), confined (`confine.py`)."""
    path = path.resolve()
    read_fd, write_fd = os.pipe()
    sink: list[tuple[bytes, bool]] = []
    reader = threading.Thread(target=_read_all, args=(read_fd, sink), daemon=True)
    reader.start()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(HIDDEN_ENV)}, **ONE_THREAD}
    args = [
        sys.executable,
        "-I",
        str(RUNNER),
        str(path),
        mode,
        str(write_fd),
        str(limits.memory_mb),
        str(limits.output_mb),
        "1" if perturb else "0",
    ]
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryDirectory(prefix="rebuild-run-", ignore_cleanup_errors=True) as home,
    ):
        # the learner's program gets a home and a scratch folder of its own, not the one holding their progress
        env.update(HOME=home, TMPDIR=home)

        def start(confined: confine.Confinement) -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.DEVNULL,
                pass_fds=(write_fd,),
                start_new_session=True,
                env=env,
                cwd=home,
                preexec_fn=confined,
            )

        try:
            process, confined = confine.spawn(start, path, RUNNER, Path(home))
        except (OSError, RuntimeError, subprocess.SubprocessError) as error:
            os.close(write_fd)
            raise IsolationError(
                f"Could not confine the run of {path.name} ({error}). Nothing was graded; "
                "`rebuild doctor` shows the isolation this machine offers."
            ) from None
        os.close(write_fd)
        guard = None if confined.layers.namespaces else confine.ScratchGuard(Path(home), process)
        timed_out = False
        try:
            process.wait(timeout=limits.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            confine.end(process, confined)
            if guard is not None:
                guard.stop()
        reader.join(timeout=5)
        out.seek(0)
        stdout = out.read(limits.output_mb * 1024 * 1024).decode("utf-8", errors="replace")
    if guard is not None and guard.full:
        return Trace("output", f"it wrote more than {confine.SCRATCH_MB} MB or {confine.SCRATCH_FILES} files", stdout)
    if timed_out:
        return Trace("timeout", f"it did not finish within {limits.timeout:g} s", stdout)
    if process.returncode == -signal.SIGXFSZ:
        return Trace("output", f"it printed more than {limits.output_mb} MB", stdout)
    payload, overflowed = sink[0] if sink else (b"", False)
    if overflowed:
        return Trace("crashed", f"it sent more than {results.MAX_BYTES // 2**20} MB down the grader's channel", stdout)
    if not payload:
        return Trace("crashed", _crash_reason(process.returncode), stdout)
    try:
        header, snapshots = results.decode(payload)
    except results.Damaged as error:
        return Trace(
            "crashed", f"its results came back damaged: {error} (did it write to the grader's channel?)", stdout
        )
    return Trace(header["status"], header["detail"], stdout, header["loops"], snapshots)


def _crash_reason(code: int | None) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        return f"it was killed by {name}" + (" (out of memory?)" if name in ("SIGKILL", "SIGSEGV") else "")
    return f"it ended (exit code {code}) before the grader could read its results"


def trace_to_bytes(trace: Trace) -> bytes:
    """A trace as an .npz (plain arrays, no pickle), for the reference cache."""
    header = {"status": trace.status, "detail": trace.detail, "stdout": trace.stdout, "loops": trace.loops}
    arrays = {"__header__": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)}
    for key, found in trace.snapshots.items():
        arrays.update({f"{key}/{name}": value for name, value in found.items()})
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # numpy stubs type **kwds as allow_pickle
    return buffer.getvalue()


def trace_from_bytes(payload: bytes) -> Trace:
    """A cached trace; `results.Damaged` if it is not one."""
    header, snapshots = results.decode(payload, with_stdout=True)
    return Trace(header["status"], header["detail"], header["stdout"], header["loops"], snapshots)
