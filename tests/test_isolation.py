"""The confinement's parts, one behaviour each: Landlock, seccomp, the grants,
the strict result channel, the checked reference traces, the doctor's line."""

from __future__ import annotations

import contextlib
import io
import json
import os
import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from trainer.basics.paths import cache_dir
from trainer.cli import app
from trainer.exercises.catalog import load_catalog
from trainer.grading import landlock, reach, seccomp
from trainer.grading.channel import MAX_ARRAY_SIZE, MAX_CHANNEL_BYTES, ChannelError, FrameReader, Trace
from trainer.grading.confine import Layers, layers
from trainer.grading.reference_traces import ReferenceFailed, _run

ABI = landlock.abi_version()
needs_landlock = pytest.mark.skipif(ABI == 0, reason="this kernel has no Landlock")
needs_seccomp = pytest.mark.skipif(not seccomp.available(), reason="no seccomp filter for this system")


def _payload(header: object, arrays: dict[str, np.ndarray] | None = None) -> bytes:
    encoded = {"__header__": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8), **(arrays or {})}
    buffer = io.BytesIO()
    np.savez(buffer, **encoded)  # type: ignore[arg-type]
    return buffer.getvalue()


GOOD = {"status": "finished", "detail": "", "loops": [{"id": 1, "length": 10000, "walked": 1012}]}


