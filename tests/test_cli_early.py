"""`rebuild check` starts the learner's program from the command line's words,
before the commands load; the `check` command takes the run over only when its
own parsing agrees, and nothing else changes for the learner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.cli.early import CheckCall, EarlyCheck, parse_check_call

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("argv", "call"),
    [
        (["check", "a.py"], CheckCall(Path("a.py"))),
        (["check", "a.py", "-e", "sigmoid"], CheckCall(Path("a.py"), "sigmoid")),
        (["check", "-esigmoid", "a.py"], CheckCall(Path("a.py"), "sigmoid")),
        (["check", "--exercise=bias", "a.py", "--json"], CheckCall(Path("a.py"), "bias")),
        (["check", "a.py", "--exercise", "x", "--exercise", "bias"], CheckCall(Path("a.py"), "bias")),
        (["check", "a.py", "--timeout", "2.5", "--no-record", "--full"], CheckCall(Path("a.py"), None, 2.5)),
        (["check", "a.py", "--timeout=7"], CheckCall(Path("a.py"), None, 7.0)),
    ],
)
def test_a_plain_check_call_is_read_as_the_command_reads_it(argv: list[str], call: CheckCall) -> None:
    assert parse_check_call(argv) == call


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["next"],
        ["--version", "check", "a.py"],
        ["check"],
        ["check", "--help"],
        ["check", "a.py", "--help"],
        ["check", "a.py", "b.py"],
        ["check", "a.py", "-e"],
        ["check", "a.py", "-e=sigmoid"],
        ["check", "a.py", "--timeout", "soon"],
        ["check", "a.py", "--unknown"],
        ["check", "--", "a.py"],
        ["check", "-"],
    ],
)
def test_anything_unusual_is_left_to_the_command(argv: list[str]) -> None:
    assert parse_check_call(argv) is None


def test_a_run_is_taken_over_once_and_only_for_the_same_call(tmp_path: Path) -> None:
    program = tmp_path / "mine.py"
    program.write_text((REPO / "reference" / "sigmoid.py").read_text())
    argv = ["check", str(program), "-e", "sigmoid"]
    with EarlyCheck.start(argv) as early:
        assert early.take(CheckCall(program, "two-layer")) is None
        run = early.take(CheckCall(program, "sigmoid"))
        assert run is not None and early.taken
        assert early.take(CheckCall(program, "sigmoid")) is None
        with run:
            assert run.verdict().passed


def test_a_run_not_taken_over_is_ended(tmp_path: Path) -> None:
    program = tmp_path / "forever.py"
    program.write_text("while True:\n    pass\n")
    with EarlyCheck.start(["check", str(program), "-e", "sigmoid"]):
        assert _running(program)
    assert not _running(program)


def _running(program: Path) -> bool:
    """Whether a live process runs `program` (its path is on the runner's command line)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            alive = stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
            if alive and str(program) in (stat.parent / "cmdline").read_text(errors="replace"):
                return True
        except (OSError, IndexError):
            continue
    return False


def _rebuild(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )


def test_the_entry_point_grades_as_the_command_does(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text((REPO / "reference" / "sigmoid.py").read_text())
    bad = tmp_path / "bad.py"
    bad.write_text(good.read_text().replace("1/(1+np.exp(-x))", "1/(1+np.exp(x))"))
    passed = _rebuild("check", str(good), "-e", "sigmoid", "--json", "--no-record", cwd=tmp_path)
    failed = _rebuild("check", str(bad), "--exercise=sigmoid", cwd=tmp_path)
    assert passed.returncode == 0 and json.loads(passed.stdout)["passed"], passed.stderr
    assert failed.returncode == 1 and "FAILED sigmoid" in failed.stdout, failed.stdout + failed.stderr


def test_the_entry_point_reports_a_bad_call_once(tmp_path: Path) -> None:
    missing = _rebuild("check", str(tmp_path / "nowhere.py"), "-e", "sigmoid", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.count("does not exist") == 1 and "Traceback" not in missing.stderr
    helped = _rebuild("check", "--help", cwd=tmp_path)
    assert helped.returncode == 0 and "Grade your program" in helped.stdout
