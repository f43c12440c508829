"""Confine a run to itself: what it may reach, and how long it may live.

Applied in the child between fork and exec (`Confinement` is the
`preexec_fn`), so the runner and the program it executes are both inside.
Layers, each used where the kernel offers it and probed once per process:

- Landlock (`landlock.py`, grants in `reach.py`): reads only Python, numpy and
  the learner's file, writes only a private scratch folder; no TCP (ABI 4+);
  signals and abstract Unix sockets only within the run (ABI 6+).
- Namespaces (unprivileged user + PID + mount + network): the run is PID 1's
  child in a PID namespace of its own, so when it ends every process it
  started is killed by the kernel; its scratch folder is a tmpfs of bounded
  size; it has no network at all. Layout: the spawned child P stays outside
  and relays; I is the namespace's init; R, I's child, becomes the runner.
- seccomp (`seccomp.py`): no fork at all, threads only.
- Always: a session of its own, rlimits set by the runner, a private HOME,
  and PR_SET_PDEATHSIG on every process, so that the grader's death, by any
  signal, takes the run with it.

`isolation_level()` names the layers in force, e.g. `landlock-abi6+pidns`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from trainer.grading import landlock as ll
from trainer.grading import reach, seccomp

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x10000000, 0x20000000, 0x40000000
NAMESPACES = CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET
MS_NOSUID, MS_NODEV = 2, 4
PR_SET_PDEATHSIG = 1
INNER_ID = 1000  # who the run is inside its namespace: never root, so exec drops every capability
SCRATCH_MB = 32
SCRATCH_FILES = 1000
# Signals a relaying process passes on by dying of them itself (the others would stop it, or do nothing).
RELAYED = frozenset(
    int(s)
    for s in (
        signal.SIGKILL, signal.SIGXFSZ, signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS, signal.SIGFPE,
        signal.SIGILL, signal.SIGXCPU, signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGPIPE,
        signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGQUIT, signal.SIGTRAP, signal.SIGSYS,
    )
)  # fmt: skip


@dataclass(frozen=True)
class Layers:
    landlock: int = 0  # the Landlock ABI in use, 0 for none
    namespaces: bool = False
    seccomp: bool = False

    @property
    def name(self) -> str:
        parts = [f"landlock-abi{self.landlock}"] if self.landlock else []
        parts += ["pidns"] if self.namespaces else []
        parts += ["seccomp"] if self.seccomp else []
        return "+".join(parts) or "rlimits"


@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        raise OSError(ctypes.get_errno(), f"{what} failed")


@dataclass(frozen=True)
class Confinement:
    """The `preexec_fn` of one run: everything it needs is computed before the fork."""

    layers: Layers
    policy: ll.Policy | None
    scratch: str
    grader: int  # the grader's pid: a child whose parent is already gone stops at once
    max_fd: int
    dry: bool = False  # a probe: confine, then end instead of exec

    def __call__(self) -> None:
        _die_with_parent()
        if os.getppid() != self.grader:
            os._exit(1)
        if not self.layers.namespaces:
            self._confine()
            return
        libc = _libc()
        uid, gid = os.getuid(), os.getgid()  # inside, before the maps are written, they read as 65534
        _check(libc.unshare(NAMESPACES), "unshare")
        _map_ids(uid, gid)
        alive_read, alive_write = os.pipe()
        init = os.fork()
        if init:  # P: stays outside and relays; SIGTERM from the grader ends the namespace first
            signal.signal(signal.SIGTERM, lambda *_: os.kill(init, signal.SIGKILL))
            self._relay(init, keep=alive_write, outside=True)
        os.close(alive_write)
        _die_with_parent()
        os.set_blocking(alive_read, False)
        with contextlib.suppress(BlockingIOError):
            os.read(alive_read, 1)
            os._exit(1)  # end of file: P died before the line above could tie us to it
        os.close(alive_read)
        options = f"size={SCRATCH_MB}m,nr_inodes={SCRATCH_FILES},mode=0700".encode()
        _check(libc.mount(b"tmpfs", self.scratch.encode(), b"tmpfs", MS_NOSUID | MS_NODEV, options), "mount")
        os.chdir(self.scratch)
        runner = os.fork()
        if runner:  # I: the namespace's init; when it ends, the kernel ends everything inside
            self._relay(runner, keep=-1, outside=False)
        _die_with_parent()
        self._confine()

    def _confine(self) -> None:
        if self.policy is not None:
            self.policy.apply()
        if self.layers.seccomp:
            seccomp.forbid_new_processes()
        if self.dry:
            os._exit(0)

    def _relay(self, child: int, keep: int, outside: bool) -> None:
        """Wait for `child` and end the way it ended. Never returns."""
        if keep >= 0:
            os.closerange(3, keep)
        os.closerange(max(keep + 1, 3), self.max_fd)  # the grader's pipes must see their end of file
        status = os.waitpid(child, 0)[1]
        code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        if outside and code - 128 in RELAYED:  # an init cannot die of its own signal: P does it for it
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            signal.signal(code - 128, signal.SIG_DFL)
            os.kill(os.getpid(), code - 128)
        os._exit(code)


def _die_with_parent() -> None:
    _check(_libc().prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl(PR_SET_PDEATHSIG)")


def _map_ids(uid: int, gid: int) -> None:
    for name, text in (("setgroups", "deny"), ("uid_map", f"{INNER_ID} {uid} 1"), ("gid_map", f"{INNER_ID} {gid} 1")):
        fd = os.open(f"/proc/self/{name}", os.O_WRONLY)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)


def confinement(layers: Layers, grants: tuple[tuple[str, int], ...], scratch: Path, dry: bool = False) -> Confinement:
    """The preexec_fn for one run; call it in the grader, pass it to Popen."""
    policy = ll.Policy(layers.landlock, grants) if layers.landlock else None
    _libc(), ll.abi_version()  # loaded here, never between fork and exec
    if layers.seccomp:
        seccomp.prepare()
    return Confinement(layers, policy, str(scratch), os.getpid(), os.sysconf("SC_OPEN_MAX"), dry)


def _works(layers: Layers) -> bool:
    with tempfile.TemporaryDirectory(prefix="rebuild-probe-") as scratch:
        probe = confinement(layers, ((scratch, ll.WRITE),), Path(scratch), dry=True)
        try:
            done = subprocess.run([sys.executable], preexec_fn=probe, start_new_session=True, timeout=10, check=False)
        except (subprocess.SubprocessError, OSError):
            return False
        return done.returncode == 0


def _candidates() -> list[Layers]:
    """Every combination worth trying, strongest first."""
    if sys.platform != "linux":
        return [Layers()]
    best = Layers(ll.abi_version(), namespaces=True, seccomp=seccomp.available())
    found = [
        best,
        replace(best, namespaces=False),
        replace(best, landlock=0),
        replace(best, landlock=0, namespaces=False),
    ]
    return [*dict.fromkeys(found), Layers()]


_in_force: list[Layers] = []  # the layers the first run of this process could use


@cache
def layers() -> Layers:
    """The strongest combination of layers this kernel lets us use (probed once)."""
    return next((c for c in _candidates() if c == Layers() or _works(c)), Layers())


def spawn(
    start: Callable[[Confinement], subprocess.Popen[bytes]], program: Path, runner: Path, scratch: Path
) -> tuple[subprocess.Popen[bytes], Confinement]:
    """`start(confinement)` under the strongest layers the kernel accepts.

    No probe on this path: the first run tries the strongest layers itself and,
    where the kernel refuses one in the child, the next ones; later runs of the
    process use what worked.
    """
    for chosen in _in_force[:1] or _candidates():
        grants = reach.grants(program, runner, scratch, forbidden_paths()) if chosen.landlock else ()
        confined = confinement(chosen, grants, scratch)
        try:
            process = start(confined)
        except subprocess.SubprocessError:  # the kernel refused a layer between fork and exec
            if chosen == Layers():
                raise
            continue
        _in_force[:] = [chosen]
        return process, confined
    raise subprocess.SubprocessError("no confinement could be applied")


def isolation_level() -> str:
    """The line `rebuild doctor` prints, e.g. `isolation: landlock-abi6+pidns+seccomp`."""
    return f"isolation: {layers().name}"


def forbidden_paths() -> list[str]:
    """What no run may reach: the trainer with its references, the progress, the cache."""
    import trainer
    from trainer.basics.paths import cache_dir, state_dir
    from trainer.basics.resources import data_dir

    found = [str(Path(trainer.__file__).resolve().parent), str(state_dir()), str(cache_dir())]
    for name in ("reference", "exercises"):
        with contextlib.suppress(FileNotFoundError):
            found.append(str(data_dir(name)))
    return found


def end(process: subprocess.Popen[bytes], confined: Confinement) -> None:
    """Stop a run and everything it started; return once they are gone."""
    if confined.layers.namespaces and process.poll() is None:
        process.terminate()  # the relay ends the namespace's init, which takes every process inside with it
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


class ScratchGuard:
    """Where no tmpfs bounds the scratch folder: measure it while the run goes on,
    and stop the run once it holds more than SCRATCH_MB or SCRATCH_FILES."""

    def __init__(self, folder: Path, process: subprocess.Popen[bytes]) -> None:
        self.folder, self.process = folder, process
        self.full = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            size, files = _usage(self.folder)
            if size > SCRATCH_MB * 1024 * 1024 or files > SCRATCH_FILES:
                self.full = True
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _usage(folder: Path) -> tuple[int, int]:
    size = files = 0
    for root, dirs, names in os.walk(folder):
        files += len(dirs) + len(names)
        for name in names:
            with contextlib.suppress(OSError):
                size += os.lstat(os.path.join(root, name)).st_blocks * 512
    return size, files