def _in_child(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


# -- the channel --------------------------------------------------------------


def _frame(header: object, blob: bytes = b"") -> bytes:
    text = json.dumps(header).encode()
    return struct.pack(">II", len(text), len(blob)) + text + blob


GOOD = (
    _frame({"kind": "enter", "site": 1, "instance": 0, "seq": 0, "parent": -1, "line": 3, "declared": 10})
    + _frame({"kind": "snap", "seq": 0, "at": 0, "arrays": [["w", [2, 2], 0]]}, np.ones((2, 2)).tobytes())
    + _frame({"kind": "done", "status": "finished", "detail": "", "sites": {"1": [1, 10]}})
)


def test_a_runner_stream_decodes_to_its_loops_and_snapshots() -> None:
    trace = Trace()
    FrameReader(trace).feed(GOOD)
    assert trace.ok and trace.instances[0].snaps[0]["w"].shape == (2, 2) and trace.sites == {1: (1, 10)}


@pytest.mark.parametrize(
    "frame",
    [
        _frame({"kind": "unknown"}),
        _frame({"kind": "snap", "seq": 7, "at": 0}),  # a loop that never started
        _frame({"kind": "enter", "site": "1", "instance": 0, "seq": 0, "parent": -1, "line": 1}),
        _frame({"kind": "done", "status": "PASSED", "detail": "", "sites": {}}),
        _frame({"kind": "probe", "arrays": [["x", [10**6, 10**6], 0]]}),  # a huge shape, declared
        _frame({"kind": "probe", "arrays": [["x", [4], 0]]}, b"\0" * 8),  # more than the blob holds
        struct.pack(">II", 10**9, 0),  # a header too large to read
        b"\xff" * 8 + b"garbage",
    ],
)
def test_a_malformed_frame_is_damaged(frame: bytes) -> None:
    with pytest.raises(ChannelError):
        FrameReader(Trace()).feed(frame)


def test_reading_stops_past_the_cap() -> None:
    reader = FrameReader(Trace())
    values = np.zeros(MAX_ARRAY_SIZE)
    frame = _frame({"kind": "probe", "arrays": [["x", [MAX_ARRAY_SIZE], 0]]}, values.tobytes())
    with pytest.raises(ChannelError, match="more than"):
        for _ in range(MAX_CHANNEL_BYTES // len(frame) + 2):
            reader.feed(frame)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.integers(min_value=0, max_value=300))
def test_damage_anywhere_is_damaged_never_a_traceback(noise: bytes, at: int) -> None:
    for payload in (noise, GOOD[:at] + noise + GOOD[at + len(noise) :]):
        with contextlib.suppress(ChannelError):
            FrameReader(Trace()).feed(payload)


# -- the kernel layers --------------------------------------------------------


@needs_landlock
def test_landlock_grants_exactly_what_it_lists(tmp_path: Path) -> None:
    allowed, denied = tmp_path / "allowed", tmp_path / "denied"
    allowed.mkdir()
    denied.mkdir()
    (denied / "secret").write_text("s")
    code = f"""
import os
from trainer.grading import landlock as ll
ll.Policy(ll.abi_version(), (({str(allowed)!r}, ll.WRITE),)).apply()
open({str(allowed / "new")!r}, "w").write("ok")
for attempt in (lambda: open({str(denied / "secret")!r}).read(), lambda: open({str(denied / "new")!r}, "w")):
    try:
        attempt()
        print("reached")
    except PermissionError:
        print("denied")
"""
    done = _in_child(code)
    assert done.stdout.split() == ["denied", "denied"], done.stderr
    assert (allowed / "new").read_text() == "ok" and not (denied / "new").exists()


@needs_seccomp
def test_seccomp_forbids_forks_but_not_threads() -> None:
    code = """
import os, threading
from trainer.grading import seccomp
seccomp.prepare()
seccomp.forbid_new_processes()
thread = threading.Thread(target=print, args=("thread",))
thread.start(); thread.join()
try:
    os.fork()
    print("forked")
except PermissionError:
    print("no fork")
"""
    assert _in_child(code).stdout.split() == ["thread", "no", "fork"]


def test_the_level_names_its_layers() -> None:
    assert Layers().name == "rlimits"
    assert Layers(6, True, True).name == "landlock-abi6+pidns+seccomp"
    assert Layers(0, False, True).name == "seccomp"
    assert layers().name in CliRunner().invoke(app, ["doctor"]).stdout


def test_grants_go_around_what_is_forbidden(tmp_path: Path) -> None:
    (tmp_path / "lib" / "python" / "site-packages" / "trainer").mkdir(parents=True)
    (tmp_path / "lib" / "python" / "os.py").write_text("")
    (tmp_path / "lib" / "libc.so").write_text("")
    forbidden = [str(tmp_path / "lib" / "python" / "site-packages")]
    granted = dict(reach.grant_around(str(tmp_path / "lib"), forbidden, landlock.RUN))
    assert granted[str(tmp_path / "lib")] == landlock.READ_DIR  # listed, not read
    assert granted[str(tmp_path / "lib" / "libc.so")] == landlock.RUN
    assert granted[str(tmp_path / "lib" / "python" / "os.py")] == landlock.RUN
    assert not any(path.startswith(forbidden[0]) for path in granted)


def test_the_grants_never_hold_the_progress_or_the_references(tmp_path: Path) -> None:
    import numpy

    from trainer.grading.confine import forbidden_paths
    from trainer.grading.sandbox import RUNNER

    program, scratch = tmp_path / "mine.py", tmp_path / "scratch"
    # installed from a wheel, the trainer sits in the same site-packages as numpy
    installed = str(Path(numpy.__file__).resolve().parent.parent / "trainer")
    closed = [os.path.realpath(p) for p in forbidden_paths()] + [installed]
    for path, rights in reach.grants(program, RUNNER, scratch, closed):
        if path not in (str(RUNNER), str(program)) and rights != landlock.READ_DIR:  # listing reads no file
            assert not any(f == path or f.startswith(path.rstrip("/") + "/") for f in closed), path
    with pytest.raises(RuntimeError, match="would expose"):
        reach.grants(program, RUNNER, tmp_path, forbidden_paths())  # the scratch folder holds REBUILD_HOME


# -- the reference traces -----------------------------------------------------


def test_an_unfinished_reference_is_an_error_never_a_verdict(tmp_path: Path) -> None:
    broken = tmp_path / "reference.py"
    broken.write_text("import numpy as np\nraise SystemExit(3)\n")
    exercise = replace(load_catalog().get("two-layer"), reference=str(broken))
    with pytest.raises(ReferenceFailed, match="did not run to its end"):
        _run(exercise, False, None)


def test_a_cache_entry_that_fails_its_checksum_stops_the_check(tmp_path: Path) -> None:
    exercise = load_catalog().get("sigmoid")
    first = _run(exercise, False, tmp_path)
    (entry,) = (tmp_path / "traces").iterdir()
    assert _run(exercise, False, tmp_path).stdout == first.stdout  # read back, not run again
    damaged = bytearray(entry.read_bytes())
    damaged[-10] ^= 1
    entry.write_bytes(bytes(damaged))
    with pytest.raises(ReferenceFailed, match="checksum"):
        _run(exercise, False, tmp_path)


def test_a_damaged_cache_is_exit_2_through_the_cli(
    tmp_path: Path, rebuild_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REBUILD_CACHE", str(tmp_path / "own-cache"))  # never damage the cache others share
    program = tmp_path / "sigmoid.py"
    program.write_text(load_catalog().get("sigmoid").reference_source())
    runner = CliRunner()
    assert runner.invoke(app, ["check", str(program), "--no-record"]).exit_code == 0
    for entry in (cache_dir() / "traces").iterdir():
        entry.write_bytes(b"\0" * 100)
    result = runner.invoke(app, ["check", str(program), "--no-record"])
    assert result.exit_code == 2 and "checksum" in result.output and "Traceback" not in result.output


def test_a_program_killed_by_a_signal_is_reported_as_killed_by_it(tmp_path: Path) -> None:
    """The runner dies inside the namespace; the relays outside die of the same signal."""
    from trainer.grading.sandbox import Limits, run_program

    program = tmp_path / "abort.py"
    program.write_text("import os\nos.abort()\n")
    trace = run_program(program, 300, Limits())
    assert trace.status == "crashed" and "SIGABRT" in trace.detail


def test_a_program_that_waits_by_itself_is_stopped_as_waiting_not_as_a_busy_machine(tmp_path: Path) -> None:
    from trainer.grading import activity
    from trainer.grading.sandbox import Limits, run_program

    if activity.wanted(os.getpid()) is None:
        pytest.skip("this kernel keeps no /proc/<pid>/schedstat")
    program = tmp_path / "sleepy.py"
    program.write_text("import time\nprint('thinking')\ntime.sleep(3600)\n")
    trace = run_program(program, 1, Limits())
    assert trace.status == "cpu" and "waited" in trace.detail and "sleep" in trace.detail


def test_where_no_tmpfs_bounds_the_scratch_folder_it_is_measured(tmp_path: Path) -> None:
    from trainer.grading.confine import SCRATCH_MB, ScratchGuard

    process = subprocess.Popen(["sleep", "600"], start_new_session=True)
    guard = ScratchGuard(tmp_path, process)
    try:
        for i in range(SCRATCH_MB // 4 + 2):
            (tmp_path / f"f{i}").write_bytes(b"\1" * 4 * 1024 * 1024)
        assert process.wait(timeout=60) == -9  # stopped as soon as the folder held too much
    finally:
        guard.stop()
        process.kill()
    assert guard.full


def test_runs_get_every_layer_the_kernel_offers_even_from_a_thread(tmp_path: Path) -> None:
    """A layer refused between fork and exec falls back silently: make sure none is, here."""
    from concurrent.futures import ThreadPoolExecutor

    from trainer.grading import confine
    from trainer.grading.sandbox import Limits, run_program

    program = tmp_path / "quiet.py"
    program.write_text("print(1)\n")
    with ThreadPoolExecutor(1) as pool:  # the reference runs start from threads
        assert pool.submit(run_program, program, 300, Limits()).result().ok
    assert confine._in_force == [layers()]


def test_the_runner_starts_from_its_bytecode_only_while_it_is_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import py_compile

    from trainer.grading import launch

    runner = tmp_path / "runner.py"
    runner.write_text("print('one')\n")
    monkeypatch.setattr(launch, "RUNNER", runner)
    assert launch.compiled_runner() == runner  # nothing compiled yet
    cached = Path(py_compile.compile(str(runner)))
    assert launch.compiled_runner() == cached
    runner.write_text("print('two, longer')\n")  # edited since: its size no longer matches
    assert launch.compiled_runner() == runner
