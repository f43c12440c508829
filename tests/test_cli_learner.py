"""Hints, the editor, pictures, output style and help: the learner's side of the CLI."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from trainer.cli import app
from trainer.cli.terminal import style
from trainer.grading.figures import ALPHAS, figure, sweep_curve

runner = CliRunner()
REPO = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[")


def test_hints_come_in_three_recorded_steps(tmp_path: Path) -> None:
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    texts = [runner.invoke(app, ["hint", str(tmp_path / "sigmoid.py")]) for _ in range(4)]
    assert all(t.exit_code == 0 for t in texts)
    assert [re.search(r"Hint (\d) of 3", t.stdout).group(1) for t in texts] == ["1", "2", "3", "3"]
    assert "np.exp" in texts[2].stdout and "rebuild solution sigmoid" in texts[3].stdout
    export = runner.invoke(app, ["export"]).stdout
    assert export.count('"step"') == 3  # the repeated last step is not recorded twice


def test_a_hint_names_the_concept_the_last_check_failed_on(tmp_path: Path) -> None:
    runner.invoke(app, ["next", "--exercise", "two-layer", "--level", "2", "--dir", str(tmp_path)])
    result = runner.invoke(app, ["hint", "two-layer", "--concept", "error"])
    assert result.exit_code == 0 and "for error" in result.stdout
    assert runner.invoke(app, ["hint", "two-layer", "--concept", "update"]).exit_code == 2  # not a blank here


def test_a_file_of_your_own_gets_hints_with_exercise_and_is_told_so(tmp_path: Path) -> None:
    mine = tmp_path / "mine.py"  # no skeleton header, a name that is no exercise id
    mine.write_text("import numpy as np\ndef sigmoid(x):\n    return x\nprint(sigmoid(np.array([0.0])))\n")
    alone = runner.invoke(app, ["check", str(mine), "--exercise", "sigmoid"])
    assert alone.exit_code == 1 and "stuck?" not in alone.stdout  # no open attempt: a hint would not work
    runner.invoke(app, ["next", "--exercise", "sigmoid", "--dir", str(tmp_path / "ws")])
    checked = runner.invoke(app, ["check", str(mine), "--exercise", "sigmoid"])
    suggested = re.search(r"stuck\? `(rebuild hint [^`]+)`", checked.stdout)
    assert checked.exit_code == 1 and suggested is not None, checked.stdout
    assert suggested.group(1).endswith(f"{mine.name} --exercise sigmoid")
    given = runner.invoke(app, suggested.group(1).split()[1:])
    assert given.exit_code == 0 and "Hint 1 of 3 for sigmoid" in given.stdout, given.output
    unnamed = runner.invoke(app, ["hint", str(mine)])
    assert unnamed.exit_code == 2 and "--exercise" in unnamed.stderr


@pytest.mark.parametrize(
    "args, advice",
    [
        (["hint"], "rebuild next"),
        (["hint", "sigmoid"], "rebuild next --exercise sigmoid"),
        (["hint", "no-such-thing"], "one of sigmoid"),
        (["watch"], "rebuild next"),
    ],
)
def test_hint_and_watch_without_an_attempt_explain_what_to_do(args: list[str], advice: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and advice in result.stderr


def test_next_open_runs_the_configured_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "editor.log"
    editor = tmp_path / "fake-editor"
    editor.write_text(f"#!{sys.executable}\nimport sys\nopen({str(log)!r}, 'w').write(' '.join(sys.argv[1:]))\n")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", f"{editor} --wait")
    monkeypatch.delenv("VISUAL", raising=False)
    result = runner.invoke(app, ["next", "--dir", str(tmp_path / "ws"), "--open"])
    assert result.exit_code == 0, result.output
    assert log.read_text() == f"--wait {tmp_path / 'ws' / 'sigmoid.py'}"


def test_next_open_without_an_editor_hands_out_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    result = runner.invoke(app, ["next", "--dir", str(tmp_path), "--open"])
    assert result.exit_code == 2 and "EDITOR" in result.stderr
    assert not (tmp_path / "sigmoid.py").exists()


def test_the_sweep_figure_reproduces_the_reference_errors(reference_outputs: dict[str, str]) -> None:
    printed = [float(x) for x in re.findall(r"iterations:(\S+)", reference_outputs["alpha-sweep"])]
    for i, alpha in enumerate(ALPHAS[:5]):  # the non-chaotic alphas, bit for bit
        curve = sweep_curve(alpha, 4)
        assert [curve[k * 100] for k in range(6)] == printed[i * 6 : (i + 1) * 6], alpha
    hidden = [float(x) for x in re.findall(r"iterations:(\S+)", reference_outputs["hidden-size"])]
    assert [sweep_curve(0.001, 32)[k * 100] for k in range(6)] == hidden[:6]


def test_the_two_layer_figure_is_the_error_surface_with_the_descent_path() -> None:
    drawn = figure("two-layer")
    assert drawn.surface is not None and len(drawn.surface.zs) == len(drawn.surface.ys)
    path = drawn.series[0]
    start, end = (path.xs[0], path.ys[0]), (path.xs[-1], path.ys[-1])
    corners = drawn.surface.zs
    assert end[0] > start[0] and end[1] < start[1]  # the first weight grows, the second falls
    assert min(min(row) for row in corners) < 0.01 < 0.99 < max(max(row) for row in corners)


@pytest.mark.parametrize("exercise", ["sigmoid", "two-layer", "three-layer"])
def test_plot_draws_in_the_terminal(exercise: str) -> None:
    result = runner.invoke(app, ["plot", exercise, "--terminal"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) >= 3
    assert not ANSI.search(result.stdout) and result.stderr == ""  # no bar, no colour when piped


def test_plot_falls_back_to_the_terminal_without_matplotlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the extra were not installed
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["plot", "sigmoid"])
    assert result.exit_code == 0 and "rebuild[plot]" in result.stderr and "sigmoid(x)" in result.stdout
    assert not list(tmp_path.glob("*.png"))


def test_plot_saves_a_png_with_matplotlib(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    result = runner.invoke(app, ["plot", "two-layer", "-o", str(tmp_path / "surface.png")])
    assert result.exit_code == 0
    assert (tmp_path / "surface.png").read_bytes().startswith(b"\x89PNG")


def test_plot_of_an_unknown_exercise_exits_2() -> None:
    assert runner.invoke(app, ["plot", "nope"]).exit_code == 2


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert ANSI.search(style("PASSED", "pass", FakeTerminal()))
    assert style("PASSED", "pass", io.StringIO()) == "PASSED"
    monkeypatch.setenv("NO_COLOR", "1")
    assert style("PASSED", "pass", FakeTerminal()) == "PASSED"


def test_every_command_has_help_with_an_example_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text()
    commands = get_command(app).commands  # type: ignore[attr-defined]
    assert {"next", "check", "watch", "hint", "plot", "stats", "export", "import", "doctor", "list", "solution"} <= set(
        commands
    )
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and "Example: rebuild " + name in result.stdout, name
        assert f"### `rebuild {name}" in readme, f"`rebuild {name}` is not documented in the README"
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
