"""`rebuild next`: writes skeletons, never clobbers the learner's work."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trainer.cli import app
from trainer.exercises.catalog import load_catalog
from trainer.exercises.levels import level_names
from trainer.exercises.skeleton import read_header

runner = CliRunner()


@pytest.mark.parametrize("exercise", load_catalog().exercises, ids=lambda e: e.id)
def test_every_level_writes_a_parsable_skeleton(exercise, tmp_path: Path) -> None:
    for level in level_names(exercise):
        result = runner.invoke(
            app, ["next", "--exercise", exercise.id, "--level", level, "--dir", str(tmp_path), "--force"]
        )
        assert result.exit_code == 0, result.output
        text = (tmp_path / f"{exercise.id}.py").read_text()
        ast.parse(text)
        assert read_header(text).level == level
        assert f"rebuild check {tmp_path / exercise.id}.py" in result.output


def test_plain_next_starts_at_the_beginning_and_waits_for_the_attempt(tmp_path: Path) -> None:
    first = runner.invoke(app, ["next", "--dir", str(tmp_path)])
    assert first.exit_code == 0
    assert first.output.startswith("sigmoid: ") and "Fill in: sigmoid" in first.output
    header = read_header((tmp_path / "sigmoid.py").read_text())
    assert (header.level, header.concepts) == ("1", ("sigmoid",))
    again = runner.invoke(app, ["next", "--dir", str(tmp_path)])
    assert again.exit_code == 0 and "waiting" in again.output


def test_untouched_skeleton_may_be_replaced_but_edits_are_kept(tmp_path: Path) -> None:
    args = ["next", "--exercise", "three-layer", "--dir", str(tmp_path)]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, [*args, "--level", "2"]).exit_code == 0  # untouched: replaced
    path = tmp_path / "three-layer.py"
    assert "TODO(forward)" in path.read_text()
    edited = path.read_text().replace("...  # TODO(forward)", "layer_1 = X  # TODO(forward)")
    path.write_text(edited)
    result = runner.invoke(app, [*args, "--level", "3"])
    assert result.exit_code == 2
    assert "--force" in result.output and f"rebuild check {path}" in result.output
    assert path.read_text() == edited
    assert runner.invoke(app, [*args, "--level", "3", "--force"]).exit_code == 0
    assert read_header(path.read_text()).level == "3"


def test_stdout_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = runner.invoke(app, ["next", "--exercise", "sigmoid", "--level", "full", "--stdout"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# rebuild exercise: sigmoid | level: full")
    assert not list(here.iterdir())


@pytest.mark.parametrize(
    "args",
    [["--exercise", "nope"], ["--exercise", "sigmoid", "--level", "7"], ["--exercise", "sigmoid", "--concept", "x"]],
)
def test_bad_requests_exit_2_with_a_message(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, ["next", *args, "--dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "rebuild:" in result.output and "Traceback" not in result.output


def test_the_cache_serves_the_same_skeleton(tmp_path: Path) -> None:
    args = ["next", "--exercise", "alpha-sweep", "--level", "4", "--stdout"]
    first, second = runner.invoke(app, args).stdout, runner.invoke(app, args).stdout
    assert first == second
