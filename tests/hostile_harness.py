"""A learner who runs hostile programs: hand-outs, checks and everything a check must leave untouched.

Each program of tests/hostile/ is checked as the open attempt of an exercise,
through the command line in a process of its own (`python -m trainer`), like a
learner would. Used by test_hostile.py, and by hand to see what an attack does
to another version of the trainer: `PYTHONPATH=OTHER python tests/hostile_harness.py [ATTACK...]`
run from outside this checkout, so that OTHER's trainer is the one imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import trainer
from trainer.basics.resources import data_dir
from trainer.exercises.catalog import load_catalog

HOSTILE = Path(__file__).resolve().parent / "hostile"
EXERCISE = "sigmoid"  # the quickest: each attack costs three checks
SLOW_REFERENCE = {"kill_siblings": "two-layer"}  # its reference runs long enough to be attacked while it runs
UNTOUCHED_TABLES = ("migrations", "handouts", "hints")


def _hashes(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@dataclass
class State:
    """What a check may not change behind the trainer's back."""

    tables: dict[str, list[tuple[object, ...]]]
    integrity: str
    backups: dict[str, str]
    cache: dict[str, str]
    package: dict[str, str]


class Learner:
    def __init__(self, root: Path, exercise: str = EXERCISE) -> None:
        self.root, self.exercise = root, exercise
        self.home = root / "home"
        self.workspace = root / "ws"
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "config.toml").write_text("fuzz = false\n")
        self.file = self.workspace / f"{exercise}.py"

    def rebuild(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        env = {**without(os.environ, "REBUILD_CACHE"), "REBUILD_HOME": str(self.home)}  # a cache of its own
        return subprocess.run(
            [sys.executable, "-m", "trainer", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=self.root,
            check=False,
        )

    def spawn(self, *args: str) -> subprocess.Popen[str]:
        env = {**without(os.environ, "REBUILD_CACHE"), "REBUILD_HOME": str(self.home)}  # a cache of its own
        return subprocess.Popen(
            [sys.executable, "-m", "trainer", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=self.root,
        )

    def hand_out(self) -> None:
        done = self.rebuild("next", "--exercise", self.exercise, "--dir", str(self.workspace))
        assert done.returncode == 0, done.stdout + done.stderr

    def write(self, body: str) -> None:
        """The attempt's header (so the check is recorded as this attempt), then `body`."""
        header = [line for line in self.file.read_text().splitlines()[:2] if line.startswith("#")]
        self.file.write_text("\n".join([*header, body]))

    def check(self, *extra: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return self.rebuild("check", str(self.file), *extra, timeout=timeout)

    def state(self) -> State:
        db = sqlite3.connect(self.home / "rebuild.db")
        try:
            names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            tables = {n: sorted(db.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
        package = _hashes(Path(trainer.__file__).parent)
        for name in ("reference", "exercises"):
            package.update({f"{name}/{k}": v for k, v in _hashes(data_dir(name)).items()})
        return State(tables, integrity, _hashes(self.home / "backups"), _hashes(self.home / "cache"), package)

    def leftovers(self) -> list[int]:
        """Processes still running with this learner's folder in their command line."""
        marker = str(self.root).encode()
        pids = (int(p) for p in os.listdir("/proc") if p.isdigit())
        return [p for p in pids if p != os.getpid() and marker in _cmdline(p)]

    def runners(self) -> list[int]:
        """The runners among them: the program is running."""
        return [p for p in self.leftovers() if b"/trainer/grading/" in _cmdline(p)]  # runner.py, or its bytecode

    def wait_for_no_leftovers(self, seconds: float = 20) -> list[int]:
        deadline = time.monotonic() + seconds
        while (found := self.leftovers()) and time.monotonic() < deadline:
            time.sleep(0.1)
        return found

    def clean_up(self) -> None:
        """Kill what a test left behind (only this learner's processes)."""
        for pid in self.leftovers():
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def attack_source(name: str, port: int = 0) -> str:
    text = (HOSTILE / f"{name}.py").read_text()
    return text.replace("PORT = 0", f"PORT = {port}")


def outcome(name: str, root: Path, timeout: float = 120) -> str:
    """What one attack does, in a line: the verdict, then every harm it left (for the closing report)."""
    learner = Learner(root, SLOW_REFERENCE.get(name, EXERCISE))
    learner.hand_out()
    learner.write("print(0)\n")
    learner.check()
    if name == "kill_siblings":
        for entry in (learner.home / "cache" / "traces").glob("*"):
            entry.unlink()
    before = learner.state()
    listener = socket.create_server(("127.0.0.1", 0)) if name == "network" else None
    learner.write(attack_source(name, listener.getsockname()[1] if listener else 0))
    try:
        done = learner.check(timeout=timeout)
        text = (done.stdout + done.stderr).strip()
        result = ["traceback" if "Traceback" in text else f"exit {done.returncode}: {text.splitlines()[0][:90]}"]
    except subprocess.TimeoutExpired:
        result = [f"the check hung (> {timeout:g} s)"]
    harms = _harms(learner, before, listener)
    learner.clean_up()
    return "; ".join(result + harms)


def _harms(learner: Learner, before: State, listener: socket.socket | None) -> list[str]:
    harms = []
    if learner.wait_for_no_leftovers(5):
        harms.append("processes left running")
    if listener is not None:
        listener.settimeout(0.5)
        try:
            listener.accept()
            harms.append("it connected to a local TCP port")
        except TimeoutError:
            pass
    try:
        after = learner.state()
    except sqlite3.DatabaseError as error:
        return [
            *harms,
            f"database unreadable ({error})",
            "backups changed" * (_hashes(learner.home / "backups") != before.backups),
        ]
    harms += ["database damaged"] * (after.integrity != "ok")
    harms += ["a passing review forged"] * any(r[10] == 1 for r in after.tables["reviews"])
    harms += ["backups changed"] * (after.backups != before.backups)
    harms += ["cache changed"] * ({k: after.cache.get(k) for k in before.cache} != before.cache)
    harms += ["package changed"] * (after.package != before.package)
    learner.write(load_catalog().get(learner.exercise).reference_source())
    if learner.check().returncode != 0:
        harms.append("a correct program then fails")
    return harms


if __name__ == "__main__":
    import tempfile

    chosen = sys.argv[1:] or sorted(p.stem for p in HOSTILE.glob("*.py") if p.stem != "spin_forever")
    for attack in chosen:
        with tempfile.TemporaryDirectory(prefix="rebuild-hostile-") as folder:
            print(f"{attack:18} {outcome(attack, Path(folder))}", flush=True)


def without(environ: os._Environ[str] | dict[str, str], name: str) -> dict[str, str]:
    return {k: v for k, v in environ.items() if k != name}
