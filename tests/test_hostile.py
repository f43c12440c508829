"""Hostile programs: each must fail or be refused, and leave everything as it was.

Every program of tests/hostile/ is checked as the open attempt of an exercise,
through the command line. Each must end in FAILED (exit 1) or be refused
(exit 2), with no traceback of the trainer; afterwards the database passes its
integrity check and holds no row the trainer did not write, its backups, the
cache of reference traces and the installed package are byte for byte what
they were, no process of the check is alive, and a correct program checked
right after still passes. Attacks that only a kernel layer can stop skip, with
the reason, where the kernel lacks it.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile_harness import EXERCISE, HOSTILE, SLOW_REFERENCE, Learner, State, attack_source
from trainer.exercises.catalog import load_catalog
from trainer.grading.confine import Layers, layers

LAYERS = layers()
FILES = "Landlock (the program could reach files outside its scratch folder)"
SIGNALS = "Landlock ABI 6 or a PID namespace (the program could signal the grader)"
PROCESSES = "seccomp or a PID namespace (a fork could outlive the check)"
SCRATCH = "a bounded scratch folder (tmpfs in a namespace, or the size watch)"


def _has_files(lay: Layers) -> bool:
    return lay.landlock > 0


def _has_signals(lay: Layers) -> bool:
    return lay.landlock >= 6 or lay.namespaces


def _has_processes(lay: Layers) -> bool:
    return lay.seccomp or lay.namespaces


NEEDS = {
    "read_reference": (_has_files, FILES),
    "rewrite_cache": (_has_files, FILES),
    "forge_channel": (_has_files, FILES),
    "insert_review": (_has_files, FILES),
    "zero_database": (_has_files, FILES),
    "symlink_database": (_has_files, FILES),
    "hardlink_database": (_has_files, FILES),
    "patch_runner": (_has_files, FILES),
    "kill_siblings": (_has_signals, SIGNALS),
    "stop_grader": (_has_signals, SIGNALS),
    "fork_escape": (_has_processes, PROCESSES),
    "network": (lambda lay: lay.landlock >= 4 or lay.namespaces, "Landlock ABI 4 or a network namespace"),
}
COLD_CACHE = {"kill_siblings"}  # the reference runs must be running for this attack to have a target
ATTACKS = sorted(p.stem for p in HOSTILE.glob("*.py") if p.stem != "spin_forever")


def _skip_unless_confined(name: str) -> None:
    needed = NEEDS.get(name)
    if needed is not None and not needed[0](LAYERS):
        pytest.skip(f"needs {needed[1]}; this machine offers isolation: {LAYERS.name}")


@pytest.fixture
def learner(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Learner]:
    """A learner with an open attempt, one failed check recorded (so backups exist) and the cache warm."""
    attack = request.node.callspec.params.get("name", "")
    person = Learner(tmp_path, SLOW_REFERENCE.get(attack, EXERCISE))
    person.hand_out()
    person.write("print(0)\n")
    warm = person.check()
    assert warm.returncode == 1, warm.stdout + warm.stderr
    yield person
    person.clean_up()


def _assert_untouched(before: State, after: State, new_cache_allowed: bool) -> None:
    assert after.integrity == "ok"
    for table in ("migrations", "handouts", "hints"):
        assert after.tables[table] == before.tables[table], table
    new = [row for row in after.tables["reviews"] if row not in before.tables["reviews"]]
    assert set(before.tables["reviews"]) <= set(after.tables["reviews"])
    assert len(new) <= 1 and all(row[10] == 0 for row in new), new  # at most the check's own failed review
    assert after.backups == before.backups
    assert after.package == before.package
    if new_cache_allowed:
        assert {k: after.cache.get(k) for k in before.cache} == before.cache
    else:
        assert after.cache == before.cache


def _passes_after(learner: Learner) -> None:
    learner.write(load_catalog().get(learner.exercise).reference_source())
    done = learner.check()
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ATTACKS)
def test_attack_fails_and_leaves_everything_as_it_was(learner: Learner, name: str) -> None:
    _skip_unless_confined(name)
    if name in COLD_CACHE:
        shutil.rmtree(learner.home / "cache" / "traces")
    listener = socket.create_server(("127.0.0.1", 0)) if name == "network" else None
    before = learner.state()
    learner.write(attack_source(name, listener.getsockname()[1] if listener else 0))
    done = learner.check("--json")
    assert done.returncode in (1, 2), done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    if done.returncode == 1:
        assert json.loads(done.stdout)["passed"] is False
    assert learner.wait_for_no_leftovers() == []
    if listener is not None:
        listener.settimeout(0.5)
        with pytest.raises(TimeoutError):
            listener.accept()  # nothing connected
        listener.close()
    _assert_untouched(before, learner.state(), new_cache_allowed=name in COLD_CACHE)
    _passes_after(learner)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_nothing_outlives_a_grader_that_dies(learner: Learner, how: signal.Signals) -> None:
    learner.write(attack_source("spin_forever"))
    grader = learner.spawn("check", str(learner.file), "--timeout", "300")
    deadline = time.monotonic() + 120
    while not learner.runners() and time.monotonic() < deadline:
        time.sleep(0.05)  # until the program runs
    assert learner.runners(), "the program never started"
    time.sleep(0.5)  # well inside its loop
    grader.send_signal(how)
    grader.communicate(timeout=60)
    assert learner.wait_for_no_leftovers() == []
    _passes_after(learner)
