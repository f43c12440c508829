"""`rebuild check`: exit codes, messages, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trainer.cli import app
from trainer.exercises.catalog import load_catalog

runner = CliRunner()


def _write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


def test_reference_passes_with_exit_0_and_json(tmp_path: Path) -> None:
    path = _write(tmp_path, "three-layer.py", load_catalog().get("three-layer").reference_source())
    result = runner.invoke(app, ["check", str(path), "--json", "--no-record"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert verdict["passed"] is True and verdict["exercise"] == "three-layer" and verdict["summary"]
    assert {c["concept"] for c in verdict["concepts"]} == set(load_catalog().get("three-layer").concept_ids)


def test_a_bug_fails_with_exit_1(tmp_path: Path) -> None:
    source = load_catalog().get("two-layer").reference_source().replace("synapse_0 -=", "synapse_0 +=")
    result = runner.invoke(app, ["check", str(_write(tmp_path, "two-layer.py", source))])
    assert result.exit_code == 1
    assert result.stdout.startswith("FAILED two-layer:")


@pytest.mark.parametrize(
    "old, new, blamed",
    [
        ("layer_2_delta.dot(synapse_1.T)", "layer_2_delta.dot(synapse_1)", "hidden-delta"),  # (4,1) . (4,1)
        ("np.dot(layer_1,synapse_1)", "np.dot(synapse_1,layer_1)", "forward"),
        ("(alpha * X.T.dot(layer_1_delta))", "(alpha * X.dot(layer_1_delta))", "update"),
    ],
)
def test_a_program_that_stops_with_an_error_is_blamed_on_the_concept_of_its_line(
    tmp_path: Path, old: str, new: str, blamed: str
) -> None:
    source = load_catalog().get("three-layer").reference_source()
    assert old in source
    path = _write(tmp_path, "three-layer.py", source.replace(old, new, 1))
    result = runner.invoke(app, ["check", str(path), "--json", "--no-record"])
    verdict = json.loads(result.stdout)
    assert result.exit_code == 1 and "stopped with an error" in verdict["summary"] and "line" in verdict["summary"]
    assert [c["concept"] for c in verdict["concepts"] if c["passed"] is False] == [blamed]


def test_exercise_comes_from_the_skeleton_header(tmp_path: Path) -> None:
    runner.invoke(app, ["next", "--exercise", "sigmoid", "--dir", str(tmp_path)])
    skeleton = tmp_path / "sigmoid.py"
    renamed = _write(tmp_path, "mine.py", skeleton.read_text())
    result = runner.invoke(app, ["check", str(renamed)])
    assert result.exit_code == 1
    assert "blanks still empty: sigmoid" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.py", "", "empty"),
        ("blank.py", "\n  \n", "empty"),
        ("latin.py", b"x = '\xe9'\n", "UTF-8"),
        ("syntax.py", "import numpy as np\nfor j in range(3)\n    pass\n", "line 2"),
        ("who.py", "print(1)\n", "Cannot tell which exercise"),
        ("huge.py", "x = 1\n" * 200_000, "too large"),
    ],
)
def test_unusable_files_exit_2_with_one_message(tmp_path: Path, name: str, content: bytes | str, needle: str) -> None:
    result = runner.invoke(app, ["check", str(_write(tmp_path, name, content))])
    assert result.exit_code == 2
    assert needle in result.output and "Traceback" not in result.output


def test_syntax_error_shows_a_caret(tmp_path: Path) -> None:
    path = _write(tmp_path, "alpha-sweep.py", "x = (1,\n")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2 and "^" in result.output


def test_a_pipe_or_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "alpha-sweep.py"
    os.mkfifo(fifo)  # reading it would wait forever
    for target in (fifo, Path("/dev/zero")):
        result = runner.invoke(app, ["check", str(target), "--exercise", "alpha-sweep"])
        assert result.exit_code == 2 and "not a regular file" in result.stderr


@pytest.mark.parametrize("args", [["missing.py"], ["."], ["x.py", "--exercise", "nope"]])
def test_missing_folder_or_unknown_exercise_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.py").write_text("print(1)\n")
    result = runner.invoke(app, ["check", *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
